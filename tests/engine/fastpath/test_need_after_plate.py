"""The need said right after the plate ("la Macan bianca, HA 731 FR, mi serve il tagliando mercoledì …"): a weak
verb of a dictated booking, not the bare "serve" cue; with the service's definite article it may tell of the one
booked, so it is said back whole for a yes, never written at once. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_need_with_definite_service_is_said_back() -> None:
    p = _p("Allora, la Clio grigia, FE 412 KP, mi serve il cambio gomme giovedì alle 11.")
    assert p.intent == "book" and p.slots["plate"] == "FE412KP" and p.careful == "verbless", p


def test_need_asked_or_without_day_is_no_booking() -> None:
    assert _p("La Clio grigia, FE 412 KP, mi serve il cambio gomme giovedì alle 11?").intent != "book"
    assert _p("La Clio grigia, FE 412 KP, mi serve il cambio gomme di giovedì alle 11.").intent != "book"
