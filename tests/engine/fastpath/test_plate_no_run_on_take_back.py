"""A plate corrected mid-way whose "no" whisper base wrote onto the digits before it, from held-out set 18's
transcripts (the sentences below are new): "FR476NO, aspetta, 475 YD" for "FR 476, no, aspetta, 475 YD". The
"no" goes back among the words that take the plate back, and the plate is put right as when said plainly; a
plate ending in NO with no take-back after it is left as heard."""

from __future__ import annotations

from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates, take_back_plates


def _plates(text: str) -> list[str]:
    return [m.plate for m in find_plates(heard_tokens(text))]


def test_no_run_onto_the_digits_then_aspetta() -> None:
    assert _plates("la Clio di Rossi, EB318NO, aspetta, 316 TC, sabato alle 9") == ["EB316TC"]


def test_no_run_onto_the_digits_then_scusa() -> None:
    assert take_back_plates(tokenize("la Clio, GH 712NO, scusa, 714 FR")) == ["la", "clio", "gh714fr"]


def test_a_plate_ending_in_no_without_a_take_back_stays() -> None:
    tokens = tokenize("la Clio EB318NO aspetta un attimo")
    assert take_back_plates(tokens) == tokens
    tokens = tokenize("la Clio EB318NO, 316 TC")
    assert take_back_plates(tokens) == tokens
