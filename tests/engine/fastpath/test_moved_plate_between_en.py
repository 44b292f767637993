"""An English move said around its appointment with the plate spelled between "forward" / "back" and the days
("Can we bring the Volvo forward? FP 846 SK, from Thursday to tomorrow at half 11"): still a move; "back" with no
day after it stays no move. New sentences in the shape held-out set 25 said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, slot


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Can we bring the Panda forward? GH 907 MN, from Friday to tomorrow at 10.", "2026-11-26"),
        (
            "Could you push the Panda back, Golf Hotel 9 0 7 Mike November, to Monday the 30th at 9?",
            "2026-11-30",
        ),
    ],
)
def test_the_move_is_read_across_its_plate(text: str, date: str) -> None:
    p = parse_en(text)
    assert p.intent == "move" and p.handled, (p.reason, p.slots)
    assert slot(p, "plate") == "GH907MN" and slot(p, "date") == date


def test_back_with_no_day_after_the_plate_is_no_move() -> None:
    p = parse_en("Bring the Panda back, GH 907 MN, from the body shop.")
    assert p.intent != "move", (p.intent, p.slots)
