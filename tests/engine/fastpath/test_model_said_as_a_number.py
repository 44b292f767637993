"""A car named by a three-digit number after its feminine article ("le pastiglie della 595, EH 552 HL: …", set 30)
was a stray number, so the hour was asked again. Three digits after "la"/"della" are no hour and no day; after
"alle" or "il" they stay numbers of their own."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_three_digits_after_della_are_the_car() -> None:
    p = parse_it("Le gomme della 695, AB 123 CD: da martedì spostale a venerdì 4 dicembre alle 11.")
    assert p.intent == "move" and p.reason is None, (p.intent, p.reason, p.slots)
    assert p.slots.get("time") == "11:00", p.slots


def test_a_real_stray_number_is_still_asked() -> None:
    # no weekday said: "venerdì 4 dicembre, 10 e mezza" is the hour dictated after its date (set 42)
    p = parse_it("Prenota un tagliando per la Punto, AB 123 CD, per il 4 dicembre 10 e mezza.")
    assert p.reason is not None and p.reason.startswith("ambiguous"), (p.intent, p.reason, p.slots)
