"""Models of the workshop's cars the fast path did not know (Vectra, Terios, Carnival, Pathfinder, Modus, Marea,
Tivoli): unknown, "la diagnosi della Vectra, …, mettila a giovedì" took the model for the customer and left the
appointment named unread. Those that are everyday words too (Marea, Tivoli) are cars only beside their colour,
make or plate; "master" stays no model (whisper's "Mazda")."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it, slot


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("la Vectra grigia di Bianchi, AB 123 CD, cambio gomme venerdì alle 9: prenota", "Vectra"),
        ("prenota un tagliando per il Terios verde, AB 123 CD, lunedì 30 alle 10", "Terios"),
        ("prenota la revisione del Carnival di Rossi, AB 123 CD, giovedì alle 11", "Carnival"),
        ("prenota la diagnosi per la Marea bianca, AB 123 CD, martedì alle 9", "Marea"),
        ("prenota un cambio olio per la Tivoli rossa, AB 123 CD, venerdì alle 10", "Tivoli"),
    ],
)  # fmt: skip
def test_workshop_model_is_named(text: str, model: str) -> None:
    p = parse_it(text)
    assert slot(p, "model") == model, p.slots


def test_appointment_named_by_its_model_is_moved() -> None:
    p = parse_it(
        "Bianchi venerdì non ce la fa: il tagliando della Vectra, AB 123 CD, mettilo a lunedì 30 alle 10"
    )
    assert_parsed(p, "move", {"plate": "AB123CD", "date": "2026-11-30", "time": "10:00"})


@pytest.mark.parametrize(
    "text", ["oggi c'è la marea alta", "andiamo a Tivoli domani", "il master della Mazda"]
)
def test_everyday_words_are_no_model(text: str) -> None:
    assert slot(parse_it(text), "model") is None
