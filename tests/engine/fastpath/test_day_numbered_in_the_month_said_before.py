"""A weekday and its number said without a month, after a date said with its month, is that date's month's day when
it falls on that weekday: "da giovedì 10 giugno lo portiamo a sabato 12" moves to Saturday 12 June, though Saturday
12 December is nearer today (set 52, at s50start: moved to December, a wrong write). With no date before, or none in
that month on that weekday, the one near today, as before."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Il tagliando del Troller, DB 940 NM: da giovedì 10 giugno lo portiamo a sabato 12, alle 9.", "2027-06-10", "2027-06-12"),
        ("La revisione della Bandini, GD 925 MA: non più giovedì 10 giugno ma martedì 15, alle 4 e mezza.", "2027-06-10", "2027-06-15"),
        ("Sposta la revisione di AB 123 CD da venerdì 19 febbraio a venerdì 26 alle 10.", "2027-02-19", "2027-02-26"),
        ("Move AB 123 CD's service from Thursday the 10th of June to Saturday the 12th at 9.", "2027-06-10", "2027-06-12"),
        ("Sposta il tagliando di AB 123 CD da giovedì 3 dicembre a sabato 12 alle 9.", "2026-12-03", "2026-12-12"),
    ],
)
def test_the_new_day_is_in_the_month_of_the_old(text: str, old: str, new: str) -> None:
    language = "en" if text.startswith("Move") else "it"
    p = parse(text, language=language, today=TODAY)
    assert (p.intent, str(p.slots.get("old_date")), str(p.slots.get("date"))) == ("move", old, new), p


def test_with_no_date_before_the_day_near_today() -> None:
    p = parse("Prenota il tagliando per AB 123 CD sabato 12 alle 9.", language="it", today=TODAY)
    assert str(p.slots.get("date")) == "2026-12-12", p
