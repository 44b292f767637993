"""An appointment taken off named by its day alone ("togli quello di domani pomeriggio, la signora ha disdetto"):
a cancel, the vehicle then asked; "disdetto" heard "distetto". New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_that_one_of_a_day_taken_off_is_a_cancel() -> None:
    p = _p("Togli quello di giovedì mattina. Il signore ha distetto.")
    assert p.intent == "cancel" and p.slots["old_date"] == "2026-03-05" and "plate" not in p.slots, p


def test_disdetto_heard_distetto() -> None:
    assert heard_tokens("ha distetto") == ["ha", "disdetto"]


def test_that_one_taken_off_something_else_is_no_cancel() -> None:
    assert _p("togli quello dal ponte").intent is None
    assert _p("togli quella di ieri dalla lista").intent is None
