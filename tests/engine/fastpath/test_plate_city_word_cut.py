"""A word of the city alphabet whisper base cut in two, its end written as a small word ("Empoli cussà al 906
Washington Roma" for Kursaal, held-out set 19; the sentences below are new): read as its one letter when the two
halves together sound as the city word. Words that are words stay words."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates


def _plates(text: str) -> list[str]:
    return [m.plate for m in find_plates(heard_tokens(text))]


def test_kursaal_cut_in_two() -> None:
    assert _plates("la Polo, Genova cussà al 318 Torino Roma") == ["GK318TR"]


def test_a_word_and_a_small_word_stay() -> None:
    assert _plates("la macchina al 318 della Rossi") == []
