"""An English move said with "bump" and its days "from … to …" ("bump the Kuga's MOT from the 10th to Friday"), and
whisper's "bump the" fused into "Bumped" opening the request, "the" lost ("Bumped Kuga MOT, …, from the 10th to
Friday"): a move; the fused verb a guess, so the move is said back whole. A move told as done ("he bumped …",
"bumped it …") or no day to go to stays as said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Bump the Kuga's MOT, FR 221 KD, from the 10th to Friday at 9.",
        "Could you bump the oil change for the Kuga, FR 221 KD, from the 10th to Friday at 9?",
    ],
)
def test_bump_from_one_day_to_another_is_a_move(text: str) -> None:
    p = parse_en(text)
    assert_parsed(
        p, "move", {"plate": "FR221KD", "old_date": "2026-12-10", "date": "2026-11-27", "time": "09:00"}
    )
    assert p.careful is None  # said plainly: no guess


@pytest.mark.parametrize(
    "text",
    [
        "Bumped Kuga MOT, FR 221 KD, from the 10th to Friday at 9.",
        "Bumped the Kuga's MOT, FR 221 KD, from the 10th to Friday at 9.",
    ],
)
def test_bump_the_fused_into_bumped_opening_the_request_is_a_move_said_back(text: str) -> None:
    p = parse_en(text)
    assert_parsed(p, "move", {"plate": "FR221KD", "date": "2026-11-27", "time": "09:00"})
    assert p.careful == "words"


def test_pushed_the_stays_the_move_it_was() -> None:
    p = parse_en("Pushed the Kuga's MOT, FR 221 KD, back to Friday at 9.")
    assert_parsed(p, "move", {"plate": "FR221KD", "date": "2026-11-27"})
    assert p.careful is None


@pytest.mark.parametrize(
    "text",
    [
        "He bumped the Kuga, FR 221 KD, from the 10th to Friday.",  # someone else's doing
        "Bumped it to Friday.",  # told of, no appointment named
        "Bumped into Mr Rossi on Friday.",
        "Bump the tyres from the car to the van.",  # no day
    ],
)
def test_a_bump_told_of_or_to_no_day_is_no_move(text: str) -> None:
    assert parse_en(text).intent != "move", text
