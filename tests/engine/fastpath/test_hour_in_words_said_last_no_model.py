"""An hour said in words as the request's last word ("… venerdì 11 dicembre alle sedici", set 39) is the hour, never
the Fiat Sedici: read as the model, the car found by its plate was asked about as "non Sedici". A number in words
that names a model is still the model after its make or with its colour beside it ("la Fiat Sedici", "il Sedici
marrone"), wherever it is said."""

from __future__ import annotations

import pytest

from engine.fastpath.vehicles import find_vehicle_description
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Mi prenoti la ricarica del clima per la AB 123 CD venerdì 27 novembre alle sedici",
        "Cambio gomme per la AB 123 CD, venerdì 27 novembre, alle sedici.",
        "La revisione della AB 123 CD mettila venerdì 27 novembre verso le sedici",
    ],
)
def test_the_hour_said_last_in_words_is_the_hour(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"plate": "AB123CD", "date": "2026-11-27", "time": "16:00"})
    assert "vehicle_description" not in p.slots, p.slots


@pytest.mark.parametrize(
    "words",
    [
        ["per", "la", "ricarica", "alle", "sedici"],
        ["la", "panda", "alle", "sedici"],
        ["verso", "le", "sedici"],
    ],
)
def test_no_sedici_is_read_from_the_hour(words: list[str]) -> None:
    assert find_vehicle_description(words).model != "Sedici"


@pytest.mark.parametrize(
    "words",
    [
        ["la", "fiat", "sedici"],  # after its make, said last
        ["il", "sedici", "marrone"],  # its colour beside it
        ["prenota", "la", "fiat", "sedici"],
    ],
)
def test_the_model_is_still_read_with_its_make_or_colour(words: list[str]) -> None:
    assert find_vehicle_description(words).model == "Sedici"
