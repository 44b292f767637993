"""A plate's digits written with hyphens ("Gof Hotel 4-1-7 Kilo Lima") beside a NATO word whisper clipped ("Gof":
Golf): the NATO word is put back only beside the plate's other symbols, so the digits are read apart there too, not
only later (a stray "T-4" after the plate left the clipped word unread). Digits with hyphens and no NATO word
stay no plate."""

from __future__ import annotations

from tests.engine.fastpath.italian import plates_in


def test_hyphened_digits_beside_a_clipped_nato_word_spell_the_plate() -> None:
    text = "Can you book the grey winner, Traguna? Gof Hotel 4-1-7 Kilo Lima? Inferno T-4 Monday the 14th half-9."
    assert plates_in(text) == ["GH417KL"]


def test_hyphened_digits_alone_are_no_plate() -> None:
    assert plates_in("The Polo's tyres are 2-0-5 by 55 on Monday the 14th.") == []
