"""An appointment pulled or thrown off the calendar ("Il cliente di martedì 23 marzo ha dato forfait: tiralo via dal
calendario.", set 46; "buttala fuori dall'agenda", "levalo via dall'agenda"): a cancellation, its car asked when none
is said (never a write guessed). "Tiralo fuori dal garage" and "tirami fuori il calendario di domani" are none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_the_days_customer_pulled_off_is_a_cancellation_asking_which() -> None:
    parsed = parse_it("Il cliente di martedì 23 marzo ha dato forfait: tiralo via dal calendario.")
    assert parsed.intent == "cancel" and "plate" not in parsed.slots, parsed.reason
    assert parsed.slots.get("old_date") == "2027-03-23"


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("La revisione di venerdì della GJ 058 KH, buttala fuori dall'agenda.", "2026-11-27"),
        ("Il tagliando di lunedì della GJ 058 KH levalo via dall'agenda.", "2026-11-30"),
        ("La revisione di lunedì della GJ 058 KH tirala via dal calendario.", "2026-11-30"),
    ],
)
def test_thrown_off_the_agenda_is_cancelled(text: str, old: str) -> None:
    assert_parsed(parse_it(text), "cancel", {"plate": "GJ058KH", "old_date": old})


@pytest.mark.parametrize(
    "text",
    ["Tiralo fuori dal garage, la GJ 058 KH.", "Tirami fuori il calendario di domani."],
)
def test_pulled_out_of_elsewhere_is_no_cancellation(text: str) -> None:
    assert parse_it(text).intent != "cancel", text

