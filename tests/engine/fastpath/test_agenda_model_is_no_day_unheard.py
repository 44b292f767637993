"""A model named by a letter and a number ("la F8", "la X5") is no day of the month said and not heard: "chi c'è in
officina con la F8?" asked "which day?" (the rule of set 39's "il D18 di Gembre"); a car is "la", a day "il", and a
model the tables know is no day either. A day run into a letter after "il" is still asked."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Chi c'è in officina con la F8?",
        "Chi c'è oggi con la H9?",
        "Chi entra domani con la X5?",
    ],
)
def test_a_model_said_is_no_day_unheard(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "day_appointments" and p.reason != "ambiguous:which_day", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Chi entra in officina il D9?",
        "Venne il D18 di Gembre quantine entrano in Oficina, Echisono.",
    ],
)
def test_a_day_run_into_a_letter_is_still_asked(text: str) -> None:
    assert parse_it(text).reason == "ambiguous:which_day"
