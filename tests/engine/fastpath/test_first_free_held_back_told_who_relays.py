"""The first free slot asked, nothing to book, and the counter saying they will pass the answer on (set 52: "… quando
posso fargli i freni al più presto? Non fissare niente, gli riferisco" was refused as a negation): the read, its
"non" about booking only. Never after a write asked, never with more said after it."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Per la Punto di Tonietto, GZ 0 5 4 NT, quando posso fargli i freni al più presto? Non fissare niente, gli "
         "riferisco.", "brakes"),
        ("Quando c'è il primo buco per le gomme della GZ 0 5 4 NT? Non prenotare, glielo dico io.", "tyres"),
        ("Primo posto libero per il tagliando della GZ 0 5 4 NT? Non segnare niente, prima sento il cliente.",
         "service"),
        ("Quando posso fare la revisione alla GZ 0 5 4 NT? Non fissare nulla, che gli faccio sapere io.",
         "inspection"),
    ],
)  # fmt: skip
def test_the_first_free_slot_is_read(text: str, service: str) -> None:
    p = parse_it(text)
    assert p.intent == "first_free_slot" and p.handled, (p.intent, p.reason)
    assert p.slots["plate"] == "GZ054NT" and p.slots["service"]["key"] == service, p.slots


def test_the_same_in_english() -> None:
    p = parse_en("When's the first free slot for the brakes on GZ 054 NT? Don't book anything, I'll let him know.")
    assert p.intent == "first_free_slot" and p.handled, (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        # a write asked, then taken back
        "Prenota la revisione della GZ 0 5 4 NT venerdì alle 9, anzi non prenotare, gli riferisco.",
        # something else said after the relay
        "Quando posso fare i freni alla GZ 0 5 4 NT? Non fissare niente, gli riferisco che non si fa.",
    ],
)
def test_still_refused(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None and p.reason == "out_of_scope:negation", (p.intent, p.reason)
