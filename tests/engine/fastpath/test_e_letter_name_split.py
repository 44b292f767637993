"""A plate's letter whose name opens with "e" ("enne", "elle", "emme" …) split after that "e" right after the
plate's digits, the next letter's name run onto its rest ("7 6 4 e neacca" for 764 enne acca: N H): joined back
and read as the letters. Only after a plate's digits and where the rest is no word and reads as letter names
("764 e nessuno altro", "451 e le gomme" stay words)."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("La Panda di Rossi, AB 2 5 8 e neacca, il tagliando.", "AB258NH"),
        ("La Clio, ci di 4 1 7 e meabi, la revisione.", "CD417MB"),
    ],
)
def test_the_split_name_is_read(text: str, plate: str) -> None:
    assert plate in plates_in(text), plates_in(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La Panda, AB 764 e nessuno altro.", "nessuno"),
        ("La Clio GH 451 e le gomme.", "le"),
        ("Alle 10 e neacca niente.", "neacca"),
    ],
)
def test_words_stay(text: str, kept: str) -> None:
    assert kept in heard_tokens(text), heard_tokens(text)
