"""When the car can be taken in, asked ("quando me la puoi prendere al più presto?", "quando riesci a
prenderla?"): the first free slot read, not refused. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_take_it_in_asked_after_the_job() -> None:
    p = _p("La Clio di Bettinelli, FE 412 KP, deve fare la revisione: quando me la potete prendere?")
    assert p.intent == "first_free_slot" and p.slots["plate"] == "FE412KP", p
    assert p.slots["service"]["key"] == "inspection", p


def test_take_it_in_other_words() -> None:
    p = _p("Bisogna cambiare le gomme alla Clio di Bettinelli, FE 412 KP: quando riesci a prenderla?")
    assert p.intent == "first_free_slot", p


def test_taking_something_else_is_no_slot_asked() -> None:
    assert _p("Quando me la puoi prendere la fattura della Clio?").intent != "first_free_slot"
