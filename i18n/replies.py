"""The voice pipeline's own spoken sentences (not the model's, not the fast path's), Italian and English."""

from __future__ import annotations

import logging
from typing import Any

from i18n.dates import number
from i18n.languages import Catalogue, lookup

_LOGGER = logging.getLogger(__name__)

REPLIES: Catalogue = {
    "empty_recording": {
        "it": "La registrazione è vuota: non ho sentito nulla.",
        "en": "The recording is empty: I heard nothing.",
    },
    "no_speech": {
        "it": "Non ho sentito parlare: tieni premuto il tasto mentre parli.",
        "en": "I heard no speech: hold the key while you talk.",
    },
    "no_words": {
        "it": "Non ho capito le parole, puoi ripetere?",
        "en": "I couldn't make out the words, can you repeat?",
    },
    "offline": {
        "it": "Questo non lo so fare senza il modello in cloud.",
        "en": "I can't do that without the cloud model.",
    },
    "llm_empty": {
        "it": "Il modello non ha dato nessuna risposta: riprova o dillo con altre parole.",
        "en": "The model gave no answer: try again or say it another way.",
    },
    "one_moment": {"it": "Un attimo.", "en": "One moment."},
    "max_rounds": {
        "it": "Non sono riuscito a finire la richiesta, puoi riformularla?",
        "en": "I couldn't finish that request, can you rephrase it?",
    },
    "no_pending": {"it": "Non c'è niente da confermare.", "en": "There is nothing to confirm."},
    "declined": {"it": "Va bene, non faccio nulla.", "en": "All right, nothing was done."},
    # a "no" to a held write after the same request's earlier ones were made on a yes
    "declined_after": {
        "it": "Va bene, questo non lo faccio e mi fermo qui. Già fatto: {done}.",
        "en": "All right, I won't do that and I'll stop here. Already done: {done}.",
    },
    "confirmed": {"it": "Fatto.", "en": "Done."},
    # after a held write made on its yes, the model failed before the rest of the same request
    "rest_not_done": {
        "it": "Il resto della richiesta non l'ho fatto: {detail}",
        "en": "I did not do the rest of the request: {detail}",
    },
    "confirmed_cancel_appointment": {"it": "Appuntamento annullato.", "en": "Appointment cancelled."},
    "confirmed_send_campaign": {"it": "Campagna inviata.", "en": "Campaign sent."},
    # a write held for a yes (heard over noise), made on that yes
    "confirmed_create_appointment": {"it": "Prenotato.", "en": "Booked."},
    "confirmed_reschedule_appointment": {"it": "Spostato.", "en": "Moved."},
    "confirmed_send_message": {"it": "Messaggio mandato.", "en": "Message sent."},
    "confirmed_schedule_reminder": {"it": "Promemoria programmato.", "en": "Reminder scheduled."},
    "confirmed_create_customer": {"it": "Cliente registrato.", "en": "Customer added."},
    "confirmed_add_vehicle": {"it": "Veicolo aggiunto.", "en": "Vehicle added."},
    "confirmed_undo_last": {"it": "Modifica annullata.", "en": "Change undone."},
    "confirmed_send_campaign_queued": {
        "it": "Campagna inviata: {queued} messaggi in coda.",
        "en": "Campaign sent: {queued} messages queued.",
    },
    "confirm_failed": {"it": "Non è stato possibile: {detail}", "en": "That did not work: {detail}"},
    "confirmation_expired": {
        "it": "La conferma è scaduta e non ho fatto nulla: ripeti la richiesta.",
        "en": "The confirmation expired and nothing was done: please ask again.",
    },
    "confirmation_invalid": {
        "it": "La conferma non vale più e non ho fatto nulla: ripeti la richiesta.",
        "en": "The confirmation is no longer valid and nothing was done: please ask again.",
    },
    "undone": {"it": "Annullata l'ultima modifica.", "en": "The last change was undone."},
    "undone_what": {
        "it": "Annullata l'ultima modifica: {summary}.",
        "en": "The last change was undone: {summary}.",
    },
    "undo_failed": {"it": "Non c'è niente da annullare.", "en": "There is nothing to undo."},
}

# What an undone write was, said in the person's language from the tool's name: the backend's own
# summary ("moved 12 from 2026-12-03 09:00 to …") is an English audit line, never spoken.
UNDONE_WRITES: dict[str, dict[str, str]] = {
    "create_appointment": {"it": "la prenotazione non c'è più", "en": "the booking is gone"},
    "reschedule_appointment": {
        "it": "l'appuntamento è tornato all'orario di prima",
        "en": "the appointment is back at its old time",
    },
    "cancel_appointment": {
        "it": "l'appuntamento è di nuovo in agenda",
        "en": "the appointment is booked again",
    },
    "create_customer": {"it": "il nuovo cliente è stato tolto", "en": "the new customer was removed"},
    "add_vehicle": {"it": "il veicolo aggiunto è stato tolto", "en": "the added vehicle was removed"},
    "send_message": {"it": "il messaggio non partirà", "en": "the message will not be sent"},
    "schedule_reminder": {"it": "il promemoria è stato tolto", "en": "the reminder was removed"},
    "send_campaign": {
        "it": "i messaggi della campagna non ancora partiti sono fermati",
        "en": "the campaign's messages not yet sent are stopped",
    },
}


def undone_change(data: dict[str, Any] | None, language: str) -> str | None:
    """What an undo put back, in `language`, from an `undo_last` result's data (None if not known)."""
    tool = ((data or {}).get("undone") or {}).get("tool")
    return lookup(UNDONE_WRITES, tool, language) if tool in UNDONE_WRITES else None


def declined_after(made: list[str], data: list[dict[str, Any]], language: str) -> str:
    """A "no" that ends a request part of which was made on earlier yeses: that nothing more is done, and
    what was (`made`: those writes' tools, `data`: their results' data, in order)."""
    if not made:
        return reply("declined", language)
    done = [
        reply("confirmed_" + tool, language, fallback="confirmed", data=found).rstrip(".")
        for tool, found in zip(made, data, strict=True)
    ]
    said = ", ".join(d[:1].lower() + d[1:] for d in done)
    return lookup(REPLIES, "declined_after", language).format(done=said)


def reply(
    key: str,
    language: str,
    *,
    detail: str = "",
    data: dict[str, Any] | None = None,
    fallback: str | None = None,
) -> str:
    """The sentence for `key` in `language` (Italian when unknown); `fallback` key when `key` is missing.

    `detail` fills `{detail}` (a sentence: its full stop is added); `data` is a tool result's data,
    for the sentences that say what was done (campaign queued, change undone)."""
    if key not in REPLIES:
        key = fallback if fallback in REPLIES else key
    if key not in REPLIES:
        _LOGGER.warning("Missing spoken reply %r", key)
        return key
    data = data or {}
    queued = (data.get("campaign") or {}).get("queued")
    if key == "confirmed_send_campaign" and queued is not None:
        return lookup(REPLIES, "confirmed_send_campaign_queued", language).format(
            queued=number(queued, language)
        )
    change = undone_change(data, language)
    if key == "undone" and change:
        return lookup(REPLIES, "undone_what", language).format(summary=change)
    return lookup(REPLIES, key, language).format(detail=detail.rstrip(".") + "." if detail else "")
