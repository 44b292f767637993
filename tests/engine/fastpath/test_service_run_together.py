"""A service of two words whisper ran into one, the vowel they share said once ("cambiolio": cambio olio) or a
consonant single ("cambiogome"): split into the service's words, never into other known words ("cambi olio").
New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_a_service_run_together_is_split() -> None:
    assert heard_tokens("un cambiolio") == ["un", "cambio", "olio"]
    assert heard_tokens("i cambiogome") == ["i", "cambio", "gomme"]
    p = _p("La Panda di Rossi, AB 123 CD, cambiolio giovedì 5 alle 3 e mezza.")
    assert p.intent == "book" and p.slots["service"]["key"] == "oil_change" and p.slots["time"] == "15:30", p


def test_a_word_that_is_no_service_stays() -> None:
    assert heard_tokens("la cambiale") == ["la", "cambiale"]
