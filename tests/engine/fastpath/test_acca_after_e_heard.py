"""H's "acca" spelt "haca" right before a plate's digits is H and A said as one ("haca 627 di z": HA 627 DZ), but
not after E's "e" ("e haca 318 ..." for EH 318 ...): a plate has two letters before its digits, so the "e" and H
are both. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import plates_in


def test_after_e_haca_is_h_alone() -> None:
    tokens = heard_tokens("il tagliando della Clio e haca 318 di ci")
    assert "acca" in tokens and tokens[tokens.index("acca") + 1] == "318", tokens


def test_after_e_the_plate_keeps_e_and_h() -> None:
    assert plates_in("la Clio e haca 318 di ci") == ["EH318DC"]


def test_haca_alone_before_digits_is_still_h_and_a() -> None:
    assert plates_in("la Clio haca 318 di ci") == ["HA318DC"]
