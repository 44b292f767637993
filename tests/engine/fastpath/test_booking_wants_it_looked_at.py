"""The customer's wish to have the job looked at (set 48: "È passato il signor Tirabassi col Conosur verde, DB 475
LV: vuole far guardare i freni, le pastiglie, martedì 12 gennaio alle 2 e mezzo." was refused): a booking, as "vuole
far controllare" is; asked, or with no day, it is no write."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "È passato il signor Tirabassi col Conosur verde, DB 475 LV: vuole far guardare i freni, le pastiglie, "
        "martedì 12 gennaio alle 2 e mezzo.",
        "Il signor Tirabassi, DB 475 LV, vorrebbe far guardare i freni martedì 12 gennaio alle 2 e mezzo.",
    ],
)
def test_looked_at_is_booked(text: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "DB475LV", "service": "brakes", "date": "2027-01-12",
                                           "time": "14:30"})


@pytest.mark.parametrize(
    "text",
    [
        "Il signor Tirabassi, DB 475 LV, vuole far guardare i freni?",  # no day: asked
        "Il signor Tirabassi, DB 475 LV, non vuole far guardare i freni martedì 12 gennaio alle 2 e mezzo.",
    ],
)
def test_no_booking_written(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)
