"""A model named by a vowel's letter and a number (Audi's A1, A3) said after "la": over workshop noise whisper
runs the A into the article's vowel and writes "la 1 rossa". Before a colour, where a car's model goes, the
number is that model, so the model and colour said are evidence for which plate was meant. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _desc(text: str) -> dict[str, str]:
    p = parse(text, language="it", today=NOW.date(), unknown_ok=True)
    return p.slots.get("vehicle_description") or {}


def test_the_a1_before_its_colour() -> None:
    assert _desc("la 1 bianca della Ferri, GB 123 CD, tagliando giovedì alle 10").get("model") == "A1"


def test_the_a3_after_alla() -> None:
    assert (
        _desc("quando abbiamo fatto l'ultimo tagliando alla 3 nera della Ferri, GB 123 CD?").get("model")
        == "A3"
    )


def test_a_number_that_is_a_model_stays_that_model() -> None:
    assert _desc("la 500 rossa GB 123 CD, di chi è?").get("model") == "500"


def test_a_number_with_no_colour_after_is_no_model() -> None:
    # "la 1" alone, or a number before a day, is never read as a car
    assert _desc("prenota per la 1 di giovedì un tagliando alla GB 123 CD").get("model") != "A1"
    assert _desc("sposta la GB 123 CD alle 3 nera").get("model") != "A3"
