""" "A lunedì 7" heard "al 1D 7" (the "lun" as "l'uno", "dì" written D, run on): lunedì put back after "al"/"a"/
"dal"/"da" and before a date in digits, as "al 1 di 7" already is, so the weekday is checked against its date. "Il
1D dicembre" (no preposition that takes a weekday, no date after) stays as heard."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import heard_tokens, parse


def test_1d_before_a_date_is_monday() -> None:
    p = parse(
        "la revisione della Yaris grigia, GB 4 19 KM, da venerdì portala al 1D 30 alle 9.",
        language="it",
        today=today(),
    )
    assert p.intent == "move"
    assert p.slots.get("date") == "2026-11-30"
    assert p.slots.get("time") == "09:00"


def test_1d_with_no_date_after_stays() -> None:
    assert "lunedi" not in heard_tokens("prenota il tagliando per il 1D dicembre")
    assert "lunedi" not in heard_tokens("la fattura 1D 30 euro")
