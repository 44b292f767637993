"""W's "doppia vu" with the next letter's name run on and the u gliding into its vowel, as whisper base wrote it
in held-out set 17 ("FP402 doppia vwaka": W H; the sentences below are new). Read as W and that letter, the two
words the plate's; "doppia" before a word that is no letter's name stays a word."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plate_hearing import join_letter_names
from engine.fastpath.plate_symbols import symbol
from engine.fastpath.plates_spoken import find_plates


def _plates(text: str) -> list[str]:
    return [m.plate for m in find_plates(heard_tokens(text))]


def test_vu_gliding_into_the_next_letter() -> None:
    assert join_letter_names(["doppia", "vwaka"]) == ["doppiavuaka"]
    assert _plates("annulla la revisione della Clio, FE 318 doppia vwaka, di martedì") == ["FE318WH"]


def test_the_glide_is_no_letter_of_its_own() -> None:
    assert symbol(["doppia", "vwaka"], 0) is None  # never W W A K A
    assert symbol(["doppia", "vf"], 0) == ("WF", 2)


def test_doppia_before_an_ordinary_word_stays() -> None:
    assert _plates("una doppia visita alla Clio domani") == []
