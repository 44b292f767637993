"""English request words whisper base blurred or ran together (held-out set 19, the main set; engine.fastpath.heard_en):
"cancel" heard "Tanso", "Tonsult", "Console" opening the request; "booked in" heard "booking" after the vehicle of a
"get … in" request; "stick it in" run into one word ("Stigling", "sticking in"); "push" heard "post"; "earliest"
heard "early is"; "air con regas" heard "I have con regards"; a day's "'s bookings" heard "Spokings"; "brake pads"
run together. A write resting on a guessed verb is said back whole for a yes (`Parse.careful` "words"). Each has its
negative: the same words elsewhere stay as said."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_en, slot

# --- cancel blurred -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tanso the Clio's oil change on Friday, FP 218 NC.",
        "Tonsult tomorrow's booking for FP 218 NC, she's away.",
        "Console Friday's appointment for FP 218 NC please.",
    ],
)
def test_cancel_blurred_opening_a_request(text: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": "FP218NC"})


def test_words_like_cancel_elsewhere_stay() -> None:
    assert heard_tokens("Consult the diary for FP 218 NC on Friday.")[0] == "consult"
    assert heard_tokens("Console the customer, FP 218 NC is late.")[0] == "console"  # no appointment named
    assert "cancel" not in heard_tokens("We sold tons of tyres to FP 218 NC on Friday.")


# --- booked in, stick it in, push: a guessed verb, the write said back -----------------------------------------------


def test_booked_in_heard_booking_after_the_vehicle() -> None:
    p = parse_en(
        "Could I get the red Clio, Foxtrot Papa 218 November Charlie, booking for an oil change on Friday at 9?"
    )
    assert_parsed(p, "book", {"plate": "FP218NC", "service": "oil_change", "time": "09:00"})
    assert p.careful == "words"


def test_a_booking_asked_for_stays() -> None:
    assert "booked" not in heard_tokens("Can I get the booking for the Clio, FP 218 NC?")
    assert (
        parse_en("Can I get the red Clio, FP 218 NC, booked in for an oil change on Friday at 9?").careful
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Clio, Foxtrot Papa 218 November Charlie, needs its MOT, stigling for Tuesday the 1st at 11.",
        "The Clio, Foxtrot Papa 218 November Charlie, needs its MOT, sticking in for Tuesday the 1st at 11.",
    ],
)
def test_stick_it_in_run_together(text: str) -> None:
    p = parse_en(text)
    assert_parsed(
        p, "book", {"plate": "FP218NC", "service": "inspection", "time": "11:00", "date": "2026-12-01"}
    )
    assert p.careful == "words"


def test_sticking_said_as_itself_stays() -> None:
    assert "stick" not in heard_tokens("The door of FP 218 NC is sticking in the cold since Monday.")
    assert "stick" not in heard_tokens("The clutch keeps sticking, FP 218 NC, for a week now.")


def test_push_heard_post() -> None:
    p = parse_en("Could you post the oil change for the Clio, FP 218 NC, to Friday at 10?")
    assert_parsed(p, "move", {"plate": "FP218NC", "time": "10:00"})
    assert p.careful == "words"


def test_post_said_as_itself_stays() -> None:
    assert "push" not in heard_tokens("Post the invoice for FP 218 NC to Mr Bassi.")
    assert "push" not in heard_tokens("Can you post the oil change receipt for FP 218 NC?")


# --- reads: earliest, air con regas, a day's bookings ----------------------------------------------------------------


def test_earliest_heard_in_two() -> None:
    p = parse_en("What's the early is you can fit an oil change?")
    assert p.intent == "first_free_slot" and slot(p, "service") == "oil_change", (p.reason, p.slots)
    assert "earliest" not in heard_tokens("He came early, is the Clio ready?")


def test_air_con_regas_heard() -> None:
    p = parse_en("I have con regards, what's the first free slot?")
    assert p.intent == "first_free_slot" and slot(p, "service") == "aircon", (p.reason, p.slots)
    assert "regas" not in heard_tokens("Send Mr Bassi our kind regards about FP 218 NC.")


def test_a_days_bookings_run_together() -> None:
    p = parse_en("Read me Tuesday the 1 Spokings please.")
    assert p.intent == "day_appointments" and slot(p, "date") == "2026-12-01", (p.reason, p.slots)
    assert "bookings" not in heard_tokens("The wheel spokings on FP 218 NC are bent.")


# --- brake pads run together ------------------------------------------------------------------------------------------


def test_brake_pads_run_together() -> None:
    p = parse_en("Mr Bassi wants brakepats done on FP 218 NC on Friday at 9.")
    assert_parsed(p, "book", {"plate": "FP218NC", "service": "brakes"})
    assert "pads" not in heard_tokens("Bring the breakfast to Mr Bassi.")


def test_tyre_change_heard_tired_change() -> None:
    p = parse_en("WhatsApp Mrs Bassi a reminder the day before her tired change, FP 218 NC.")
    assert p.intent == "send_reminder" and slot(p, "service") == "tyres", (p.reason, p.slots)
    assert "tyre" not in heard_tokens("Mrs Bassi is tired, change the Clio's booking, FP 218 NC.")
    assert "tyre" not in heard_tokens("The tired mechanic fixed the snow chain on FP 218 NC.")


def test_look_up_heard_the_cup() -> None:
    assert_parsed(parse_en("The cup plate FP 218 NC, please."), "lookup_plate", {"plate": "FP218NC"})
    assert heard_tokens("A cup of tea for Mr Bassi, FP 218 NC.")[:2] == ["a", "cup"]


def test_schedule_an_blurred_opening_a_request() -> None:
    p = parse_en("Getsule and MOT for FP 218 NC on Monday at 10.")
    assert_parsed(p, "book", {"plate": "FP218NC", "service": "inspection", "time": "10:00"})
    assert p.careful == "words"
    assert heard_tokens("Gatsule and Bassi rang about FP 218 NC.")[0] == "gatsule"  # no service after it


# --- a day's job scrapped, scrap heard grab ---------------------------------------------------------------------------


def test_a_days_job_scrapped_and_scrap_heard_grab() -> None:
    assert_parsed(parse_en("Scrap Friday's job on the Clio, FP 218 NC."), "cancel", {"plate": "FP218NC"})
    p = parse_en("Grab tomorrow's tyre job on the Clio, Foxtrot Papa 218 November Charlie.")
    assert_parsed(p, "cancel", {"plate": "FP218NC", "old_date": "2026-11-26"})


def test_grab_and_a_job_sheet_stay() -> None:
    assert heard_tokens("Grab tomorrow's job sheet for the Clio, FP 218 NC.")[0] == "grab"
    assert parse_en("Scrap tomorrow's job sheet for the Clio, FP 218 NC.").intent != "cancel"
    assert heard_tokens("Grab the keys of the Clio, FP 218 NC, for tomorrow's job.")[0] == "grab"
