""" "Togli pure il clima …" heard "togli pur il clima …": "pure" with its last vowel lost is put back, so the
cancellation reads as said; "togli" with no job after it is still no cancellation. Parses on the bench's Wednesday
25 November 2026."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_pur_is_pure() -> None:
    assert heard_tokens("togli pur la revisione")[:2] == ["togli", "pure"]


def test_a_cancel_with_pur_is_read() -> None:
    p = parse_it("Togli pur la revisione della Panda bianca di giovedì 26, AB 123 CD.")
    assert_parsed(p, "cancel", {"plate": "AB123CD", "service": "inspection", "old_date": "2026-11-26"})


def test_pur_alone_cancels_nothing() -> None:
    p = parse_it("Togli pur le gomme dalla Panda, AB 123 CD.")  # the tyres off the car itself
    assert not (p.intent == "cancel" and p.handled), (p.intent, p.reason)
