"""A word of the spelling alphabet whose "l" (or "ll") whisper base hears palatal and writes "gli" (set 27:
Jolly written "giogli"; Empoli "Empogli", Napoli "Napogli" alike): the city's letter, but only when the
word sounds exactly like a city so. Ordinary words in "gli" ("togli", "figli", "mogli") stay words."""

from __future__ import annotations

import pytest

from engine.fastpath.plates_spoken import city_by_sound
from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(("word", "letter"), [("giogli", "J"), ("empogli", "E"), ("napogli", "N")])
def test_city_word_with_l_written_gli(word: str, letter: str) -> None:
    assert city_by_sound(word) == letter


@pytest.mark.parametrize("word", ["togli", "figli", "mogli", "scegli", "sugli", "dagli", "megli"])
def test_ordinary_gli_words_are_no_city(word: str) -> None:
    assert city_by_sound(word) is None


def test_plate_spelled_with_jolly_heard_giogli() -> None:
    text = "Sposta il tagliando del Ducato, Napoli Genova 2 8 5, giogli Torino, a martedì alle 10"
    assert plates_in(text) == ["NG285JT"]
