"""How early a reminder goes said "two days out" ("Email Mrs X a reminder two days out for the S7 brakes", set 42's
en-hh18): "out" was no word of how early, and the reminder was scheduled the day before — a wrong write. "N days out"
is N days before now; so many days said with a word of how early the fast path does not read ("two days early") is
asked, never the day before; "3 days out of 5" is no notice."""

from __future__ import annotations

import pytest

from engine.fastpath.composite import reminder_days_unread
from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Email Mrs Rossi a reminder two days out for the Punto's service, AB 123 CD.", 2),
        ("Text Mr Rossi a reminder for the Punto AB 123 CD three days out.", 3),
    ],
)
def test_days_out_is_days_before(text: str, days: int) -> None:
    p = parse_en(text)
    assert p.intent == "send_reminder" and (p.slots.get("reminder") or {}).get("days_before") == days, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Text Mr Rossi a reminder for the Punto AB 123 CD two days early.",
        "Mandagli un promemoria per la Punto AB 123 CD due giorni avanti.",
    ],
)
def test_days_said_but_how_early_not_read_is_asked(text: str) -> None:
    p = parse_en(text) if text.startswith("Text") else parse_it(text)
    assert not p.handled, (p.reason, p.slots)


def test_days_out_of_is_no_notice() -> None:
    assert reminder_days_unread(["reminder", "the", "day", "before"]) is False
    assert reminder_days_unread(["reminder", "two", "days", "out", "of", "five"]) is True  # days said, no notice read
