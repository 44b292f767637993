"""A plate whisper misheard right after a weekday's date said in words (set 22: "di giovedì dieci, a.8.4.7RX" for
giovedì 10, HD 847 RX): the date is the day of the month, never the plate's letters ("dieci" no D C), so the
appointment's day is kept (the bench's Wednesday 25 November 2026)."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it, plates_in


def test_date_in_words_after_a_weekday_is_no_plate_letters() -> None:
    p = parse_it("conferma per SMS il tagliando di giovedì dieci, a.5.1.2TR")
    assert p.slots.get("old_date") == "2026-12-10"
    assert not str(p.slots.get("plate", "")).startswith("D")


def test_di_ci_after_no_weekday_may_still_be_letters() -> None:
    assert plates_in("la targa è dieci 5 1 2 TR") != []
