"""A BMW series whisper base wrote in Roman numerals ("la serie III"): its digit, the model named (set 18). New
sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def test_serie_iii_is_the_3_series() -> None:
    assert heard_tokens("la serie III di Rossi") == ["la", "serie", "3", "di", "rossi"]
    p = parse("metti un promemoria per SMS il giorno prima della revisione della serie III, AB 123 CD", today=NOW.date())
    assert p.intent == "send_reminder" and p.slots["vehicle_description"]["model"] == "Serie 3", p


def test_roman_letters_elsewhere_stay() -> None:
    assert heard_tokens("la classe v") == ["la", "classe", "v"]
