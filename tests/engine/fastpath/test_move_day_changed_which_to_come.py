"""A booked job said to have to change day, the new one to come (set 45, it-ee29: "La Tagaz della Cucchiarelli, ET 925
MA: le pastiglie di venerdì 5 marzo vanno cambiate di giorno, ma quale me lo fa sapere lei"): a move whose new day is
asked, no condition in its "ma quale". "Vanno cambiate" alone is the job itself (the pads changed): no move."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La AB 123 CD: le pastiglie di venerdì 5 marzo vanno cambiate di giorno, ma quale me lo fa sapere lei.",
        "La AB 123 CD: le pastiglie di venerdì 5 marzo vanno spostate, il giorno me lo fa sapere lei.",
        "La AB 123 CD: il tagliando di venerdì 5 marzo va cambiato di giorno, però quale me lo dice domani.",
    ],
)
def test_day_to_change_its_new_one_to_come_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason)
    assert p.slots.get("old_date") == "2027-03-05", p.slots


def test_day_changed_to_a_day_said_is_a_move() -> None:
    p = parse_it("La AB 123 CD: il tagliando di venerdì 5 marzo va cambiato di giorno, a martedì 9 alle 10.")
    assert_parsed(p, "move", {"old_date": "2027-03-05", "date": "2027-03-09", "time": "10:00"})


def test_the_pads_to_change_are_the_job_not_a_move() -> None:
    assert parse_it("La AB 123 CD: le pastiglie vanno cambiate, prenota venerdì alle 10").intent == "book"
