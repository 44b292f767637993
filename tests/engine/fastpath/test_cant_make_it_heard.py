"""The customer "non ce la fa" (can't make it) with its "ce" heard "se" ("domani non se la fa", set 30): the reason
for a move, read as said, not a negation that refuses the request; a request itself negated still is. New
sentences."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it, slot


def test_cant_make_it_heard_se_is_a_reason() -> None:
    p = parse_it("La Bianchi non se la fa giovedì: la Polo, FA 204 KL, spostala a lunedì 30 alle 11.")
    assert p.intent == "move" and slot(p, "date") == "2026-11-30" and slot(p, "time") == "11:00", (
        p.reason,
        p.slots,
    )


def test_a_negated_request_is_still_refused() -> None:
    assert parse_it("Non spostare la Polo, FA 204 KL, a lunedì 30.").intent != "move"
