""" "acca a" (H then A) said with its two a's as one and written "haca": read as both letters where the plate's shape
needs them, H alone where another letter follows ("haca ci 730")."""

from __future__ import annotations

from tests.engine.fastpath.italian import plates_in


def test_haca_before_the_digits_is_h_a() -> None:
    assert plates_in("la ZR-V della Pulcinelli, haca 627 di zeta, martedì") == ["HA627DZ"]


def test_haca_before_another_letter_is_h() -> None:
    assert plates_in("la haca bi 615 di zeta") == ["HB615DZ"]
