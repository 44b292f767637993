"""Message texts in Italian and English: subject, plain text and WhatsApp template parameters."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

_LOGGER = logging.getLogger(__name__)

WORKSHOP_TZ = ZoneInfo("Europe/Rome")

_DAYS = {
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "it": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
        "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
_AT = {"it": "alle", "en": "at"}
_RELATIVE = {"it": ("oggi", "domani"), "en": ("today", "tomorrow")}

DEFAULT_CAMPAIGN_DRAFT = {
    "it": "Gentile {name}, è passato un po' di tempo dall'ultimo intervento sul veicolo {plate}. "
    "Prenoti ora il prossimo appuntamento: le troviamo il primo posto libero.",
    "en": "Dear {name}, it has been a while since the last service of your vehicle {plate}. "
    "Book your next appointment now and we will find you the first free slot.",
}

_TEXTS = {
    "it": {
        "customer": "cliente",
        "vehicle": "il veicolo",
        "confirmation_subject": "Conferma appuntamento – {workshop}",
        "confirmation": "Gentile {name}, le confermiamo l'appuntamento presso {workshop}: {service}{for_plate}, "
        "{when}. Per spostarlo o annullarlo ci contatti. A presto!",
        "for_plate": " per il veicolo {plate}",
        "reminder_subject": "Promemoria appuntamento – {workshop}",
        "reminder": "Promemoria: {when}, appuntamento presso {workshop} ({service}{plate_part}). "
        "Se non può venire ci avvisi, grazie. {name_greeting}",
        "plate_part": ", veicolo {plate}",
        "reminder_greeting": "A presto, {name}!",
        "campaign_subject": "Un messaggio da {workshop}",
        "custom_subject": "Messaggio da {workshop}",
    },
    "en": {
        "customer": "customer",
        "vehicle": "your vehicle",
        "confirmation_subject": "Appointment confirmed – {workshop}",
        "confirmation": "Dear {name}, your appointment at {workshop} is confirmed: {service}{for_plate}, "
        "{when}. To move or cancel it, just let us know. See you soon!",
        "for_plate": " for vehicle {plate}",
        "reminder_subject": "Appointment reminder – {workshop}",
        "reminder": "Reminder: {when}, appointment at {workshop} ({service}{plate_part}). "
        "If you cannot come, please let us know. {name_greeting}",
        "plate_part": ", vehicle {plate}",
        "reminder_greeting": "See you soon, {name}!",
        "campaign_subject": "A message from {workshop}",
        "custom_subject": "A message from {workshop}",
    },
}

_PLACEHOLDER = re.compile(r"\{(name|plate|workshop)\}")
_PARAM_SPACES = re.compile(r"\s+")


def format_when(starts_at: datetime | str, language: str, *, today: date | None = None) -> str:
    """ "mercoledì 2 dicembre alle 09:00" / "Wednesday 2 December at 09:00".

    With `today` given (or a reminder's relative day wanted), prefix "domani, " / "oggi, " when the
    date is that close. The year is added when it is not `today`'s year.
    """
    when = _as_local(starts_at)
    lang = _lang(language)
    day = f"{_DAYS[lang][when.weekday()]} {when.day} {_MONTHS[lang][when.month - 1]}"
    if today is not None and when.year != today.year:
        day += f" {when.year}"
    text = f"{day} {_AT[lang]} {when:%H:%M}"
    if today is not None:
        delta = (when.date() - today).days
        if delta in (0, 1):
            text = f"{_RELATIVE[lang][delta]}, {text}"
    return text


def render(kind: str, language: str, **fields: Any) -> tuple[str, str, list[str]]:
    """Return (subject, plain text, WhatsApp template parameters) for one message.

    Fields: `workshop_name`, `customer_name`, `service`, `starts_at` (datetime, naive = Europe/Rome,
    or ISO string), `plate` (booking_confirmation, reminder); `today` (date, reminder: default the
    current date in Europe/Rome, so render reminders when they are sent); `draft` (campaign, with
    {name}/{plate}/{workshop}; default a generic Italian/English text); `text` (custom);
    `subject` overrides the subject of campaign and custom messages.

    Template parameters, in order (the approved templates must use the same order):
      booking_confirmation, reminder: [customer_name, service, when, plate, workshop_name]
      campaign, custom:               [customer_name, text]
    Parameters are single-line (WhatsApp refuses newlines and runs of spaces in them).
    """
    lang = _lang(language)
    words = _TEXTS[lang]
    workshop = str(fields.get("workshop_name") or "Officina")
    name = str(fields.get("customer_name") or "").strip()
    display_name = name or words["customer"]
    plate = str(fields.get("plate") or "").strip()

    if kind in ("booking_confirmation", "reminder"):
        service = str(_require(fields, "service", kind))
        starts_at = _require(fields, "starts_at", kind)
        for_plate = words["for_plate"].format(plate=plate) if plate else ""
        if kind == "booking_confirmation":
            when = format_when(starts_at, lang)
            subject = words["confirmation_subject"].format(workshop=workshop)
            text = words["confirmation"].format(
                name=display_name, workshop=workshop, service=service, for_plate=for_plate, when=when
            )
        else:
            today = fields.get("today") or datetime.now(WORKSHOP_TZ).date()
            when = format_when(starts_at, lang, today=today)
            subject = words["reminder_subject"].format(workshop=workshop)
            greeting = words["reminder_greeting"].format(name=name) if name else ""
            plate_part = words["plate_part"].format(plate=plate) if plate else ""
            text = words["reminder"].format(
                when=when, workshop=workshop, service=service, plate_part=plate_part, name_greeting=greeting
            )
            text = text[0].upper() + text[1:]
        params = [display_name, service, when, plate or "-", workshop]
    elif kind == "campaign":
        draft = str(fields.get("draft") or DEFAULT_CAMPAIGN_DRAFT[lang])
        text = fill_placeholders(draft, name=display_name, plate=plate or words["vehicle"], workshop=workshop)
        subject = str(fields.get("subject") or words["campaign_subject"].format(workshop=workshop))
        params = [display_name, text]
    elif kind == "custom":
        text = str(_require(fields, "text", kind))
        text = fill_placeholders(text, name=display_name, plate=plate or words["vehicle"], workshop=workshop)
        subject = str(fields.get("subject") or words["custom_subject"].format(workshop=workshop))
        params = [display_name, text]
    else:
        raise ValueError(f"unknown message kind {kind!r}")
    return subject, text.strip(), [template_param(p) for p in params]


def fill_placeholders(draft: str, **values: str) -> str:
    """Replace {name}, {plate}, {workshop} only; any other brace in the draft is left as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), draft)


def template_param(value: str) -> str:
    """A WhatsApp template parameter: one line, no tabs, no runs of spaces, never empty."""
    return _PARAM_SPACES.sub(" ", str(value)).strip() or "-"


def _require(fields: dict[str, Any], key: str, kind: str) -> Any:
    value = fields.get(key)
    if value is None or value == "":
        raise ValueError(f"a {kind} message needs {key!r}")
    return value


def _lang(language: str) -> str:
    if language not in _TEXTS:
        raise ValueError(f"unsupported language {language!r}; expected 'it' or 'en'")
    return language


def _as_local(value: datetime | str) -> datetime:
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    if when.tzinfo is not None:
        when = when.astimezone(WORKSHOP_TZ)
    return when
