""" "togli" with its gl lost at the request's opening ("Toi quello di giovedì", "toli la revisione", held-out set 29):
the cancel put back before what it acts on, an appointment pointed at by its day included; a cancel is said back."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _heard(text: str) -> list[str]:
    return put_back(tokenize(text))


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_togli_gl_lost_that_one_by_day() -> None:
    p = _parse("Toi quella di martedì alle 11, non viene più")
    assert p.intent == "cancel" and p.slots.get("old_date") == "2026-12-01"


def test_togli_gl_lost_before_service() -> None:
    p = _parse("Toli il tagliando di domani della FE 762 WA")
    assert p.intent == "cancel" and p.slots.get("plate") == "FE762WA"


def test_toi_without_object_stays() -> None:
    assert _parse("toi quello lì").intent is None
