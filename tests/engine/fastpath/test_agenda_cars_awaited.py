"""The day's agenda asked as the cars awaited (set 34: "Che macchine aspettiamo oggi?"): "che/quali macchine",
"quanti clienti" with "aspettiamo"/"aspetti", only with the day said (`intents.AGENDA_COUNT`); cars awaited from
elsewhere, with no day ("che macchine aspettiamo dal carrozziere?"), are no agenda."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Che macchine aspettiamo oggi?", "2026-11-25"),
        ("Quali auto aspettiamo domani?", "2026-11-26"),
        ("Quanti clienti aspettiamo venerdì 27?", "2026-11-27"),
        ("Sabato che macchine aspetti?", "2026-11-28"),
    ],
)
def test_the_cars_awaited_on_a_day_are_its_agenda(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


@pytest.mark.parametrize(
    "text", ["Che macchine aspettiamo dal carrozziere?", "Che macchine aspettiamo?", "Quali ricambi aspettiamo oggi?"]
)
def test_cars_awaited_with_no_day_or_no_cars_are_no_agenda(text: str) -> None:
    assert parse_it(text).intent != "day_appointments"
