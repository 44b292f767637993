"""The pipeline's own spoken sentences (not the model's), in Italian and English."""

from __future__ import annotations

import logging
from typing import Any

_LOGGER = logging.getLogger(__name__)

_REPLIES: dict[str, dict[str, str]] = {
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
    "stt_failed": {"it": "Non riesco a trascrivere: {detail}", "en": "I can't transcribe that: {detail}"},
    "offline": {
        "it": "Questo non lo so fare senza il modello in cloud.",
        "en": "I can't do that without the cloud model.",
    },
    "llm_failed": {"it": "Il modello non risponde: {detail}", "en": "The model is not answering: {detail}"},
    "llm_broke_off": {
        "it": "Il modello si è interrotto a metà risposta: riprova tra poco.",
        "en": "The model broke off in the middle of its answer: please try again.",
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
    "confirmed": {"it": "Fatto.", "en": "Done."},
    "confirmed_cancel_appointment": {"it": "Appuntamento annullato.", "en": "Appointment cancelled."},
    "confirmed_send_campaign": {"it": "Campagna inviata.", "en": "Campaign sent."},
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
    "undo_failed": {"it": "Non c'è niente da annullare.", "en": "There is nothing to undo."},
}


def reply(
    key: str,
    language: str,
    *,
    detail: str = "",
    data: dict[str, Any] | None = None,
    fallback: str | None = None,
) -> str:
    """The sentence for `key` in `language` (Italian when unknown); `fallback` key when `key` is missing."""
    table = _REPLIES.get(key) or _REPLIES.get(fallback or "", {})
    text = table.get(language) or table.get("it") or key
    text = text.format(detail=detail.rstrip(".") + "." if detail else "")
    if key == "confirmed_send_campaign" and data:
        campaign = data.get("campaign") or {}
        queued = campaign.get("queued")
        if queued is not None:
            text = (
                f"Campagna inviata: {queued} messaggi in coda."
                if language != "en"
                else f"Campaign sent: {queued} messages queued."
            )
    if key == "undone" and data:
        summary = (data.get("undone") or {}).get("summary")
        if summary:
            text = f"{text[:-1]}: {summary}."
    return text
