"""English dates as whisper wrote them on held-out set 16 (classes, tested on new sentences): "Friday the 11th" heard
"Friday to 11", read as the date only where the calendar agrees and no hour can be meant (engine.fastpath.dates), and a
day of the month in digits that no date accounts for ("on Friday, we will have 11th") asked, never dropped."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en

# --- "Friday the 11th" heard "Friday to 11" -----------------------------------------------------------------------


def test_weekdays_to_their_dates_and_the_hour_of_a_move() -> None:
    p = parse_en("Move the Clio CX 808 BZ from Thursday to 3 to Monday to 7 to 4.")
    assert_parsed(p, "move", {"old_date": "2026-12-03", "date": "2026-12-07", "time": "16:00"})


def test_a_weekday_to_a_date_no_hour_can_be() -> None:
    p = parse_en("Book the Clio CX 808 BZ for a service on Thursday to 17 at 10.")
    assert_parsed(p, "book", {"date": "2026-12-17", "time": "10:00"})


@pytest.mark.parametrize(
    "text",
    [
        "Move the Clio CX 808 BZ from Thursday to 3.",  # the 3rd, or 3 o'clock?
        "Move the Clio CX 808 BZ from Thursday to 4 to Monday at 9.",  # the 4th is a Friday
    ],
)
def test_a_weekday_to_a_number_that_may_be_an_hour_or_another_day_is_not_taken(text: str) -> None:
    p = parse_en(text)
    assert not (p.handled and p.slots.get("old_date") in ("2026-12-03", "2026-12-04")), (p.reason, p.slots)


def test_a_day_of_the_month_said_and_not_read_asks_the_day() -> None:
    p = parse_en("Book the Clio CX 808 BZ for a service on Friday, we will have 11th at 10.")
    assert not p.handled and p.reason == "ambiguous:which_day", (p.reason, p.slots)


def test_an_ordinal_right_after_a_whole_date_asks_the_time() -> None:
    p = parse_en("Move the Clio CX 808 BZ to Monday the 30th, 9th.")  # its hour written as an ordinal
    assert not p.handled and p.reason == "ambiguous:stray_number", (p.reason, p.slots)
