"""A count asked with "ho" written "o" ("quante macchine o in officina giovedì?", held-out set 29): "ho" put
back right after "quanta/quante/quanti" and its noun, before where or when; "o" before another noun stays "or"."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _heard(text: str) -> list[str]:
    return put_back(tokenize(text))


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_have_heard_o_after_count() -> None:
    p = _parse("Quante macchine o in officina giovedì 3 dicembre?")
    assert p.intent == "day_appointments" and p.slots.get("date") == "2026-12-03"
    assert _heard("quanta gente o sul piazzale domani")[:4] == ["quanta", "gente", "ho", "sul"]


def test_or_between_nouns_stays() -> None:
    assert _heard("quante macchine o furgoni domani")[2] == "o"
