"""An electric car's battery named by which it is ("ha la batteria di servizio a terra"): symptom words that say
no trouble alone, so the booking said bare after it is read, not refused. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from engine.fastpath.symptoms import is_symptom
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_service_battery_flat_then_replacement() -> None:
    p = _p(
        "La Zoe bianca della Morandi, GC 227 LT, ha la batteria di servizio a terra: sostituzione giovedì alle 10."
    )
    assert p.intent == "book" and p.slots["plate"] == "GC227LT" and p.slots["service"]["key"] == "battery", p


def test_which_battery_alone_says_no_trouble() -> None:
    assert not is_symptom(["ha", "la", "batteria", "di", "servizio"], {2})
    assert is_symptom(["ha", "la", "batteria", "ausiliaria", "a", "terra"], {2})
