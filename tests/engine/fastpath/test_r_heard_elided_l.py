"""A word's opening r heard as an elided article's l, its rest written as a word: "L'imanda il tagliando" (rimanda),
"l'icarica del clima" (ricarica), "il clima che non l'infresca più" (rinfresca: a symptom, not a negation). Put back
only where the rest is no known word and the r with it is one; "l'olio", "l'auto" stay articles. Parses on the
bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("L'imandiamo la revisione", ["rimandiamo", "la", "revisione"]),
        ("l'icarica dell'aria condizionata", ["ricarica", "dell", "aria", "condizionata"]),
        ("non l'infresca più", ["non", "rinfresca", "piu"]),
    ],
)
def test_the_r_put_back(heard: str, want: list[str]) -> None:
    assert heard_tokens(heard) == want


@pytest.mark.parametrize("heard", ["cambia l'olio", "porta l'auto", "l'ultimo tagliando"])
def test_an_article_before_a_known_word_stays(heard: str) -> None:
    assert "l" in heard_tokens(heard)


def test_the_air_that_no_longer_cools_heard_l_is_a_symptom_and_booked() -> None:
    p = parse_it("La Punto grigia, AB 123 CD, ha il clima che non l'infresca più: ricarica giovedì alle 11.")
    assert p.intent == "book" and p.slots.get("time") == "11:00", (p.intent, p.reason, p.slots)


def test_a_real_negation_is_still_refused() -> None:
    p = parse_it("La Punto grigia, AB 123 CD: la ricarica del clima non farla giovedì.")
    assert not p.handled, (p.intent, p.reason, p.slots)
