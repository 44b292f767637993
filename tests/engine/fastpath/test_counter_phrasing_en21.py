"""English counter phrasing from held-out set 21 (kinds, tested on new sentences): a job scrapped "for" its vehicle
("scrap the tyre change for the Golf"), the customer's call-off relayed as it happens ("she's cancelling Friday's
MOT"), a job that "needs bumping" to another day, and whether a job was done by us asked with "had" ("has the Polo
had its pads fitted with us?"). What stays unclear is asked or refused; a cancellation or a move always waits for a
yes."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en

# --- a job scrapped "for" its vehicle --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Scrap the oil change for the Golf, DA 512 KP, on the 4th.", "DA512KP"),
        ("Ditch the MOT for the white Panda, EC 731 BR.", "EC731BR"),
    ],
)  # fmt: skip
def test_a_job_scrapped_for_its_vehicle_is_cancelled(text: str, plate: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": plate})


def test_old_parts_scrapped_for_a_vehicle_cancel_nothing() -> None:
    assert parse_en("Scrap the old tyres for the Golf, DA 512 KP.").intent != "cancel"


# --- the customer's call-off relayed as it happens ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "old_date"),
    [
        ("Mrs Bernardi phoned, she's cancelling Friday's MOT on the Yaris, FB 204 LM.", "2026-11-27"),
        ("Mr Conti is canceling tomorrow's oil change on the Corsa, GA 880 TT.", "2026-11-26"),
    ],
)  # fmt: skip
def test_a_call_off_relayed_as_it_happens_is_a_cancellation(text: str, old_date: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"old_date": old_date})


@pytest.mark.parametrize(
    "text",
    [
        "She cancelled Friday's MOT on the Yaris, FB 204 LM.",  # told of as done
        "The Yaris's MOT is cancelled, FB 204 LM.",
    ],
)
def test_a_call_off_told_of_as_done_is_no_cancellation(text: str) -> None:
    assert parse_en(text).intent != "cancel"


# --- a job that "needs bumping" -------------------------------------------------------------------------------------


def test_a_job_that_needs_bumping_to_another_day_is_moved() -> None:
    p = parse_en(
        "The Qashqai, EF 417 RS, needs bumping from Tuesday to Friday the 4th, keep the half 10 slot."
    )
    assert_parsed(p, "move", {"plate": "EF417RS", "date": "2026-12-04", "time": "10:30"})


def test_a_car_that_needs_moving_in_the_yard_is_no_move() -> None:
    p = parse_en("The Qashqai needs moving out of the way.")
    assert p.intent != "move" or not p.handled, (p.intent, p.reason)


# --- a job done by us, asked with "had" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Has the silver Polo, DK 118 WE, had pads fitted with us, and at what mileage?", "brakes"),
        ("Has the Polo, DK 118 WE, had its MOT with us?", "inspection"),
    ],
)  # fmt: skip
def test_a_job_done_by_us_asked_with_had_is_the_history(text: str, service: str) -> None:
    assert_parsed(parse_en(text), "vehicle_history", {"plate": "DK118WE", "service": service})


def test_a_job_to_be_done_with_us_is_no_history() -> None:
    p = parse_en("Can you get the pads fitted with us on the Polo, DK 118 WE, tomorrow at 9?")
    assert p.intent != "vehicle_history", (p.intent, p.reason)


# --- a customer named "the <surname> lady", the name corrected as said ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Text the Donati... sorry, the Bellucci lady a reminder for the Corsa, GA 880 TT, the day before.",
        "Text the Bellucci lady a reminder for the Corsa, GA 880 TT, the day before.",
    ],
)
def test_a_customer_named_the_surname_lady_is_the_one_said_last(text: str) -> None:
    assert_parsed(parse_en(text), "send_reminder", {"plate": "GA880TT", "customer": "Bellucci"})


def test_a_name_taken_back_with_nothing_said_instead_is_still_refused() -> None:
    p = parse_en("Text the Donati... sorry, a reminder for the Corsa, GA 880 TT, the day before.")
    assert not p.handled, (p.intent, p.slots)


def test_a_call_off_in_the_irish_perfect_is_a_cancellation() -> None:
    p = parse_en("Mr Conti rang, he's after cancelling his MOT on the Yaris, GM 555 NP, for Friday.")
    assert_parsed(p, "cancel", {"plate": "GM555NP", "old_date": "2026-11-27"})


def test_has_the_car_had_asked_is_its_history_whatever_was_heard_of_the_job() -> None:
    assert_parsed(
        parse_en("Has the Panda, DK 118 WE, had new tyres?"), "vehicle_history", {"service": "tyres"}
    )
    p = parse_en("Has the Panda, DK 118 WE, had passed Filly's snack?")
    assert_parsed(p, "vehicle_history", {"plate": "DK118WE"})


@pytest.mark.parametrize(
    "text",
    [
        "Have you had a chance to look at the Panda, DK 118 WE?",  # the listener asked, not the car's past
        "Has the Panda, DK 118 WE, had its service this year.",  # told, no question
    ],
)
def test_had_not_asked_of_the_car_is_no_history(text: str) -> None:
    assert parse_en(text).intent != "vehicle_history"


# --- more counter words of the same kinds: the slot, the day's list, a job that needs pushing back, been in -------


def test_the_first_slot_asked_is_the_first_free_one() -> None:
    assert_parsed(
        parse_en("When's the next slot for an air con regas?"), "first_free_slot", {"service": "aircon"}
    )


def test_the_first_slot_with_a_booking_verb_still_books() -> None:
    p = parse_en("Put the Fiesta, EA 417 BN, in the first slot Friday for an MOT.")
    assert p.intent == "book", (p.intent, p.reason)


def test_a_days_list_asked_reads_that_day() -> None:
    assert_parsed(parse_en("Give me Thursday's list."), "day_appointments", {"date": "2026-11-26"})


def test_a_car_taken_off_a_days_list_is_cancelled_not_read() -> None:
    assert parse_en("Cross the Fiesta, EA 417 BN, off tomorrow's list.").intent == "cancel"


def test_a_job_that_needs_pushing_back_is_moved_not_booked() -> None:
    p = parse_en("The Fiesta's MOT, EA 417 BN, needs pushing back to Monday at 10.")
    assert_parsed(p, "move", {"plate": "EA417BN", "date": "2026-11-30", "time": "10:00"})


def test_has_the_car_been_in_asked_is_its_history() -> None:
    p = parse_en("Has the Fiesta, EA 417 BN, been in for its MOT this year?")
    assert_parsed(p, "vehicle_history", {"plate": "EA417BN", "service": "inspection"})


# --- the owner asked by the name on the record; a date in figures either way round ----------------------------------


@pytest.mark.parametrize("text", ["What's the name on DK 118 WE?", "Reg DK 118 WE, who's that?"])
def test_the_name_on_a_plate_asked_looks_it_up(text: str) -> None:
    assert_parsed(parse_en(text), "lookup_plate", {"plate": "DK118WE"})


def test_who_is_that_with_no_plate_looks_nothing_up() -> None:
    assert parse_en("Who's that?").intent != "lookup_plate"


def test_an_english_date_in_figures_either_way_round_is_read_day_first_and_said_back() -> None:
    p = parse_en(
        "Book the Polo, DK 118 WE, for a service on 12/4 at 2 PM."
    )  # 12 April here, December 4 in America
    assert_parsed(p, "book", {"date": "2027-04-12", "time": "14:00"})
    assert p.careful == "date_order"


def test_a_date_in_figures_only_one_way_round_is_that_day_unasked() -> None:
    p = parse_en("Book the Polo, DK 118 WE, for a service on 25/1 at 2 PM.")
    assert_parsed(p, "book", {"date": "2027-01-25", "time": "14:00"})
    assert p.careful is None


# --- the caller on the line; a surname with "chap" corrected ------------------------------------------------------


def test_a_customer_on_the_phone_told_is_no_call_to_make() -> None:
    p = parse_en("Mr Donati's on the phone, he wants the Polo, DK 118 WE, in for tyres Friday at 10.")
    assert_parsed(p, "book", {"plate": "DK118WE", "service": "tyres", "time": "10:00"})


def test_phoning_the_customer_is_still_refused() -> None:
    assert parse_en("Phone Mr Donati about the Polo, DK 118 WE.").reason == "out_of_scope:unsupported_action"


def test_a_surname_with_chap_corrected_keeps_the_one_said_last() -> None:
    p = parse_en(
        "Text the Conti chap, no, the Ferri chap, a reminder for the Polo, DK 118 WE, the day before."
    )
    assert_parsed(p, "send_reminder", {"plate": "DK118WE", "customer": "Ferri"})


# --- another day asked after one that does not suit; a job no longer needed, then cancelled --------------------------


def test_another_day_asked_after_one_that_does_not_suit_is_a_move() -> None:
    p = parse_en("Mr Ferri can't make Thursday, can we do Monday at 9 instead for the Polo, DK 118 WE?")
    assert_parsed(
        p, "move", {"plate": "DK118WE", "old_date": "2026-11-26", "date": "2026-11-30", "time": "09:00"}
    )


def test_can_we_do_a_day_with_nothing_that_does_not_suit_is_no_move() -> None:
    assert parse_en("Can we do Monday at 9 for the Polo, DK 118 WE?").intent != "move"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ferri won't need the oil change on the Polo, DK 118 WE, on Thursday after all, so cancel it.",
        "Mr Ferri doesn't need Thursday's oil change on the Polo, DK 118 WE, anymore, cancel it.",
    ],
)
def test_a_job_no_longer_needed_then_cancelled_is_a_cancellation(text: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": "DK118WE", "old_date": "2026-11-26"})


def test_a_job_not_needed_with_nothing_asked_stays_refused() -> None:
    assert not parse_en("The Polo, DK 118 WE, doesn't need an oil change.").handled


def test_all_of_them_is_still_many_records() -> None:
    assert parse_en("Cancel them all for Friday.").reason == "out_of_scope:bulk"


# --- a day gone through, what's in on a day; a job killed -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [("Run me through Friday.", "2026-11-27"), ("What's in on Monday?", "2026-11-30"), ("What's in today?", "2026-11-25")],
)  # fmt: skip
def test_a_day_gone_through_or_whats_in_asked_reads_the_day(text: str, day: str) -> None:
    assert_parsed(parse_en(text), "day_appointments", {"date": day})


def test_whats_in_with_no_day_reads_no_day() -> None:
    assert parse_en("What's in the boot of the Polo, DK 118 WE?").intent != "day_appointments"


def test_a_job_killed_is_cancelled_and_the_engine_killed_is_not() -> None:
    assert_parsed(parse_en("Kill Friday's MOT on the Polo, DK 118 WE."), "cancel", {"old_date": "2026-11-27"})
    assert parse_en("Kill the engine on the Polo, DK 118 WE.").intent != "cancel"


# --- a car got in, wished in the first person ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to get the Polo, DK 118 WE, in for an oil change Friday at 10.",
        "We want to squeeze the Polo, DK 118 WE, in for an oil change Friday at 10.",
    ],
)
def test_a_car_got_in_wished_in_the_first_person_is_a_booking(text: str) -> None:
    assert_parsed(parse_en(text), "book", {"plate": "DK118WE", "service": "oil_change", "time": "10:00"})


def test_a_car_someone_else_gets_in_is_no_booking() -> None:
    assert parse_en("He'd like to get the Polo, DK 118 WE, in himself on Friday.").intent != "book"


# --- a message "pinged" or "fired off" -------------------------------------------------------------------------------


def test_a_reminder_pinged_is_sent() -> None:
    p = parse_en("Ping Mr Ferri a reminder about the Polo, DK 118 WE, the day before.")
    assert_parsed(p, "send_reminder", {"plate": "DK118WE", "customer": "Ferri"})


def test_ping_me_when_done_sends_nothing() -> None:
    assert not parse_en("Ping me when the Polo, DK 118 WE, is done.").handled


# --- when the workshop is free, asked in other words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("When are you free for an air con regas?", "aircon"),
        ("How soon can you do a diagnostic?", "diagnosis"),
        ("When could you fit in a service?", "service"),
    ],
)  # fmt: skip
def test_when_the_workshop_is_free_asked_is_the_first_free_slot(text: str, service: str) -> None:
    assert_parsed(parse_en(text), "first_free_slot", {"service": service})


def test_when_could_you_move_it_is_no_free_slot_asked() -> None:
    assert parse_en("When could you move the Polo, DK 118 WE, to?").intent != "first_free_slot"


def test_a_regas_said_alone_is_the_air_con() -> None:
    assert_parsed(parse_en("When are you free for a regas?"), "first_free_slot", {"service": "aircon"})
    p = parse_en("The Polo, DK 118 WE, needs regassing Friday at 10.")
    assert_parsed(p, "book", {"plate": "DK118WE", "service": "aircon", "time": "10:00"})
