"""Over workshop noise the words after a plate's last letters may read as letter names too, up to the hour's
number ("GH 907 MN, martedì alle 9" heard "Giaca 9.0.7 mm, martediamo le 9"): the run is too long for any
plate, so it ends where a plate ends, on its letters after its digits. A plate is never made by cutting its
digits short, and a run with no letters after its digits stays unread. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plate_hearing import find_heard


def _heard(text: str) -> str | None:
    span = find_heard(heard_tokens(text))
    return span.plate if span else None


def test_the_sentence_after_the_plate_is_left_out() -> None:
    assert _heard("prenotami un tagliando per la giaca 4.1.2 ti erre, martediamo le 9") == "GH412TR"


def test_a_plate_said_plainly_is_unchanged() -> None:
    assert _heard("prenotami un tagliando per la GH 412 TR martedì alle 9") == "GH412TR"


def test_no_plate_out_of_digits_alone() -> None:
    assert _heard("prenotami un tagliando martediamo le 9 e 30") is None
