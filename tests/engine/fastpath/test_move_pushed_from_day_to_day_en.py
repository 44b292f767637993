"""An English move said by its two days with "pushed" or "bumped" ("she needs the Clio, DY 358 BX,
pushed from Friday the 19th of February to Friday the 26th, same time", set 43), and a weekday's number said with
no month after a date: that date's month when it falls on that weekday (February's 26th, a Friday), never asked as
if no month had been said. "Pushed to the limit", a weekday's number on no nearby month stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.dates import extract_datetime
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import WEDNESDAY, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Cereghetti rang, she needs the Clio, DY 358 BX, pushed from Friday the 19th of February to Friday "
        "the 26th, same time.",
        "The Mirabeau, DY 358 BX, wants bumping from Friday the 19th of February to Friday the 26th.",
        "Can we get the Clio, DY 358 BX, bumped from Friday the 19th of February to Friday the 26th?",
    ],
)
def test_pushed_from_day_to_day_is_a_move(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "move", (p.intent, p.reason)
    assert p.slots.get("old_date") == "2027-02-19" and p.slots.get("date") == "2027-02-26", p.slots


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("from Friday the 19th of February to Friday the 26th", date(2027, 2, 26)),
        ("da venerdì 19 febbraio a venerdì 26", date(2027, 2, 26)),
        ("from Monday the 1st of February to Monday the 1st of March", date(2027, 3, 1)),
    ],
)
def test_weekday_number_takes_the_month_said_before(said: str, day: date) -> None:
    dates = extract_datetime(tokenize(said), WEDNESDAY).dates
    assert dates[-1].day == day and not dates[-1].ambiguous, dates


def test_weekday_number_on_no_month_near_stays_asked() -> None:
    dates = extract_datetime(tokenize("from Friday the 19th of February to Monday the 26th"), WEDNESDAY).dates
    assert dates[-1].ambiguous, dates  # neither February's nor March's 26th is a Monday


@pytest.mark.parametrize(
    "text",
    [
        "He pushed the car in on Friday, DY 358 BX.",  # the car pushed, no day after "pushed"
        "She bumped into Mr Rossi on Friday, DY 358 BX.",
    ],
)
def test_pushed_without_from_or_to_a_day_is_no_move(text: str) -> None:
    p = parse_en(text)
    assert p.intent != "move", (p.intent, p.reason)
