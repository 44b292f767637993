"""A booking said as the customer's or the car's need with "le serve" / "gli serve" (set 27: "…, FR 264 TB: le
serve il cambio olio lunedì 30 alle 2 e mezza" was refused): read as "ha bisogno del …" is, a booking only with its
service said right after, never asked ("le serve il tagliando?") nor denied ("non le serve …"). With it, the shades
a workshop stores by a thing's name ("color prugna", "tortora", "perla"; never "rosa", a first name too) and the
Citroën C3 Picasso."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_le_serve_with_its_service_books() -> None:
    p = parse_it("La Punto della signora Ferri, GA 412 KB: le serve la revisione venerdì 27 alle 10")
    assert_parsed(
        p, "book", {"plate": "GA412KB", "service": "inspection", "date": "2026-11-27", "time": "10:00"}
    )


def test_gli_serve_with_its_service_books() -> None:
    p = parse_it("il Doblò di Marini, GA 412 KB, gli serve il cambio gomme lunedì 30 alle 3")
    assert_parsed(p, "book", {"plate": "GA412KB", "service": "tyres", "date": "2026-11-30", "time": "15:00"})


def test_shade_by_a_things_name_and_c3_picasso() -> None:
    p = parse_it("la C3 Picasso color prugna di Ferri, GA 412 KB: le serve il tagliando lunedì 30 alle 9")
    assert_parsed(
        p, "book", {"plate": "GA412KB", "service": "service", "colour": "plum", "model": "C3 Picasso"}
    )


def test_le_serve_asked_is_no_booking() -> None:
    p = parse_it("La Punto di Ferri, GA 412 KB, le serve la revisione venerdì alle 10?")
    assert p.intent != "book" or not p.handled


def test_le_serve_denied_is_no_booking() -> None:
    p = parse_it("La Punto di Ferri, GA 412 KB: non le serve la revisione venerdì alle 10")
    assert p.intent is None or not p.handled


def test_le_serve_without_a_service_is_no_booking() -> None:
    p = parse_it("La Punto di Ferri, GA 412 KB, le serve un passaggio venerdì alle 10")
    assert p.intent != "book" or not p.handled


def test_rosa_stays_a_first_name() -> None:
    p = parse_it("prenota un tagliando per la macchina di Rosa Bianchi lunedì alle 9")
    assert p.slots.get("customer") == "Rosa Bianchi", p.slots
