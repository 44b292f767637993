"""A question's words elided or run together as whisper base writes them: "cosa" with its a elided before a vowel
("Cos'abbiamo fatto finora alla 600?", the tokenizer leaving "cos"), or the pronoun run onto that a ("cos'alle
abbiamo fatto": cosa le abbiamo); "va" run onto the participle after it ("va spostato" heard "vaspostato"). New
sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_what_elided_asks_the_history() -> None:
    p = _p("Cos'abbiamo fatto finora alla Yaris di Bonacina, FG 318 KT?")
    assert p.intent == "vehicle_history" and p.slots["plate"] == "FG318KT", p
    p = _p("Cos'alle abbiamo fatto finora alla Yaris, FG 318 KT?")
    assert p.intent == "vehicle_history" and p.slots["plate"] == "FG318KT", p


def test_must_be_moved_run_together_asks_the_day() -> None:
    p = _p("La Yaris di Bonacina, FG 318 KT, il tagliando di venerdì vaspostato ma non so ancora quando.")
    assert p.intent == "move" and p.reason == "missing:date", p


def test_cos_only_before_a_vowel_and_va_only_before_a_participle() -> None:
    assert heard_tokens("il cos di Rossi")[:2] == ["il", "cos"]
    assert heard_tokens("vasco")[:1] == ["vasco"]


def test_english_cos_stays() -> None:
    assert heard_tokens("cos it's making a noise")[:1] == ["cos"]
