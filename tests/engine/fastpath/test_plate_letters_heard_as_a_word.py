"""A plate's first two letters said as their names and written by whisper as one known word ("gi a": "Gia 876 N.A.",
set 35; "di a": "Dia"): read into the plate when its three digits follow at once and then its last two letters
alone. Before anything else ("già a 120 mila chilometri", "già 3 anni") the word is the word."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Cancella la ricarica del clima della Atlanticoe, Gia 876 N.A. Davisa avenduto la macchina.", "GA876NA"),
        ("Annulla il tagliando della Panda, Dia 512 K.L.", "DA512KL"),
        ("Sposta la revisione della Clio, Bia 340 F.G., a venerdì.", "BA340FG"),
    ],
)
def test_two_letter_names_as_a_word_before_the_digits(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando della Panda l'ha già fatto il 3 dicembre.",
        "La Panda è già a 120 mila chilometri.",
        "La Panda è già 120 mila chilometri.",
        "La Panda di Rossi ha già 3 anni e mezzo.",
        "Ne ha già 150 e più.",
    ],
)
def test_the_word_before_anything_else_is_no_plate(text: str) -> None:
    assert plates_in(text) == []
