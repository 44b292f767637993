"""English as said and heard on held-out set 16 (classes, tested on new sentences): a vehicle struck "off" the
day of its appointment ("scrub the Kangoo off Thursday") a cancellation, never "drop … off" (brought in); the plate
or a time the customer "didn't leave" or "never gave" asked, no negation of the request; whisper's forms: the
"'ve" of "who've we got" lost, "who's is" for "whose is", WhatsApp split in two, "to schedule a tire change" heard
"the schedule attire change", the MOT heard "emoji", "Friday the 11th" heard "Friday to 11th". What stays unclear
is refused or asked, never written."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en

# --- a vehicle struck off the day of its appointment -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate", "day"),
    [
        ("Strike the Yaris off Monday, GM 555 NP.", "GM555NP", "2026-11-30"),
        ("Cross Mrs Amato's Clio off tomorrow, CX 808 BZ.", "CX808BZ", "2026-11-26"),
        ("Knock the white Renegade off Friday the 27th, ZA 987 YE.", "ZA987YE", "2026-11-27"),
        ("Scrap the Clio off the 3rd, CX 808 BZ, please.", "CX808BZ", "2026-12-03"),
    ],
)  # fmt: skip
def test_a_vehicle_struck_off_a_day_is_a_cancellation(text: str, plate: str, day: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": plate, "old_date": day})


@pytest.mark.parametrize(
    "text",
    [
        "Drop the Yaris off Monday, GM 555 NP.",  # brought in
        "Scrub the mud off the Clio on Friday, CX 808 BZ.",  # a part of the car, no appointment
        "Tow the Yaris off Monday, GM 555 NP.",  # no verb of striking off
        "Scrub the Yaris off, it's filthy, GM 555 NP.",  # no day after "off"
        "Knock the old tyres off Friday, CX 808 BZ.",  # parts, no vehicle
    ],
)
def test_anything_else_off_a_day_cancels_nothing(text: str) -> None:
    p = parse_en(text)
    assert not (p.handled and p.intent == "cancel"), (p.intent, p.reason, p.slots)


# --- what the customer didn't leave: asked -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Put the silver Corsa down for tyres on Friday at 10, he never gave us the plate.", "missing:plate"),
        ("Book a blue Panda in for a service Monday at 9, the chap didn't leave his reg.", "missing:plate"),
        ("Book the Clio CX 808 BZ for an oil change on Monday, she didn't give us a time.", "missing:time"),
        ("Book the Yaris GM 555 NP in for tyres, the lady hasn't given me a day.", "missing:date"),
    ],
)  # fmt: skip
def test_what_was_not_left_is_asked(text: str, missing: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and not p.handled and p.reason is not None and p.reason.startswith(missing), (
        p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Book the Clio CX 808 BZ for a service on Monday at 9, she didn't leave the keys.",
        "Book the Yaris GM 555 NP for tyres on Friday at 10, don't leave the reg on the invoice.",
        "Book the Clio CX 808 BZ for a service on Monday at 9, he didn't leave it here last time.",
    ],
)
def test_a_not_left_of_anything_else_is_still_a_negation(text: str) -> None:
    p = parse_en(text)
    assert not p.handled, (p.intent, p.reason, p.slots)


# --- whisper's forms ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("What we got in on Monday?", "2026-11-30"),
        ("Who we got in tomorrow?", "2026-11-26"),
        ("What we got on Friday the 27th?", "2026-11-27"),
    ],
)
def test_the_ve_lost_is_still_the_day_asked(text: str, day: str) -> None:
    assert_parsed(parse_en(text), "day_appointments", {"date": day})


@pytest.mark.parametrize("text", ["What we got for Mrs Amato on the Clio?", "Who we got on the Yaris, GM 555 NP?"])
def test_got_with_no_day_is_no_day_asked(text: str) -> None:
    p = parse_en(text)
    assert not (p.handled and p.intent == "day_appointments"), (p.intent, p.reason, p.slots)


def test_who_s_is_is_whose() -> None:
    assert_parsed(parse_en("Who's is the van, CX 808 BZ?"), "lookup_plate", {"plate": "CX808BZ"})


def test_who_s_is_before_anything_but_a_vehicle_looks_nothing_up() -> None:
    assert parse_en("Who's is coming in tomorrow?").intent != "lookup_plate"


def test_whatsapp_heard_in_two_is_the_channel() -> None:
    p = parse_en("What app Mr Rinaldi a confirmation for the Clio's service, CX 808 BZ.")
    assert_parsed(p, "send_confirmation", {"plate": "CX808BZ", "channel": "whatsapp"})


def test_what_app_without_a_message_sends_nothing() -> None:
    p = parse_en("What app does Mr Rinaldi use, CX 808 BZ?")
    assert not (p.handled and p.intent in ("send_confirmation", "send_reminder")), (p.intent, p.reason)


def test_a_tire_change_heard_as_attire_is_a_tyre_booking() -> None:
    p = parse_en("I want the schedule attire change for the Clio CX 808 BZ on Monday at 11.")
    assert_parsed(p, "book", {"plate": "CX808BZ", "service": "tyres", "date": "2026-11-30", "time": "11:00"})


def test_the_mot_heard_as_emoji_is_the_mot() -> None:
    p = parse_en("Book the Yaris's emoji, GM 555 NP, on Tuesday at 3.")
    assert_parsed(p, "book", {"service": "inspection", "date": "2026-12-01", "time": "15:00"})


def test_friday_to_the_11th_is_the_day_of_the_month() -> None:
    p = parse_en("Move the Clio CX 808 BZ from Monday to 30th to Thursday to 3rd at 4.")
    assert_parsed(p, "move", {"old_date": "2026-11-30", "date": "2026-12-03", "time": "16:00"})


def test_a_weekday_to_an_hour_is_left_as_heard() -> None:
    p = parse_en("Move the Clio CX 808 BZ from Monday to 11.")
    assert p.slots.get("date") != "2026-12-11", p.slots


# --- the Aygo heard "IGO" -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Move the IGO, GL 140 DR, to Tuesday at 4.", "Book her IGO, GL 140 DR, in for a service on Monday at 9."]
)
def test_the_aygo_heard_igo_after_an_article_is_the_aygo(text: str) -> None:
    p = parse_en(text)
    assert p.handled and p.slots.get("vehicle_description", {}).get("model") == "Aygo", (p.reason, p.slots)
    assert p.slots.get("plate") == "GL140DR", p.slots


def test_igo_with_no_article_is_left_as_heard() -> None:
    p = parse_en("Move IGO 140 DR to Tuesday at 4.")
    assert p.slots.get("vehicle_description", {}).get("model") != "Aygo", p.slots
