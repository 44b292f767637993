"""A move to Thursday with "a gio" run onto its verb and "vedì" heard as a word of its own ("… da mercoledì
passaggio vedi alle 10" for "passa a giovedì alle 10", the app under Xvfb, uc32): put back where the verb takes an
appointment to a day and its hour, date or part of the day follows. "un passaggio, vedi tu" (a lift) stays as
heard. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


def test_the_thursday_is_put_back_after_its_verb() -> None:
    assert heard_tokens("la revisione spostaggio vedi alle 9")[2:5] == ["sposta", "a", "giovedi"]


def test_the_job_then_passes_to_thursday() -> None:
    p = parse_it("Il cambio olio della Golf, EF 456 GH, da lunedì passaggio vedi alle 11.")
    assert p.intent == "move" and (slot(p, "old_date"), slot(p, "date")) == ("2026-11-30", "2026-11-26"), (
        p.slots
    )


def test_a_lift_is_no_thursday() -> None:
    assert "giovedi" not in heard_tokens("Mi serve un passaggio, vedi tu.")
    assert "giovedi" not in heard_tokens("Mi serve un passaggio vedi alle 10")
