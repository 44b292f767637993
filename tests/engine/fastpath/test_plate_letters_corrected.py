"""A plate's last letters taken back and said again alone ("GE 447 T... no, aspetta, TH", set 38): its first letters
and three digits said once, the letters begun (or said wrong) dropped, the plate read whole. Only two letters after
the marker, and nothing more of a plate after them: a short word there ("no, la Clio", "no, di Rossi") or a plate's
further symbols leave the request as said (which plate was meant is never guessed)."""

from __future__ import annotations

import pytest

from engine.fastpath.corrections import resolve_corrections
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "intent", "plate"),
    [
        ("Prenotami un tagliando per la Grenadier, GE 447 T... no, aspetta, TH, mercoledì 2 dicembre alle 11.",
         "book", "GE447TH"),
        ("Segnami una revisione per la Panda, AB 123 CE... anzi, CD, giovedì 3 dicembre alle 9", "book", "AB123CD"),
        ("Il tagliando della FT 789 M, no scusa, MN, spostalo a venerdì 4 dicembre alle 10", "move", "FT789MN"),
        ("Prenota il cambio gomme per la GE 447 T, no, ti acca, il 2 dicembre alle 11", "book", "GE447TH"),
        ("Sposta la revisione della EW 275... no, HS, a martedì 1 dicembre alle 9", "move", "EW275HS"),
    ],
)  # fmt: skip
def test_plate_letters_said_again_are_read(text: str, intent: str, plate: str) -> None:
    assert_parsed(parse_it(text), intent, {"plate": plate})


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("GE 447 TH, no, la Clio", "no"),  # another car said instead: not the plate's letters
        ("GE 447 TH, no, di Rossi", "no"),
        ("GE 447 T, no, TH 2 dicembre", "no"),  # a figure after them may be more of a plate
        ("GE 44 T, no, TH", "no"),  # two figures only: no plate's first five symbols
        ("alle 11, no, TH", "no"),
    ],
)  # fmt: skip
def test_other_corrections_are_left_as_said(said: str, kept: str) -> None:
    assert kept in resolve_corrections(tokenize(said)), said
