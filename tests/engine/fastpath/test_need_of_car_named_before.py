"""A booking said as the need of the car named before it, with no pronoun ("alla Punto di Leone serve il cambio olio
lunedì alle 9"; only "le serve" / "gli serve" were read, so the counter's plainest way of saying it was refused,
seen speaking to the app): a booking only with its service said right after, never asked ("… serve il tagliando?",
"a cosa serve la diagnosi") nor denied ("non serve …")."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_the_cars_need_with_its_service_books() -> None:
    p = parse_it("alla Clio di Giordano serve la revisione giovedì alle 11")
    assert_parsed(p, "book", {"model": "Clio", "service": "inspection", "time": "11:00"})


def test_a_plural_need_books_too() -> None:
    p = parse_it("alla Panda della Bassi servono le gomme nuove martedì alle 3")
    assert_parsed(p, "book", {"model": "Panda", "service": "tyres", "time": "15:00"})


def test_the_need_asked_is_no_booking() -> None:
    p = parse_it("alla Clio di Giordano serve la revisione?")
    assert p.intent != "book" or not p.handled


def test_what_a_job_is_for_is_no_booking() -> None:
    p = parse_it("a cosa serve la diagnosi sulla Clio")
    assert p.intent != "book"


def test_the_need_denied_is_no_booking() -> None:
    p = parse_it("alla Clio di Giordano non serve la revisione giovedì alle 11")
    assert p.intent is None or not p.handled


def test_the_speakers_own_need_asks_the_first_free_slot() -> None:
    p = parse_it("mi serve fare un tagliando, il primo posto libero che hai")
    assert p.intent == "first_free_slot", (p.intent, p.reason)
