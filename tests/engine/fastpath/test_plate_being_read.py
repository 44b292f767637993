"""The plate about to be read out ("Mi guardi di chi è una targa? Aspetta che la leggo dal libretto."): no waiting
to do, so no refusal; the plate is asked for (or taken when said after it). New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_the_plate_to_be_read_is_asked_for() -> None:
    p = _p("Mi controlli di chi è una targa? Un attimo che te la leggo dal libretto.")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", p


def test_the_plate_read_after_it_is_looked_up() -> None:
    p = _p("Di chi è questa targa, aspetta che la leggo, AB 123 CD")
    assert p.intent == "lookup_plate" and p.slots["plate"] == "AB123CD", p


def test_waiting_on_the_customer_is_still_refused() -> None:
    p = _p("prenota un tagliando alla AB 123 CD domani alle 10, aspetta che glielo chiedo")
    assert p.intent is None and p.reason == "out_of_scope:unsupported_action"
