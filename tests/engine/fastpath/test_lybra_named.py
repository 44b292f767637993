"""The Lancia Lybra named, as said and as whisper base spells it the Italian way ("la Libra", set 22): a model the
fast path knows, so a plate heard one symbol off is checked against it (the bench's Wednesday 25 November 2026)."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it, slot


def test_libra_is_the_lybra() -> None:
    p = parse_it("di chi è la Libra grigia, AB 123 CD?")
    assert_parsed(p, "lookup_plate", {"plate": "AB123CD", "model": "Lybra"})


def test_lybra_as_written() -> None:
    assert slot(parse_it("prenota un tagliando per la Lybra, AB 123 CD, domani alle 9"), "model") == "Lybra"
