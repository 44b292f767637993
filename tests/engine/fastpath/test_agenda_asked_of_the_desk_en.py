"""The day's bookings and free times asked of the person at the desk ("What have you got on tomorrow?", "what have
you got free on Friday the 4th?", found speaking to the app in English): the agenda and the first free slot, only with
a day said; what is asked of a car stays no agenda."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text", ["What have you got on tomorrow?", "what do you have on for Monday the 7th?"]
)
def test_what_you_have_on_a_day_is_the_agenda(text: str) -> None:
    assert parse_en(text).intent == "day_appointments"


def test_what_you_have_free_on_a_day_is_the_first_free_slot() -> None:
    p = parse_en("what have you got free on Friday the 4th for a service?")
    assert p.intent == "first_free_slot" and p.slots.get("date") == "2026-12-04"


@pytest.mark.parametrize("text", ["What have you got on the Panda, AB 123 CD?", "what have you got on?"])
def test_without_a_day_it_is_no_agenda(text: str) -> None:
    assert parse_en(text).intent != "day_appointments"
