"""English counter phrasing from held-out set 22 (kinds, tested on new sentences): the car asked to be got in for a
job on a day ("can we get the Brera in for a regas on Friday the 11th?": a booking, its hour asked), a plate called
up ("can you bring up DH 3 1 8 XC?": a look-up), who is calling told at the opening without "is" ("bloke on the
phone wants …": no call to make), and room asked with "could we squeeze …, or are we chock-a-block?" (a read, no
hypothetical, no second option). What stays unclear is asked or refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en

# --- the car got in for a job, asked -------------------------------------------------------------------------------


def test_a_car_asked_to_be_got_in_is_booked_its_hour_asked() -> None:
    p = parse_en("Could you get the Tipo, GA 452 LT, in for a service on Wednesday the 9th?")
    assert p.intent == "book", (p.intent, p.reason)
    assert p.slots.get("plate") == "GA452LT" and not p.slots.get("time")


def test_room_asked_with_fit_stays_a_read() -> None:
    p = parse_en("Can you fit the Tipo, GA 452 LT, in on Wednesday?")
    assert p.intent == "first_free_slot", (p.intent, p.reason)


# --- a plate called up ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Can you bring up EK 2 8 3 VD for me?", "Pull up FN 529 CK, would you?"])
def test_a_plate_called_up_is_looked_up(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "lookup_plate", (p.intent, p.reason)


def test_bring_up_without_a_plate_is_no_look_up() -> None:
    assert parse_en("Bring up the Kuga's appointment for Friday").intent != "lookup_plate"


# --- who is calling, told ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chap on the phone wants a service, when's the earliest we can fit him in?",
        "Lady on the phone, needs new tyres, what's our first opening?",
    ],
)
def test_who_is_calling_told_is_no_call(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "first_free_slot", (p.intent, p.reason)


def test_a_call_asked_stays_refused() -> None:
    p = parse_en("Get him on the phone about the tyres for Friday")
    assert p.intent is None and p.reason == "out_of_scope:unsupported_action"


# --- room asked with "could we", or are we full --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Could we squeeze a service in on Friday, or are we rammed?", "2026-11-27"),
        ("Could we slot an oil change in tomorrow morning or are we fully booked?", "2026-11-26"),
    ],
)
def test_room_asked_with_could_we_is_a_read(text: str, date: str) -> None:
    p = parse_en(text)
    assert p.intent == "first_free_slot", (p.intent, p.reason)
    assert p.slots.get("date") == date


@pytest.mark.parametrize(
    "text",
    [
        "Could we squeeze the Panda, FA 123 BC, in tomorrow at 9?",
        "Book the Panda, FA 123 BC, tomorrow at 9, or are we full?",
        "Could we book it for Friday or Monday?",
    ],
)
def test_a_write_wished_or_two_days_stay_refused(text: str) -> None:
    assert parse_en(text).intent is None


# --- set 21's leftovers: the customer bringing it in, "set it up for", "let's have it in" --------------------------


def test_the_customer_bringing_the_car_in_is_a_booking_said_back() -> None:
    p = parse_en("Mr Gerosa's bringing the Navara in Tuesday at 10 for its brakes.")
    assert p.intent == "book", (p.intent, p.reason)
    assert p.careful == "asked"  # told of the customer, not ordered: said back whole for a yes
    assert p.slots.get("date") == "2026-12-01" and p.slots.get("time") == "10:00"


def test_bringing_no_car_in_is_no_booking() -> None:
    assert parse_en("She's bringing the paperwork in later.").intent != "book"


@pytest.mark.parametrize(
    "text",
    [
        "Set it up for Thursday at 11, a service on the Jazz, GB 406 TE.",
        "Can you set the Jazz, GB 406 TE, up for a service on Thursday at 11?",
        "The Jazz, GB 406 TE, is due a service, let's have it in Thursday at 11.",
        "Let's have the Jazz, GB 406 TE, in on Thursday at 11 for a service.",
    ],
)
def test_set_up_and_had_in_are_bookings(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book", (p.intent, p.reason)
    assert p.slots.get("plate") == "GB406TE" and p.slots.get("time") == "11:00"


def test_set_up_otherwise_is_no_booking() -> None:
    assert parse_en("Set up the printer on the front desk.").intent != "book"
