"""The first slot the colleague finds, booked (set 36: "La batteria del Polonez, GA 9 0 9 EY: inseriscilo al primo
orario che trovi libero" asked for a day): "che trovi" is the first free slot, "inseriscilo" a booking word beside
a service, as "mettilo"."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "service"),
    [
        ("La batteria della Punto, AB 123 CD: inseriscilo al primo orario che trovi libero.", "AB123CD", "battery"),
        ("Inseriscilo al primo orario che trovi libero: tagliando per la Punto, AB 123 CD.", "AB123CD", "service"),
        ("Cambio gomme per la Yaris, FG 321 AB: mettila al primo buco che trovi.", "FG321AB", "tyres"),
        ("La revisione della Clio, EW 275 HS, prenotala al primo posto che trovate.", "EW275HS", "inspection"),
    ],
)
def test_first_slot_found_is_booked(text: str, plate: str, service: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"plate": plate, "service": service})
    assert p.slots.get("first_free") is True, p.slots


def test_inserisci_with_no_job_books_nothing() -> None:
    p = parse_it("Inseriscimi il numero nuovo della Punto, AB 123 CD.")
    assert p.intent != "book", (p.intent, p.reason)
