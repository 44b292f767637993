"""The car's "gli" heard "e" before the verb that did the work ("che lavori e abbiamo fatto alla Panda?",
held-out set 29): put back between the work asked and its auxiliary and participle; "e" joining words stays."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _heard(text: str) -> list[str]:
    return put_back(tokenize(text))


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_gli_heard_e_before_done() -> None:
    p = _parse("Dimmi che interventi e abbiamo fatto alla FE 762 WA")
    assert p.intent == "vehicle_history" and p.slots.get("plate") == "FE762WA"


def test_e_joining_stays() -> None:
    assert _heard("che lavori e quando")[2] == "e"
    assert _heard("i lavori e abbiamo finito")[2] == "e"
