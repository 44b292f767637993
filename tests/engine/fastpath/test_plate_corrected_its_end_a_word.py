"""A whole plate said, then taken back and said again, its last two letters a short Italian word (set 35: "la GA 8 7
6 NE... no, aspetta, GA 8 7 6 NA": "ne" is no plate's beginning, so the "no" was read as a negation and refused).
The plate taken back is dropped only when its letters and three digits come right before the word; a "ne" or "se"
said after anything else is still no plate."""

from __future__ import annotations

import pytest

from engine.fastpath.corrections import resolve_corrections
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Segnami un cambio olio per la Atlantique di Ravizza, la GA 8 7 6 NE... no, aspetta, GA 8 7 6 NA, mercoledì "
         "16 dicembre alle 12.", "GA876NA"),
        ("Prenota il tagliando per la Punto, AB 123 SE, no, scusa, AB 123 SF, giovedì 17 dicembre alle 9.", "AB123SF"),
        ("Metti una revisione alla Clio, EW 275 CE... anzi, EW 275 CF, lunedì 14 dicembre alle 10.", "EW275CF"),
    ],
)
def test_the_plate_said_again_is_the_one_read(text: str, plate: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.intent, p.reason)
    assert p.slots["plate"] == plate, p.slots


@pytest.mark.parametrize(
    "text",
    [
        # the short word after no plate's digits: nothing taken back as a plate
        "la Punto ne ha bisogno, no, aspetta, AB 123 CD",
        "se ne parla lunedì, no, AB 123 CD",
    ],
)
def test_a_short_word_after_no_plate_is_not_taken_back(text: str) -> None:
    tokens = tokenize(text)
    assert resolve_corrections(tokens)[: tokens.index("no")] == tokens[: tokens.index("no")]
