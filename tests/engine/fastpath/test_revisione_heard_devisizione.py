""" "Revisione" heard with its r voiced d and a syllable doubled ("devisizione"), as "revisizione" and
"levisizione" already are: put back as the one word; a word merely near it stays."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_devisizione_is_revisione() -> None:
    assert heard_tokens("la devisizione")[1] == "revisione"


def test_the_booking_reads() -> None:
    p = parse_it("Prenota la devisizione per la Panda, AB 123 CD, venerdì alle 10.")
    assert_parsed(p, "book", {"service": "inspection", "plate": "AB123CD"})


def test_a_word_near_it_stays() -> None:
    assert heard_tokens("la divisione e la decisione") == ["la", "divisione", "e", "la", "decisione"]
