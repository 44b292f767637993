"""A make whisper writes as the letters it sounds like, right before one of its own models: "la G e Compass" (the
Jeep Compass), "la J Renegade". Letters before anything else stay as heard: they may be a plate's ("GE 123 …")."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("la g e compass nera", ["la", "jeep", "compass", "nera"]),
        ("la j renegade", ["la", "jeep", "renegade"]),
    ],
)
def test_the_make_put_back_before_its_model(heard: str, want: list[str]) -> None:
    assert heard_tokens(heard) == want


def test_the_vehicle_is_described() -> None:
    p = parse_it("Prenota la G e Compass nera, AB 123 CD, per un tagliando venerdì alle 10.")
    assert slot(p, "model") == "Compass" and p.slots.get("plate") == "AB123CD", p.slots


@pytest.mark.parametrize("heard", ["targa g e 123 cd", "la g e panda"])
def test_letters_before_anything_else_stay(heard: str) -> None:
    assert "jeep" not in heard_tokens(heard)
