""""Prendi nota: …" said after the counter's opening words ("Eh, scusa, prendi nota: il Goldbug della Sciacca, FH 624
WW, revisione giovedì 28 gennaio alle 3", set 54, refused as a note to take): the dictation announced, no note. A note
of something told ("prendi nota che …") stays what it was, and so does a negated order after it."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Eh, scusa, prendi nota: il Goldbug della Sciacca, FH 624 WW, revisione giovedì 28 gennaio alle 3.",
        "Allora, prendi nota: FH 624 WW, revisione giovedì 28 gennaio alle 3.",
        "Senti, prendi nota: la FH 624 WW, revisione giovedì 28 gennaio alle 3.",
        "Ok prendi nota. FH 624 WW, revisione giovedì 28 gennaio alle 3.",
        "Prendi nota: FH 624 WW, revisione giovedì 28 gennaio alle 3.",
    ],
)
def test_note_announced_after_openers_is_the_booking(text: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "FH624WW", "time": "15:00"})


def test_note_of_something_told_is_still_refused() -> None:
    p = parse_it("Eh, scusa, prendi nota che la Sciacca ha chiamato per la FH 624 WW.")
    assert p.intent is None and p.reason == "out_of_scope:unsupported_action"


def test_negated_order_after_the_note_still_refused() -> None:
    assert parse_it("Scusa, prendi nota: la FH 624 WW non la spostare.").reason == "out_of_scope:negation"
