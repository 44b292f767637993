"""The day's cars counted by "ne" (set 43: "Domani com'è messo come gente? Quante ne arrivano?"): "quante ne
arrivano/vengono/entrano" with the day said is its agenda, as "quante macchine arrivano"; with no day said, or said of
parts, no agenda."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Domani com'è messo come gente? Quante ne arrivano?", "2026-11-26"),
        ("Venerdì quanti ne vengono?", "2026-11-27"),
        ("Oggi quante ne entrano in tutto?", "2026-11-25"),
    ],
)
def test_the_days_cars_counted_by_ne_are_its_agenda(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


@pytest.mark.parametrize("text", ["Quante ne arrivano di pastiglie?", "Quanti ne vengono nel pacco?"])
def test_with_no_day_said_they_are_no_agenda(text: str) -> None:
    assert parse_it(text).intent != "day_appointments"
