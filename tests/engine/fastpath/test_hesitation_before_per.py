"""A hesitation whisper base wrote as a lone "M" or "Em" opening the turn, right before "per" or an article ("M per
l'Ulisse …", set 31; "Em la Massa …", set 20), or heard "e" over noise before "per" (set 31's noisy copy):
dropped, as before an article, so the request is read. New sentences in the shape the sets heard; an "M" before
anything else, or "e per" inside the turn, stays."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_m_before_per_is_dropped() -> None:
    text = "M per la Punto bianca di Rossi, AB 123 CD, un tagliando mercoledì 9 dicembre alle 9 e mezza"
    assert heard_tokens(text)[0] == "per"
    assert_parsed(parse_it(text), "book", {"plate": "AB123CD", "service": "service", "time": "09:30"})


def test_em_before_article_is_dropped() -> None:
    assert heard_tokens("Em la Punto di Rossi, AB 123 CD, tagliando domani alle 9")[0] == "la"


def test_m_before_a_plate_stays() -> None:
    assert heard_tokens("M 123 AB, di chi è?")[0] == "m"


def test_em_inside_the_turn_stays() -> None:
    assert "em" in heard_tokens("la targa è em 555 BL, di chi è")


def test_e_opening_before_per_is_dropped() -> None:
    text = "e per la Punto bianca di Rossi, AB 123 CD, un tagliando mercoledì 9 dicembre alle 9 e mezza"
    assert_parsed(parse_it(text), "book", {"plate": "AB123CD", "service": "service", "time": "09:30"})


def test_e_before_per_inside_the_turn_stays() -> None:
    assert heard_tokens("un tagliando e per la Punto una revisione")[2:4] == ["e", "per"]
