"""A surname that opens with a number ("Tresoldi", "Quattrocchi") written by whisper as the digit and the rest
right after a title ("il signor 3 soldi", set 27): the digit was read as a stray number and the time asked. Put
back as one name only after a title and before a word no table knows."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_title_digit_and_rest_are_one_surname() -> None:
    assert heard_tokens("la Panda del signor 4 occhi")[-2:] == ["signor", "quattroocchi"]


def test_booking_with_such_a_surname_keeps_its_time() -> None:
    p = parse_it("per la Clio della signora 3 soldi, GA 412 KB, un tagliando sabato 5 dicembre alle 11")
    assert p.intent == "book" and p.slots.get("time") == "11:00", (p.reason, p.slots)
    assert p.reason != "ambiguous:stray_number"


def test_digit_before_a_known_word_stays() -> None:
    assert heard_tokens("la signora 3 gomme le vuole nuove")[:3] == ["la", "signora", "3"]
