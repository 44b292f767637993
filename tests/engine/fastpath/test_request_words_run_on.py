"""The words that open or make a request, as whisper base runs them together or cuts them (sets 17 and 18's
Italian): "di chi è" as one word before the vehicle pointed at ("Dicchie quella …"). New sentences, each with what
must still be refused or asked."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_whose_run_into_one_word_before_the_vehicle_pointed_at() -> None:
    p = _p("Tichie quella Clio grigia ferma davanti al cancello? La targa non si legge.")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", p
    assert heard_tokens("Dikkie quel camion")[:4] == ["di", "chi", "e", "quel"]


def test_whose_run_on_needs_the_vehicle_pointed_at() -> None:
    assert heard_tokens("Tichie la Clio")[:1] == ["tichie"]  # no "quel"/"quella" after it: left as heard
