"""A one-word model heard as two words ("il move ano bianco" for the Movano, "la XC ed arancione" for the XCeed,
held-out set 26; the sentences below are new): joined and put back only right after an article and before a colour
or a plate, where the two sound like one model only. Two words that are no model ("la Rossi bianca") stay; and the
English "move" heard inside the model is no move asked."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Prenota il move ano grigio, AB 123 CD, tagliando venerdì 4 alle 10.", "Movano"),
        ("Segna la XC ed bianca, EF 456 GH, per le gomme lunedì 30 alle 9.", "XCeed"),
    ],
)
def test_the_two_words_are_the_model(text: str, model: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and slot(p, "model") == model, (p.intent, p.reason, p.slots)


def test_two_words_of_no_model_stay() -> None:
    p = parse_it("Sposta la revisione della Rossi bianca a venerdì.")
    assert slot(p, "model") is None and slot(p, "customer") == "Rossi", p.slots


def test_little_words_are_no_model() -> None:
    p = parse_it("Chi ce l'ha la AB 123 CD? Dovrebbe essere una Panda.")
    assert p.intent == "lookup_plate" and slot(p, "model") == "Panda", (p.intent, p.reason, p.slots)


def test_two_known_words_are_no_model() -> None:
    from engine.fastpath.parser import heard_tokens

    assert "getz" not in heard_tokens("Could I get the red Clio, AB 123 CD, in for a service on Friday at 9?")
