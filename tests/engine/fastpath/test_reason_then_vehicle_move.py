"""Why the customer cannot keep the appointment, said short, then the vehicle named by its model and plate, then
the move ("Rossi sabato non riesce: la Panda, AB 123 CD, spostamela a venerdì"): a move, no negation. New
sentences in the shape set 18 heard."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_the_vehicle_named_between_the_reason_and_the_move() -> None:
    p = _p("Rossi giovedì 5 non riesce: la Panda bianca, AB 123 CD, spostamela a venerdì 6 alle 4.")
    assert p.intent == "move" and p.slots["plate"] == "AB123CD" and p.slots["time"] == "16:00", p
    assert p.slots["old_date"] == "2026-03-05" and p.slots["date"] == "2026-03-06"


def test_the_vehicle_named_without_its_plate_stays_a_negation() -> None:
    p = _p("Rossi giovedì non riesce: la Panda la porto io venerdì")
    assert p.intent is None and p.reason == "out_of_scope:negation"


def test_what_the_vehicle_cannot_do_stays_a_negation() -> None:
    assert _p("la Panda AB 123 CD non riesce a partire").intent is None


def test_the_model_heard_as_no_word_before_the_plate() -> None:
    text = "Rossi giovedì 5 non riesce. La pandina, AB 123 CD. Spostamela a venerdì 6 alle 4."
    assert _p(text).reason == "unknown_words:rossi pandina"  # the word heard is no word: said back, never written
    p = parse(text, language="it", today=NOW.date(), unknown_ok=True)
    assert p.intent == "move" and p.slots["plate"] == "AB123CD" and p.slots["date"] == "2026-03-06", p
    assert "pandina" in p.unknown
