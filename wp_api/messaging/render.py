"""A message's subject, plain text and WhatsApp template parameters, from the texts in i18n.messages."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from typing import Any

from i18n import dates
from i18n.languages import LANGUAGES, lookup
from i18n.messages import DEFAULT_CAMPAIGN_DRAFT, MESSAGES
from i18n.timezone import workshop_naive, workshop_now

_LOGGER = logging.getLogger(__name__)

_PLACEHOLDER = re.compile(r"\{(name|plate|workshop)\}")
_PARAM_SPACES = re.compile(r"\s+")


def format_when(starts_at: datetime | str, language: str, *, today: date | None = None) -> str:
    """ "mercoledì 2 dicembre alle 09:00" / "Wednesday 2 December at 09:00" (i18n.dates, written style).

    With `today` given (a reminder), prefix "domani, " / "oggi, " when the date is that close, and
    add the year when it is not the year of `today`.
    """
    return dates.when(_as_local(starts_at), _lang(language), style="written", today=today)


def render(kind: str, language: str, **fields: Any) -> tuple[str, str, list[str]]:
    """Return (subject, plain text, WhatsApp template parameters) for one message.

    Fields: `workshop_name`, `customer_name`, `service`, `starts_at` (datetime, naive = workshop
    time, or ISO string), `plate` (booking_confirmation, reminder); `today` (date, reminder: default
    the current date in the workshop's zone, so render reminders when they are sent); `draft`
    (campaign, with {name}/{plate}/{workshop}; default a generic Italian/English text); `text`
    (custom); `subject` overrides the subject of campaign and custom messages.

    Template parameters, in order (the approved templates must use the same order):
      booking_confirmation, reminder: [customer_name, service, when, plate, workshop_name]
      campaign, custom:               [customer_name, text]
    Parameters are single-line (WhatsApp refuses newlines and runs of spaces in them).
    """
    lang = _lang(language)

    def words(key: str, **values: str) -> str:
        return lookup(MESSAGES, key, lang).format(**values)

    workshop = str(fields.get("workshop_name") or "Officina")
    name = str(fields.get("customer_name") or "").strip()
    display_name = name or words("customer")
    plate = str(fields.get("plate") or "").strip()

    if kind in ("booking_confirmation", "reminder"):
        service = str(_require(fields, "service", kind))
        starts_at = _require(fields, "starts_at", kind)
        for_plate = words("for_plate", plate=plate) if plate else ""
        if kind == "booking_confirmation":
            when = format_when(starts_at, lang)
            subject = words("confirmation_subject", workshop=workshop)
            text = words(
                "confirmation",
                name=display_name,
                workshop=workshop,
                service=service,
                for_plate=for_plate,
                when=when,
            )
        else:
            today = fields.get("today") or workshop_now().date()
            when = format_when(starts_at, lang, today=today)
            subject = words("reminder_subject", workshop=workshop)
            greeting = words("reminder_greeting", name=name) if name else ""
            plate_part = words("plate_part", plate=plate) if plate else ""
            text = words(
                "reminder",
                when=when,
                workshop=workshop,
                service=service,
                plate_part=plate_part,
                name_greeting=greeting,
            )
            text = text[0].upper() + text[1:]
        params = [display_name, service, when, plate or "-", workshop]
    elif kind == "campaign":
        draft = str(fields.get("draft") or DEFAULT_CAMPAIGN_DRAFT[lang])
        text = fill_placeholders(draft, name=display_name, plate=plate or words("vehicle"), workshop=workshop)
        subject = str(fields.get("subject") or words("campaign_subject", workshop=workshop))
        params = [display_name, text]
    elif kind == "custom":
        text = str(_require(fields, "text", kind))
        text = fill_placeholders(text, name=display_name, plate=plate or words("vehicle"), workshop=workshop)
        subject = str(fields.get("subject") or words("custom_subject", workshop=workshop))
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
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected 'it' or 'en'")
    return language


def _as_local(value: datetime | str) -> datetime:
    return workshop_naive(datetime.fromisoformat(value) if isinstance(value, str) else value)
