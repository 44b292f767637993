"""The owner asked as a guess with "potrebbe" ("Di chi potrebbe essere?", "a chi potrebbe appartenere la …?") was
refused as a hypothetical: it is a look-up (the plate asked for when not said), as "di chi può essere?" is. Only
there: "potrebbe" said of anything else stays a hypothetical."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    ["Di chi potrebbe essere?", "C'è una Panda rossa che blocca il cancello: di chi potrebbe essere?",
     "Chi potrebbe essere il proprietario della Panda rossa in cortile?"],
)
def test_the_owner_guessed_is_a_look_up(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.reason != "out_of_scope:hypothetical", (p.intent, p.reason)


def test_the_owner_guessed_of_a_plate_is_looked_up() -> None:
    assert_parsed(parse_it("A chi potrebbe appartenere la AB 123 CD?"), "lookup_plate", {"plate": "AB123CD"})


@pytest.mark.parametrize(
    "text",
    [
        "Prenota il tagliando per la Punto, AB 123 CD, potrebbe venire venerdì alle 9.",
        "La Punto di Rossi potrebbe venire domani alle 10 per il tagliando.",
        "Chi potrebbe venire domani?",
    ],
)
def test_potrebbe_elsewhere_stays_a_hypothetical(text: str) -> None:
    p = parse_it(text)
    assert not p.handled and p.reason == "out_of_scope:hypothetical", (p.intent, p.reason)
