"""The older models still booked at an Italian counter (the Škoda Rapid, Seat Altea, Opel Antara, Renault Laguna,
Toyota Avensis, Hyundai Getz, Honda Accord, Dacia Logan): unknown, "la Rapid, <plate>, un cambio olio …" opened
with no vehicle and was refused, and "il tagliando della Laguna" took the model for the customer. "rapid",
"accord", "laguna" and "logan" are words too: a car only with its article, make or colour beside it. Parses on
the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("La Rapid grigia, AB 123 CD, un cambio olio lunedì 30 alle 9.", "Rapid"),
        ("L'Antara bianca di Rossi, EF 456 GH, una revisione venerdì 27 alle 10.", "Antara"),
        ("L'Avensis, FG 321 AB, un tagliando martedì primo dicembre alle 3.", "Avensis"),
        ("La Getz blu, AB 123 CD, un cambio gomme giovedì 3 dicembre alle 11.", "Getz"),
    ],
)
def test_the_vehicle_said_first_opens_the_booking(text: str, model: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.intent, p.reason)
    assert slot(p, "model") == model, p.slots


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Sposta il tagliando della Laguna, AB 123 CD, a lunedì 30 alle 10.", "Laguna"),
        ("Cancella la revisione della Logan nera, EF 456 GH.", "Logan"),
        ("Sposta la ricarica del clima dell'Accord verde, FG 321 AB, a venerdì 27 alle 4.", "Accord"),
        ("L'Altea di Bianchi, EF 456 GH: sposta il tagliando a lunedì 30 alle 9.", "Altea"),
    ],
)
def test_the_model_is_no_customer(text: str, model: str) -> None:
    p = parse_it(text)
    assert slot(p, "model") == model, p.slots
    assert p.slots.get("customer") != model, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Abbiamo fatto un lavoro rapido sulla Panda, AB 123 CD.",
        "Siamo d'accordo col cliente della Panda, AB 123 CD.",
    ],
)
def test_the_everyday_words_describe_no_car(text: str) -> None:
    assert slot(parse_it(text), "model") in (None, "Panda"), parse_it(text).slots


def test_a_laguna_without_its_article_is_no_car() -> None:
    p = parse_it("Il cliente va in laguna lunedì, la Panda, AB 123 CD, la porta martedì.")
    assert slot(p, "model") != "Laguna", p.slots
