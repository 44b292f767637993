""" "cambio olio" over the noise: "olio" cut to "ol", or run onto "cambio" with its last "o" heard apart
("cambiooli o"), an "o" that would read as "or" and refuse two options."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_olio_last_vowel_apart_books_oil_change() -> None:
    p = parse_it("La Taigo FS614MY, cambiooli o martedì 15 dicembre alle 10.")
    assert_parsed(
        p, "book", {"plate": "FS614MY", "service": "oil_change", "date": "2026-12-15", "time": "10:00"}
    )


def test_olio_cut_asks_a_free_slot() -> None:
    p = parse_it("Venerdì 4 dicembre di mattina ci sta un cambio ol?")
    assert_parsed(p, "first_free_slot", {"service": "oil_change", "date": "2026-12-04"})


def test_ol_alone_is_no_service() -> None:
    p = parse_it("Venerdì 4 dicembre di mattina ci sta un ol?")
    assert p.slots.get("service") is None, p.slots
