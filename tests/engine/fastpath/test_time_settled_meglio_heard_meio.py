"""A time taken back and the one settled on said with "meglio", which whisper writes as it is often said, "meio"
("Cambio olio mercoledì 16 dicembre alle 4. No aspetta, meio alle 5.", set 34; the sentences below are new): the
hour said after it is the time. Only after a correction's marker and before the value: with no value after it, or
two, the request stays refused (the fast path never picks an hour)."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_hour_settled_with_meio_after_no_aspetta() -> None:
    p = parse_it("Cambio olio per la AB123CD mercoledì 16 dicembre alle 4. No aspetta, meio alle 5.")
    assert p.intent == "book" and p.slots.get("time") == "17:00", (p.intent, p.reason, p.slots)
    assert p.slots.get("date") == "2026-12-16", p.slots


def test_other_markers_and_hours() -> None:
    p = parse_it("Tagliando per la EF456GH venerdì 4 dicembre alle 10, no, meio alle 11.")
    assert p.intent == "book" and p.slots.get("time") == "11:00", (p.intent, p.reason, p.slots)
    p = parse_it("la revisione della FT789MN lunedì 7 dicembre alle 9, anzi meio alle 9 e mezza")
    assert p.intent == "book" and p.slots.get("time") == "09:30", (p.intent, p.reason, p.slots)


def test_meio_with_no_hour_or_two_stays_refused() -> None:
    p = parse_it("Cambio olio per la AB123CD mercoledì 16 dicembre alle 4. No aspetta, meio.")
    assert p.intent is None, (p.intent, p.reason, p.slots)
    p = parse_it("Cambio olio per la AB123CD mercoledì 16 dicembre alle 4. No aspetta, meio alle 5 o alle 6.")
    assert p.intent is None, (p.intent, p.reason, p.slots)
