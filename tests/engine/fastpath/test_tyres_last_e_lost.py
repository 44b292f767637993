""" "gomme" after "cambio" with its last e lost ("l'ultimo cambio GOM", held-out set 29): put back after a g only,
so "cambio com…" stays as heard."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _heard(text: str) -> list[str]:
    return put_back(tokenize(text))


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_tyres_last_e_lost() -> None:
    assert _heard("all'ultimo cambio gom della FE 762 WA")[2:4] == ["cambio", "gomme"]
    p = _parse("Quanti chilometri aveva all'ultimo cambio gomm la FE 762 WA?")
    assert p.intent == "vehicle_history" and p.slots.get("mileage") is True
    assert p.slots.get("service", {}).get("key") == "tyres"


def test_no_g_no_tyres() -> None:
    assert "gomme" not in _heard("il cambio com la FE 762 WA")
