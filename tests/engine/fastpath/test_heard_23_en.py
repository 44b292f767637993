"""English as whisper base wrote it in held-out set 23 (kinds, tested on new sentences): a weekday's day of the month
and its hour run into one clock time ("Friday, 11.10": the 11th at 10) or said with "at" lost ("Friday the 11th 10");
a move asked with "could we" ("could we shift the Clio … to Monday at 10?"); a car taken off the books with its plate
spelled between; "whose is" heard "who's this" and "who's the keeper" after the plate; "who's booked in" run into
"whose booktin'"; "air con" heard "air corn"; "brake pads" heard "breakpours" or "break pause"; "half 11th" (the date's
ending copied onto the half hour's hour). A write resting on a guessed day or hour, or asked rather than ordered, is
said back whole; anything else stays as said."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import half_hour_as_ordinal, hour_after_weekday_date
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it

# --- a weekday's day of the month, then its hour ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Book the Yaris, EB 402 TK, for an oil change on Friday, 11.10.",
        "Book the Yaris, EB 402 TK, for an oil change on Friday the 11th 10.",
    ],
)
def test_a_days_number_then_an_hour_is_the_day_at_that_hour_said_back(text: str) -> None:
    p = parse_en(text)
    assert_parsed(
        p, "book", {"plate": "EB402TK", "service": "oil_change", "date": "2026-12-11", "time": "10:00"}
    )
    assert p.careful == "words"  # the day and hour guessed: said back whole for a yes


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Book the Yaris, EB 402 TK, for an oil change on Friday at 11.10.", "2026-11-27", "11:10"),
        ("Book the Yaris, EB 402 TK, for an oil change on Friday 10.30.", "2026-11-27", "10:30"),
    ],
)
def test_a_time_after_at_or_on_the_half_hour_stays_a_time(text: str, date: str, time: str) -> None:
    p = parse_en(text)
    assert p.slots.get("date") == date and p.slots.get("time") == time, p.slots


def test_more_numbers_after_the_hour_stay_as_heard() -> None:
    tokens = tokenize("on Friday 11 10 30")
    assert hour_after_weekday_date(tokens) == tokens
    assert parse_en("Book the Yaris, EB 402 TK, for an oil change on Friday 11 10 30.").reason.startswith(
        "ambiguous"
    )


def test_a_day_that_is_not_that_weekday_is_asked() -> None:
    p = parse_en("Book the Yaris, EB 402 TK, for an oil change on Tuesday, 11.10.")
    assert p.reason == "ambiguous:which_day", (p.reason, p.slots)


def test_italian_keeps_its_clock_time() -> None:
    p = parse_it("Prenota il tagliando per la Yaris EB402TK venerdì 11.10")
    assert p.slots.get("time") != "10:00", p.slots


# --- a move asked with "could we" ---------------------------------------------------------------------------------


def test_a_move_asked_with_could_we_after_a_day_off_is_a_move_said_back() -> None:
    p = parse_en(
        "Mr Bellotti phoned, he can't do Monday. Could we move the Clio, Delta Kilo 4 1 8 Papa Romeo, "
        "to Thursday the 10th at half 3?"
    )
    assert_parsed(p, "move", {"plate": "DK418PR", "date": "2026-12-10", "time": "15:30"})
    assert p.careful == "asked"


@pytest.mark.parametrize(
    "text",
    [
        "Could we squeeze the Clio, DK 418 PR, in on Thursday at 10?",  # a booking wished: still a hypothetical
        "If he rings back, could we move the Clio, DK 418 PR, to Thursday at 10?",
        "Could we move the Clio, DK 418 PR, to Thursday or Friday?",
    ],
)
def test_a_booking_wished_a_condition_or_two_days_stay_refused(text: str) -> None:
    assert parse_en(text).intent is None


# --- taken off the books, the plate spelled between ---------------------------------------------------------------


def test_a_car_taken_off_the_books_with_its_plate_spelled_is_a_cancellation() -> None:
    p = parse_en(
        "Take the green Renault Clio, Delta Kilo 4 1 8 Papa Romeo, off the books, the owner's emigrating."
    )
    assert p.intent == "cancel", (p.intent, p.reason)


def test_a_car_taken_off_the_ramp_is_no_cancellation() -> None:
    assert parse_en("Take the green Clio, DK 418 PR, off the ramp and wash it.").intent != "cancel"


# --- the owner asked: "who's this", "who's the keeper" -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Who's this, Delta Kilo 4 1 8 Papa Romeo?",
        "Run the red DK418 PR for me, who's the keeper?",
        "DK 418 PR, who's the keeper?",
    ],
)
def test_the_owner_asked_of_a_plate_is_a_look_up(text: str) -> None:
    assert_parsed(parse_en(text), "lookup_plate", {"plate": "DK418PR"})


def test_who_s_this_with_no_plate_is_no_look_up() -> None:
    assert parse_en("Who's this?").intent is None


# --- "who's booked in" run together ---------------------------------------------------------------------------------


def test_whose_booktin_for_a_day_asks_the_days_bookings() -> None:
    assert_parsed(
        parse_en("Can you tell me whose booktin' for Friday?"), "day_appointments", {"date": "2026-11-27"}
    )


def test_who_s_booking_stays_as_said() -> None:
    assert parse_en("Who's bookin' on Friday?").intent != "day_appointments"


# --- a job heard as other words -------------------------------------------------------------------------------------


def test_air_con_heard_air_corn_is_the_aircon() -> None:
    p = parse_en("Has the Leon, Delta Kilo 4 1 8 Papa Romeo, had its air corn looked at with us?")
    assert_parsed(p, "vehicle_history", {"plate": "DK418PR", "service": "aircon"})


def test_corn_anywhere_else_is_no_aircon() -> None:
    p = parse_en("Has the Leon, DK 418 PR, had its corn looked at with us?")
    assert p.slots.get("service") is None, p.slots


@pytest.mark.parametrize("pads", ["breakpours", "break pause", "breakpause"])
def test_brake_pads_heard_drawn_out_is_the_brakes(pads: str) -> None:
    p = parse_en(f"The Corolla, DK 418 PR, in for {pads} on Tuesday the 1st at 9.")
    assert_parsed(p, "book", {"plate": "DK418PR", "service": "brakes", "date": "2026-12-01", "time": "09:00"})


# --- the half hour with the date's ordinal ending copied onto its hour --------------------------------------------


@pytest.mark.parametrize("said", ["at half 11th", "and half 11th", "half 11th"])
def test_half_an_ordinal_hour_after_a_date_is_the_half_hour_said_back(said: str) -> None:
    p = parse_en(f"Book the Fabia, GC 145 ET, for an oil change on Thursday the 10th {said}.")
    assert_parsed(p, "book", {"plate": "GC145ET", "date": "2026-12-10", "time": "11:30"})
    assert p.careful == "words"


def test_half_an_ordinal_of_a_month_stays_a_date() -> None:
    tokens = tokenize("for an oil change on Thursday half 11th of December")
    assert half_hour_as_ordinal(tokens) == tokens
