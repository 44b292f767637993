"""English requests said the counter's way (set 30): a courtesy said last ("…, if you'd be so kind") is no
condition; "scratch" after the customer's call told ("Mrs Rossi rang: scratch …") is a cancellation, with the name
said instead of a taken-back one read as the customer ("Mrs A, sorry, Mrs B rang"); a car said due its job with its
plate, day and hour ("the Juke's due its MOT: EZ 606 NB, Friday at 9") is a booking said back for a yes; and "how
busy are the lads on Friday" is that day's agenda; "any room" heard "and he room" still asks the room."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    "said",
    [
        "Book the Clio, AB 123 CD, for an MOT on Friday the 27th at 9, if you'd be so kind.",
        "Put the Panda AB 123 CD in for an oil change Monday the 30th at half 2, if you would be so good",
        "Book the Clio AB 123 CD for an MOT on Friday at 9 if you don't mind, thanks",
    ],
)
def test_a_courtesy_said_last_is_no_condition(said: str) -> None:
    assert_parsed(parse_en(said), "book", {"plate": "AB123CD"})


@pytest.mark.parametrize(
    "said",
    [
        "Book the Clio AB 123 CD for an MOT on Friday at 9 if you don't mind the wait",  # more said after it
        "If you'd be so kind, book the Clio AB 123 CD for an MOT on Friday at 9 if he agrees",  # a real condition
    ],
)
def test_a_condition_stays_refused(said: str) -> None:
    assert not parse_en(said).handled


def test_scratch_after_the_call_told_is_a_cancellation() -> None:
    p = parse_en("Mr Bellandi rang: scratch Friday's appointment for the Panda, AB 123 CD.")
    assert_parsed(p, "cancel", {"plate": "AB123CD", "old_date": "2026-11-27"})


def test_the_name_said_instead_is_the_customer() -> None:
    p = parse_en(
        "Mrs Castagnoli, sorry, Mrs Bellandi rang: scratch Friday's appointment for the Panda, AB 123 CD."
    )
    assert_parsed(p, "cancel", {"plate": "AB123CD", "customer": "Bellandi"})


def test_a_scratch_told_of_stays_as_said() -> None:
    p = parse_en("Mr Bellandi rang about the scratch on the door of the Panda, AB 123 CD")
    assert p.intent != "cancel"


@pytest.mark.parametrize(
    "said",
    [
        "Right, the Juke's due its MOT: AB 123 CD, Friday the 27th, half 10, if you'd be so kind.",
        "The red Juke is due for an oil change, AB 123 CD, Monday the 30th at 3",
    ],
)
def test_due_its_job_with_plate_day_and_hour_is_a_booking_said_back(said: str) -> None:
    p = parse_en(said)
    assert_parsed(p, "book", {"plate": "AB123CD"})
    assert p.careful == "verbless", (p.careful, p.reason)


@pytest.mark.parametrize(
    "said",
    [
        "The Juke's due its MOT: AB 123 CD, by Friday the 27th at 10",  # a deadline
        "The Juke's due its MOT: AB 123 CD, Friday the 27th",  # a day alone: the deadline, no slot asked
        "The Juke was due its MOT, AB 123 CD, Friday at 9",  # told of
        "Is the Juke due its MOT, AB 123 CD, Friday at 9?",  # asked
    ],
)
def test_due_told_or_asked_is_no_booking(said: str) -> None:
    assert parse_en(said).intent != "book"


def test_how_busy_are_the_lads_on_a_day_is_its_agenda() -> None:
    assert_parsed(parse_en("How busy are the lads on Tuesday the 1st, who are we God?"), "day_appointments",
                  {"date": "2026-12-01"})  # fmt: skip


def test_how_busy_with_no_day_is_no_agenda() -> None:
    assert parse_en("How busy are the lads?").intent != "day_appointments"


@pytest.mark.parametrize(
    "said",
    ["And he room on Monday the 30th full brake pads.", "and y space on Monday the 30th for brake pads?"],
)
def test_any_heard_split_before_the_room_asked_is_the_first_free_slot(said: str) -> None:
    assert_parsed(parse_en(said), "first_free_slot", {"date": "2026-11-30"})


def test_and_he_said_stays_as_said() -> None:
    assert parse_en("And he said the room on Monday the 30th was booked").intent != "first_free_slot"
