"""Models a workshop holds that were unknown, from held-out set 26 (the sentences below are new): "il Lupo giallo,
CF 271 HM" was put back one sound to a Qubo and asked about, "L'L200 verde di …" read as a plate LL200, "la S60"
and "la Idea" described nothing. Each is now its model; the everyday words among them ("idea", "spark") name the
car only beside its colour, its make or its plate (its letters said by their cities too), never alone."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, plates_in, slot


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Il Lupo giallo di Ferri, AB 123 CD: tagliando venerdì 4 alle 9.", "Lupo"),
        ("Prenota un cambio olio per l'L200 nero di Conti, EF 456 GH, giovedì 3 alle 10.", "L200"),
        ("Segna la revisione della S60 grigia, AB 123 CD, lunedì 30 alle 11.", "S60"),
        ("Cancella l'appuntamento di venerdì della Idea, Bologna Milano 123 Genova Empoli.", "Idea"),
        ("Prenota le gomme della Spark blu, AB 123 CD, martedì 1 alle 9.", "Spark"),
        ("Il DS 3 nero di Bassi, EF 456 GH: tagliando giovedì 3 alle 10.", "DS 3"),
        ("Prenota il Grand Vitara di Neri, AB 123 CD, per il cambio olio lunedì 30 alle 9.", "Grand Vitara"),
    ],
)  # fmt: skip
def test_the_model_is_named(text: str, model: str) -> None:
    assert slot(parse_it(text), "model") == model, parse_it(text).slots


def test_the_l200_is_no_plate() -> None:
    p = parse_it("L'L200 grigio di Conti, EF 456 GH, mi serve un tagliando giovedì 3 alle 10.")
    assert p.slots.get("plate") == "EF456GH", p.slots
    assert "LL200" not in plates_in("L'L200 grigio di Conti, EF 456 GH")


@pytest.mark.parametrize(
    "text",
    [
        "Ho avuto un'idea per il cambio olio di venerdì.",  # an idea, no car
        "Mi è venuta un'idea: segna un tagliando alla Panda AB 123 CD venerdì alle 9.",
    ],
)
def test_an_idea_is_no_car(text: str) -> None:
    assert slot(parse_it(text), "model") in (None, "Panda"), parse_it(text).slots


def test_the_bmw_series_is_its_model() -> None:
    p = parse_it("Rossi ha venduto la Serie 5, AB 123 CD: cancella il tagliando di lunedì 30.")
    assert slot(p, "model") == "Serie 5" and p.intent == "cancel", (p.intent, p.reason, p.slots)
    assert slot(parse_it("Ho una serie di domande sul tagliando."), "model") is None


@pytest.mark.parametrize(
    "text",
    [
        "ho un'idea: prenota la Panda GH 907 MN per le gomme domani alle 9",
        "mi è venuta un'idea, sposta il tagliando della GH 907 MN a lunedì",
    ],
)
def test_an_idea_with_a_plate_some_words_later_is_no_fiat_idea(text: str) -> None:
    # "idea" is said every day: only its make, its colour or its plate right after it make it the car (merge of
    # it26 and en32: a plate four words on had been enough)
    assert slot(parse_it(text), "model") in (None, "Panda")
