"""English counter phrasing from held-out set 20 (kinds, tested on new sentences): a part asked to be fitted ("can
you fit a new battery on …", "fit" heard "fill"), an appointment taken off its day ("take the Civic off Friday") with
why said last ("the fault's gone away"), brought forward to "this afternoon", a day that is no good and another
done instead ("Monday's no good for him, so let's do Thursday"), a day the customer would rather come "than" the
one booked, a customer who rang "wanting" a job and left no reg ("a reg", heard "a wedge": asked). What stays
unclear is asked or refused."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import brake_pads_heard, fit_heard, guessed, hour_heard_or, needs_its_heard
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_en

# --- a part asked to be fitted --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Could you fit a new battery on the Clio, DZ 130 KS, Friday at 9?", "battery"),
        ("Tomorrow at half 2, can we fit new tyres on the Passat, EB 512 CR?", "tyres"),
    ],
)  # fmt: skip
def test_a_part_asked_to_be_fitted_is_a_booking(text: str, service: str) -> None:
    assert_parsed(parse_en(text), "book", {"service": service})


@pytest.mark.parametrize(
    "text",
    [
        "can you fit a tow bar on the Volvo tomorrow",  # no job the workshop books
        "did we fit a new battery on the Volvo?",  # asked of the past, no request
    ],
)
def test_fitting_with_no_job_or_no_request_books_nothing(text: str) -> None:
    p = parse_en(text)
    assert p.intent != "book" or not p.handled, (p.intent, p.reason, p.slots)


def test_fit_heard_fill_is_put_back_and_said_back() -> None:
    heard = "At 10 tomorrow could you fill a new battery on the Clio, DZ 130 KS?"
    assert fit_heard(tokenize(heard)) != tokenize(heard) and guessed(tokenize(heard))
    p = parse_en(heard)
    assert_parsed(p, "book", {"service": "battery"})
    assert p.careful == "words"  # a guess of its verb: said back whole for a yes
    kept = "could you fill the tank of the Clio tomorrow"
    assert fit_heard(tokenize(kept)) == tokenize(kept)


# --- an appointment taken off its day, why said last -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Take the Golf, Hotel Bravo 4 1 7 Charlie Delta, off Thursday the 10th, the noise has stopped.",
        "Take the white Golf, HB 417 CD, off Thursday.",
        "Scrub the Golf off tomorrow, the problem's cleared up.",
    ],
)
def test_a_vehicle_taken_off_its_day_is_a_cancellation(text: str) -> None:
    assert_parsed(parse_en(text), "cancel", {})


@pytest.mark.parametrize("text", ["Take the wheels off Thursday.", "Take the Golf off the ramp on Thursday."])
def test_parts_or_a_ramp_taken_off_cancel_nothing(text: str) -> None:
    assert parse_en(text).intent != "cancel"


# --- brought forward to this afternoon ------------------------------------------------------------------------------


def test_brought_forward_to_this_afternoon_is_today() -> None:
    p = parse_en("Bring the Golf, HB 417 CD, forward from Friday to this afternoon at 4.")
    assert_parsed(p, "move", {"date": "2026-11-25", "time": "16:00", "old_date": "2026-11-27"})


# --- a day no good, another done instead -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Golf, HB 417 CD, Friday the 27th is no good for Mr Pola, so let's do Monday the 30th at 10 instead.",
        "The Golf, HB 417 CD, Mr Pola can't make Friday the 27th, so let's make it Monday the 30th at 10.",
    ],
)
def test_a_day_no_good_and_another_done_instead_is_a_move(text: str) -> None:
    assert_parsed(parse_en(text), "move", {"old_date": "2026-11-27", "date": "2026-11-30", "time": "10:00"})


@pytest.mark.parametrize(
    "text",
    [
        "Friday's no good, so let's do the brakes.",  # no other day
        "Friday the 27th is no good for Mr Pola.",  # no new day: a negation
    ],
)
def test_a_day_no_good_with_no_new_day_moves_nothing(text: str) -> None:
    p = parse_en(text)
    assert p.intent != "move" or not p.handled, (p.intent, p.reason, p.slots)


# --- rather come on one day than the other ---------------------------------------------------------------------------


def test_rather_come_on_a_day_than_the_other_is_a_move() -> None:
    p = parse_en(
        "Mrs Pola's Golf, HB 417 CD, she'd rather come on the 4th than the 3rd, same time if it's free."
    )
    assert_parsed(p, "move", {"date": "2026-12-04", "old_date": "2026-12-03"})


@pytest.mark.parametrize("text", ["she'd rather come in the morning", "she would rather come on Friday"])
def test_rather_with_no_day_against_another_moves_nothing(text: str) -> None:
    assert parse_en(text).intent != "move"


# --- rang wanting a job, no reg left ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A lady rang wanting a service on Friday at 10, but she didn't leave a reg.",
        "A chap rang wanting a service on Friday at 10, but he didn't leave a wedge.",
    ],
)
def test_wanting_a_job_with_no_reg_asks_for_it(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and not p.handled and p.reason == "missing:vehicle", (p.intent, p.reason)


def test_wanting_alone_books_nothing() -> None:
    assert parse_en("A customer rang wanting to know the price of tyres.").intent != "book"


# --- whisper's English of the same kinds: "break pass", "the 3rd or 2", "Nizi's" -----------------------------------


def test_brake_pads_heard_break_pass_with_its_hour_heard_or_is_said_back() -> None:
    heard = "Would you ever put the Golf, HB 417 CD, down for break pass on Friday the 4th or 3."
    assert guessed(tokenize(heard))
    p = parse_en(heard)
    assert_parsed(p, "book", {"service": "brakes", "date": "2026-12-04", "time": "15:00"})
    assert p.careful == "words"


@pytest.mark.parametrize(
    "text",
    [
        "Book the Golf, HB 417 CD, for brakes on the 4th or 5th.",  # two days offered: which?
        "Order brake parts for the Golf.",  # parts ordered, no pads
    ],
)
def test_two_days_offered_or_parts_stay_as_said(text: str) -> None:
    assert hour_heard_or(tokenize(text)) == tokenize(text)
    assert brake_pads_heard(tokenize(text)) == tokenize(text)


def test_needs_its_heard_run_together_before_a_job() -> None:
    heard = "The Golf, HB 417 CD, nizi's MOT on Friday the 4th at 10, can you pencil it in?"
    assert needs_its_heard(tokenize(heard))[5:7] == ["needs", "its"]
    p = parse_en(heard)
    assert_parsed(p, "book", {"service": "inspection"})
    assert p.careful == "words"
    kept = "Nizi's coming in on Friday"
    assert needs_its_heard(tokenize(kept)) == tokenize(kept)
