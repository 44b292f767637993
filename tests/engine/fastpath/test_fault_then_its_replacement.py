"""A part told failing, then its replacement said bare (set 27: "…, FT 603 XR, ha la batteria a terra:
sostituzione mercoledì prossimo alle 8 e mezza" asked which service): the job asked is that part's, so the part's
service is kept when the symptom is blanked; another service said after the symptom is the one booked."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it, slot


def test_battery_flat_then_sostituzione_books_the_battery() -> None:
    p = parse_it(
        "La Yaris della Galli, GB 771 TE, ha la batteria a terra: sostituzione giovedì alle 9 e mezza"
    )
    assert p.intent == "book" and slot(p, "service") == "battery", (p.reason, p.slots)
    assert p.slots.get("time") == "09:30"


def test_tyres_worn_then_sostituzione_books_the_tyres() -> None:
    p = parse_it("La Yaris della Galli, GB 771 TE, ha le gomme consumate: sostituzione venerdì alle 11")
    assert p.intent == "book" and slot(p, "service") == "tyres", (p.reason, p.slots)


def test_another_service_after_the_fault_is_the_one_booked() -> None:
    p = parse_it("La Yaris della Galli, GB 771 TE, ha la batteria a terra: diagnosi giovedì alle 9 e mezza")
    assert p.intent == "book" and slot(p, "service") == "diagnosis", (p.reason, p.slots)


def test_fault_with_no_job_is_no_booking() -> None:
    p = parse_it("La Yaris della Galli, GB 771 TE, ha la batteria a terra: giovedì alle 9 e mezza")
    assert not p.handled
