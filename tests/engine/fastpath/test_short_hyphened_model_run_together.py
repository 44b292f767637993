""" "La ZRV", "dell'HRV": a short hyphened model (ZR-V, HR-V, CR-V) written without its hyphen (sets 23 and 28).
Too short to be found by its sound, it was read as three more letters of the plate after it ("ZRVHA627Z"). Put
back right after an article only; anywhere else the letters stay as heard. Parses on the bench's Wednesday 25
November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("heard", "model"),
    [("l'appuntamento della ZRV", "zr-v"), ("il tagliando dell'HRV", "hr-v"), ("la CRV di Rossi", "cr-v")],
)
def test_the_model_is_put_back_after_its_article(heard: str, model: str) -> None:
    assert model in heard_tokens(heard)


def test_the_plate_after_it_is_the_plate_alone() -> None:
    p = parse_it("Conferma su WhatsApp l'appuntamento della ZRV, acca a 627 di zeta.")
    assert p.intent == "send_confirmation" and p.slots.get("plate") == "HA627DZ", (p.intent, p.slots)
    assert slot(p, "model") == "ZR-V"


@pytest.mark.parametrize("heard", ["targa ZRV 627", "ZRV"])
def test_letters_away_from_an_article_stay(heard: str) -> None:
    assert "zr-v" not in heard_tokens(heard)
