"""The diphthong "uo" heard as a bare "o" over noise: "vole fare anche la ricarica" (vuole), "tirami fori gli
interventi" (fuori). Put back only where the word heard is no known word nor a number and the word with "uo" is
one; never after n ("nova", "novi" are a plate's nine, not "nuova"). Parses on the bench's Wednesday 25 November
2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        (
            "il signor Ferri vole fare il tagliando",
            ["il", "signor", "ferri", "vuole", "fare", "il", "tagliando"],
        ),
        ("tirami fori la scheda", ["tirami", "fuori", "la", "scheda"]),
    ],
)
def test_the_uo_put_back(heard: str, want: list[str]) -> None:
    assert heard_tokens(heard) == want


@pytest.mark.parametrize("heard", ["Roma nova 0 3", "la nove", "sono le sei"])
def test_nine_and_known_words_stay(heard: str) -> None:
    assert "nuova" not in heard_tokens(heard) and "suono" not in heard_tokens(heard)


def test_a_history_asked_with_fuori_heard_fori() -> None:
    p = parse_it("Tirami fori gli interventi della Punto, AB 123 CD.")
    assert p.intent == "vehicle_history" and p.slots.get("plate") == "AB123CD", (p.intent, p.reason, p.slots)
