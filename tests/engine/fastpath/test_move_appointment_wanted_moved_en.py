"""An English move said as the appointment wanted moved, its new day not known yet ("The Elfin, EB 174 RW, needs its
tyre appointment moved, no idea where to yet", set 43): the move, its day asked; "no idea" what is not known, no
negation. "Was the appointment moved?", the car itself moved, "no idea" of anything else stay as they were."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "The Clio, EB 174 RW, needs its tyre appointment moved, no idea where to yet.",
        "EB 174 RW, Mr Codazzi would like his booking shifted, no idea when to yet.",
        "Mr Codazzi wants his Clio's booking moved, EB 174 RW, not a clue which day yet.",
        "The Clio, EB 174 RW, needs its tyre appointment moved, she hasn't said where to yet.",
    ],
)
def test_wanted_moved_day_asked(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason)
    assert p.slots.get("plate") == "EB174RW" and "date" not in p.slots, p.slots


def test_wanted_moved_with_its_day_is_a_move() -> None:
    p = parse_en("The Clio, EB 174 RW, needs its tyre appointment moved to Friday the 26th of February at 10.")
    assert p.intent == "move" and p.handled, (p.intent, p.reason)
    assert p.slots.get("date") == "2027-02-26" and p.slots.get("time") == "10:00", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "The Clio, EB 174 RW, was the appointment moved?",  # asked of what was done
        "The Clio, EB 174 RW, needs the car moved.",  # the car itself
        "No idea what's wrong with EB 174 RW.",
    ],
)
def test_no_move_wanted(text: str) -> None:
    p = parse_en(text)
    assert p.intent != "move" and not p.handled, (p.intent, p.reason)


def test_booking_changed_to_another_job_is_no_move() -> None:
    p = parse_en("Mrs Codazzi wants her booking changed to an MOT, EB 174 RW.")
    assert p.intent != "move", (p.intent, p.reason)
