"""The request's "mi" written onto its verb by whisper base ("mimetti le pastiglie", "misegni un tagliando",
held-out set 29): put apart anywhere in the request; a word that opens with "mi" stays as heard."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _heard(text: str) -> list[str]:
    return put_back(tokenize(text))


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_mi_run_onto_verb_mid_request() -> None:
    p = _parse("La Clio FE 762 WA, mimetti il tagliando giovedì 3 dicembre alle 11?")
    assert p.intent == "book"
    assert (
        p.slots.get("plate") == "FE762WA"
        and p.slots.get("date") == "2026-12-03"
        and p.slots.get("time") == "11:00"
    )


def test_mi_run_onto_segni() -> None:
    assert _heard("misegni la revisione") == ["mi", "segni", "la", "revisione"]


def test_word_opening_with_mi_stays() -> None:
    assert _heard("ci vogliono venti minuti") == ["ci", "vogliono", "venti", "minuti"]
    assert _parse("mimosa per la Clio FE 762 WA").intent is None
