"""Dates, times and numbers in words, per language, formatted by Babel (CLDR), never by hand-made tables.

One formatter for a moment, `when()`, in two styles:

    spoken   what the assistant says:  "mercoledì 2 dicembre alle 8:30", "domani alle 8:30", "all'1:00"
                                       "Wednesday 2 December at 8:30", "tomorrow at 8:30"
    written  what a message to a customer says (the WordPress plugin writes the same, see
             class-officina-messages-render.php, with the names of `calendar_names` and the WORDS
             exported to its texts.json): "domani, mercoledì 2 dicembre alle 09:00",
             with the year when it is not this year's.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from i18n.languages import LANGUAGES, Catalogue, lookup, pick

Style = Literal["spoken", "written"]

_PATTERNS = {"day": "EEEE d MMMM", "day_year": "EEEE d MMMM y", "weekday": "EEEE", "short_day": "EEE dd/MM"}
"""CLDR patterns (Babel): "mercoledì 2 dicembre", "mercoledì 2 dicembre 2027", "mercoledì", "mer 02/12"."""
_CLOCK: dict[Style, str] = {"spoken": "H:mm", "written": "HH:mm"}

WORDS: Catalogue = {
    "today": {"it": "oggi", "en": "today"},
    "tomorrow": {"it": "domani", "en": "tomorrow"},
    "at": {"it": "alle {time}", "en": "at {time}"},
    "at_one": {"it": "all'{time}", "en": "at {time}"},
    "spoken_when": {"it": "{day} {at}", "en": "{day} {at}"},
    "written_when": {"it": "{day} {at}", "en": "{day} {at}"},
    "written_relative": {"it": "{relative}, {when}", "en": "{relative}, {when}"},
}


def weekday(day: date, language: str) -> str:
    """ "mercoledì" / "Wednesday"."""
    return format_date(day, _PATTERNS["weekday"], locale=pick(language))


def day_text(day: date, language: str, *, year: bool = False) -> str:
    """ "mercoledì 2 dicembre" / "Wednesday 2 December" (with the year when `year`)."""
    return format_date(day, _PATTERNS["day_year" if year else "day"], locale=pick(language))


def calendar_names(language: str) -> dict[str, list[str]]:
    """The names `day_text` writes, Monday first and January first, for the plugin's texts.json
    (class-officina-messages-render.php writes "EEEE d MMMM" from them, without Babel)."""
    locale = pick(language)
    return {
        "weekdays": [weekday(date(2024, 1, 1 + n), language) for n in range(7)],  # 2024-01-01: a Monday
        "months": [format_date(date(2024, month, 1), "MMMM", locale=locale) for month in range(1, 13)],
    }


def relative_day(day: date, today: date | None, language: str) -> str | None:
    """ "oggi" / "domani" ("today" / "tomorrow") when `day` is that close to `today`, else None."""
    if today is None:
        return None
    delta = (day - today).days
    if delta in (0, 1):
        return lookup(WORDS, "today" if delta == 0 else "tomorrow", language)
    return None


def spoken_day(day: date, language: str, today: date | None = None) -> str:
    """ "oggi", "domani", "mercoledì 2 dicembre" / "today", "tomorrow", "Wednesday 2 December"."""
    return relative_day(day, today, language) or day_text(day, language)


def clock(moment: datetime, language: str, style: Style = "spoken") -> str:
    """ "9:00" (spoken) or "09:00" (written)."""
    return format_time(moment, _CLOCK[style], locale=pick(language))


def at_time(moment: datetime, language: str, style: Style = "spoken") -> str:
    """ "alle 9:00" (Italian elides before one: "all'1:00") / "at 9:00"."""
    key = "at_one" if style == "spoken" and moment.hour == 1 else "at"
    return lookup(WORDS, key, language).format(time=clock(moment, language, style))


def when(moment: datetime | str, language: str, *, style: Style = "spoken", today: date | None = None) -> str:
    """A moment (naive = workshop wall-clock time, or ISO text) in words; see the module docstring."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    at = at_time(moment, language, style)
    if style == "spoken":
        return lookup(WORDS, "spoken_when", language).format(
            day=spoken_day(moment.date(), language, today), at=at
        )
    day = day_text(moment.date(), language, year=today is not None and moment.year != today.year)
    text = lookup(WORDS, "written_when", language).format(day=day, at=at)
    relative = relative_day(moment.date(), today, language)
    if relative:
        text = lookup(WORDS, "written_relative", language).format(relative=relative, when=text)
    return text


def short_when(value: object, language: str) -> str:
    """For a card: '2026-03-12T09:00' → 'gio 12/03 09:00' ('Thu 12/03 09:00'); a date alone without time."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    text = format_date(moment, _PATTERNS["short_day"], locale=pick(language))
    return text + (f" {clock(moment, language, 'written')}" if "T" in str(value) else "")


def warm_up() -> None:
    """Load every language's CLDR data now: Babel reads it on first use (about 0.05-0.2 s per language
    on a busy PC), which would otherwise pause the first card or timing a window shows."""
    moment = datetime(2026, 1, 1, 9, 0)
    for language in LANGUAGES:
        when(moment, language, style="written")
        short_when(moment.isoformat(), language)
        number(1.5, language, decimals=1)


def number(value: float, language: str, *, decimals: int = 0) -> str:
    """ "1.234" / "1,234"; with `decimals`, "0,85" / "0.85"."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=pick(language))
