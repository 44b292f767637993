"""The hour dictated right after a weekday's date and its month, its "alle" left out ("Bizzarrini blu reale della
Bellodi, EL 124 FH: diagnosi alla centralina, giovedì 17 dicembre, 17 e 30", "…: venerdì 18 dicembre, 9 e mezza",
set 42; whisper's "giovedì 17 dicembre 1730"): read as the hour, as "venerdì 18, 9 e mezza" already was. Only an
hour in digits: "martedì 22 dicembre, uno per uno" counts the appointments, and a year or a plate's digits stay."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("La Panda blu della Bellodi, EL 124 FH: diagnosi, giovedì 17 dicembre, 17 e 30.", "2026-12-17", "17:30"),
        ("La Panda blu della Bellodi, EL 124 FH: batteria, venerdì 18 dicembre, 9 e mezza.", "2026-12-18", "09:30"),
        ("La Panda blu della Bellodi, EL 124 FH: tagliando, lunedì 14 dicembre 10.", "2026-12-14", "10:00"),
        ("La Panda blu della Bellodi, EL 124 FH: diagnosi, giovedì 17 dicembre 1730.", "2026-12-17", "17:30"),
    ],
)
def test_the_hour_after_the_month_is_read(text: str, day: str, hour: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book", parsed
    assert (parsed.slots["date"], parsed.slots.get("time")) == (day, hour)


@pytest.mark.parametrize(
    "text",
    [
        "Dimmi gli appuntamenti di martedì 22 dicembre, uno per uno.",
        "Dimmi gli appuntamenti di martedì 22 dicembre, 1 per 1.",
        "La Panda blu della Bellodi, EL 124 FH: tagliando, giovedì 17 dicembre 2026.",
        "La Panda blu della Bellodi, EL 124 FH: batteria, venerdì 18 dicembre, 9 4 5.",
    ],
)
def test_no_hour_is_made_of_other_numbers(text: str) -> None:
    assert parse(text, language="it", today=TODAY).slots.get("time") is None
