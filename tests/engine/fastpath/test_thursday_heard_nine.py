""" "giovedì 3" heard "9.3" over the noise (sets 24 to 26), its "gio-" heard as nove: put back only where the number
cannot be an hour, a month right after it ("9.3 dicembre") or "stessa ora" saying the hour stays ("sposta … a 9.3
stessa ora", "a 9.10, stessa ora"), so the weekday is checked against the date. "alle 9.30" stays an hour, and a
date that is no Thursday is asked. Parses on the bench's Wednesday 25 November 2026 (Thursdays 3 and 10 December)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sposta la revisione della Punto, AB 123 CD, a 9.3 stessa ora", "2026-12-03"),
        ("Sposta la revisione della Punto, AB 123 CD, a 9.10, stessa ora", "2026-12-10"),
    ],
)  # fmt: skip
def test_thursday_heard_nine_before_stessa_ora(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "move", {"plate": "AB123CD", "date": date})


def test_thursday_heard_nine_before_its_month() -> None:
    assert_parsed(parse_it("9.3 dicembre di pomeriggio c'è spazio per un tagliando?"), "first_free_slot",
                  {"date": "2026-12-03"})  # fmt: skip


def test_nine_on_a_date_no_thursday_is_asked() -> None:
    p = parse_it("Sposta la revisione della Punto, AB 123 CD, a 9.4 stessa ora")
    assert not p.handled, (p.reason, p.slots)


def test_an_hour_after_alle_stays() -> None:
    assert_parsed(parse_it("Segnami un tagliando per la Punto, AB 123 CD, alle 9.30 di giovedì 3 dicembre"), "book",
                  {"date": "2026-12-03", "time": "09:30"})  # fmt: skip


def test_a_plates_digits_before_a_month_name_stay() -> None:
    from tests.engine.fastpath.italian import parse_en

    assert_parsed(parse_en("Take the purple Opel Adam, Echo X-ray 5 9 3 November Foxtrot, off the books"), "cancel",
                  {"plate": "EX593NF"})  # fmt: skip
