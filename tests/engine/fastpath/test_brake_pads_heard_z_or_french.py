""" "Pastiglie" as whisper writes it over Kokoro's voice (sets 29 to 31): its "gli" heard z ("le pastizie") or lost
("le passie"), or the French word ("dischi e pastilles"). None is an Italian word: each is the brake pads. "Pasti"
(meals) is a word and stays: the service is asked. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize("heard", ["pastizie", "passie", "pastilles"])
def test_the_pads_heard_so_are_put_back(heard: str) -> None:
    assert heard_tokens(f"cambiare le {heard} dei freni") == ["cambiare", "le", "pastiglie", "dei", "freni"]


def test_the_first_slot_for_the_pads_heard_z_is_the_brakes() -> None:
    p = parse_it("Quando è la prima data utile per cambiare le pastizie?")
    assert p.intent == "first_free_slot" and slot(p, "service") == "brakes", (p.intent, p.reason, p.slots)


def test_a_booking_with_the_pads_heard_without_gli() -> None:
    p = parse_it("Prenota la Punto, AB 123 CD, le passie venerdì 11 dicembre alle 3.")
    assert p.intent == "book" and slot(p, "service") == "brakes", (p.intent, p.reason, p.slots)


def test_meals_are_no_pads_and_the_service_is_asked() -> None:
    assert "pastiglie" not in heard_tokens("cambiare i pasti")
    p = parse_it("Quando è la prima data utile per cambiare i pasti?")
    assert not p.handled and p.reason == "missing:service"
