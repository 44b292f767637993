"""A date's "diciotto" heard split with its "ci" hard ("venerdì, di cotto dicembre"): put back only before a month,
so the weekday is checked against the 18th; "di cotto" elsewhere stays as said. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


def test_the_eighteenth_before_its_month() -> None:
    p = parse_it("Segnami la revisione della Golf, EF 456 GH, venerdì di cotto dicembre alle 11.")
    assert p.intent == "book" and slot(p, "date") == "2026-12-18" and slot(p, "time") == "11:00", p.slots


def test_without_a_month_nothing_is_put_back() -> None:
    assert "diciotto" not in heard_tokens("il prosciutto di cotto e crudo")
