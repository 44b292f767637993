"""An English move whose new day is not known yet, said "to when" ("The Lincoln, FX 062 TZ, the battery job needs
moving, but he hasn't said to when", set 40), and the move said "has to be moved": the move taken, its day asked
(never written). "Hasn't said to me" stays a negation. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "The Lincoln, FX 062 TZ, the battery job needs moving, but he hasn't said to when.",
        "The battery on the Panda, FX 062 TZ, has to be moved, she didn't say to which day.",
        "The MOT on the Clio, EF 456 GH, needs moving, he hasn't said for when yet.",
    ],
)
def test_the_move_is_taken_its_day_asked(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "move" and not p.handled and p.reason == "missing:date", (p.intent, p.reason, p.slots)


def test_be_moved_with_its_day_is_a_move() -> None:
    p = parse_en("The battery on the Panda, FX 062 TZ, needs to be moved to Monday the 30th at 9.")
    assert p.intent == "move" and p.handled, (p.intent, p.reason)
    assert p.slots.get("date") == "2026-11-30" and p.slots.get("time") == "09:00", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "The Lincoln, FX 062 TZ, the battery job needs moving, but he hasn't said to me.",  # no day unknown
        "The Panda, FX 062 TZ, can't be moved from the bay.",  # the car itself, no appointment
    ],
)
def test_a_negation_stays_refused(text: str) -> None:
    p = parse_en(text)
    assert p.intent is None or not p.handled, (p.intent, p.reason)
    assert p.reason != "missing:date", (p.intent, p.reason)
