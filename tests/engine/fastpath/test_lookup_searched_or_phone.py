"""A plate looked up by "cercami" said right before it ("cercami EB 519 WK", whisper's "cerca mi"), and the owner's
phone number asked of the plate ("il numero di telefono di quello con la HA 771 NB?"): reads of the plate. New
sentences in the shape set 21 heard."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Cercami EB 519 WK, dovrebbe essere una Punto.", "EB519WK"),
        ("Cerca mi HA 771 NB per favore.", "HA771NB"),
        ("Il numero di telefono di quello con la EK 417 MA ce l'abbiamo?", "EK417MA"),
        ("Mi serve il numero di telefono del proprietario della FG 208 LT.", "FG208LT"),
    ],
)
def test_the_plate_looked_up(text: str, plate: str) -> None:
    p = _parse(text)
    assert p.intent == "lookup_plate" and p.handled, (p.reason, p.slots)
    assert p.slots["plate"] == plate


def test_cercami_a_free_slot_is_no_look_up() -> None:
    p = _parse("Cercami il primo posto libero per un tagliando.")
    assert p.intent == "first_free_slot", (p.intent, p.reason)


def test_cercami_without_a_plate_is_no_look_up() -> None:
    p = _parse("Cercami il numero del ricambista.")
    assert p.intent != "lookup_plate", (p.intent, p.reason)
