"""A car described with a shade after its colour, then its owner ("la Focus grigio scuro di Marino", "la Panda
verde oliva di Gallo"). The shade left the owner unread: a surname whisper writes in lower case was put back as the
nearest word ("marino": "marito", a person, no owner), and a surname that is a word too ("Monti") was taken only
right after the model. So the booking asked which of every grey Focus, the owner's not told apart. "Scuro" is a
shade as "topo" is; after a colour or shade, the surname is kept and taken as the owner. A read of one
car ("l'ultimo tagliando della 500 di Monti") takes such an owner too, instead of asking among everyone's 500s.
What is no owner stays none (a day, a person word, a word in lower case the parser knows)."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("prenota la revisione alla Punto blu scuro di Ferretti giovedì alle 10", "blue"),
        ("prenota la revisione alla Panda verde oliva di Ferretti giovedì alle 10", "green"),
    ],
)
def test_dark_is_a_shade_and_the_owner_follows(text: str, colour: str) -> None:
    p = parse_it(text)
    assert p.slots.get("vehicle_description", {}).get("colour") == colour, p.slots
    assert p.slots.get("customer") == "Ferretti", p.slots


@pytest.mark.parametrize("shade", ["grigio topo", "grigio scuro", "grigia scura"])
def test_a_lower_case_surname_after_a_shade_is_kept_as_heard(shade: str) -> None:
    words = put_back(tokenize(f"la focus {shade} di marino mi fai un cambio olio venerdì"))
    assert "marino" in words and "marito" not in words, words


def test_the_owner_after_a_shade_is_taken_for_the_booking() -> None:
    p = parse_it("La Focus grigio scuro di marino, mi fai un cambio olio venerdì mattina?")
    assert p.intent == "book" and p.slots.get("customer") == "Marino", p.slots


@pytest.mark.parametrize("owner", ["Monti", "Porta"])
def test_a_known_word_owner_after_colour_and_shade(owner: str) -> None:
    p = parse_it(f"Mi prenoti un tagliando per la Yaris bianco perlato di {owner} lunedì alle 9?")
    assert p.intent == "book" and p.slots.get("customer") == owner, p.slots


@pytest.mark.parametrize("text", ["Quand'è stato l'ultimo tagliando della 500 di Monti?",
                                  "Che lavori abbiamo fatto sulla Yaris grigia di Porta?"])  # fmt: skip
def test_a_read_of_one_car_takes_the_owner_said_as_a_word(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "vehicle_history" and p.slots.get("customer") in ("Monti", "Porta"), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Quand'è stato l'ultimo tagliando della 500 di Mattina?",
        "Quand'è stato l'ultimo tagliando della 500 di monti?",  # lower case and a word: whisper's, not a name
        "Mi prenoti un tagliando per la Yaris grigio scuro di Giovedì alle 9?",
    ],
)
def test_a_day_or_a_lower_case_word_is_still_no_owner(text: str) -> None:
    assert "customer" not in parse_it(text).slots


def test_chiara_is_still_a_first_name() -> None:
    p = parse_it("prenota la revisione alla Punto di Chiara Serra giovedì alle 10")
    assert p.slots.get("customer") == "Chiara Serra", p.slots
