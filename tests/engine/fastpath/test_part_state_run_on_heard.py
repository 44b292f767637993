"""A part with the state it is in run onto it, the state a sound off ("ha le gommelice", "gommelisse": gomme lisce),
as whisper base writes it: put apart so what the car has is read as the reason for the job, and the part's service
is the booking's. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_tyres_worn_run_together_then_the_first_free_slot() -> None:
    assert heard_tokens("ha le gommelisse")[-2:] == ["gomme", "lisce"]
    p = _p("La Yaris di Bonacina, FG 318 KT, ha le gommelice: mettimela al primo buco che hai.")
    assert p.intent == "book" and p.slots["service"]["key"] == "tyres" and p.slots.get("first_free"), p


def test_a_word_that_only_opens_with_a_part_stays() -> None:
    assert heard_tokens("gommelino") == ["gommelino"]
    assert heard_tokens("le gommeline")[-1:] == ["gommeline"]  # no state one sound off
