"""English as whisper base wrote it in held-out set 22 (kinds, tested on new sentences): Kilo written as its weight's
unit as a word of its own ("889 kg alpha"), Foxtrot heard "Forkstraut", Ford heard as the number "4" before one of
its models and grey heard "grade" before a make, "in for" run onto the job ("infertiles", "infotires": in for
tyres), "who's booked in" heard "whose book in", and a plate's K A heard as the make "KIA". Each is put back only
where its kind goes; the same words anywhere else stay as said."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates
from tests.engine.fastpath.italian import parse_en


def _plates(text: str) -> list[str]:
    return [m.plate for m in find_plates(put_back(heard_tokens(text)))]


# --- a plate's NATO words ------------------------------------------------------------------------------------------


def test_kilo_written_as_its_unit_before_a_nato_word() -> None:
    assert _plates("when did the Jumper, Golf Delta 412 kg Romeo, last have its brakes done?") == ["GD412KR"]


def test_a_weight_stays_a_weight() -> None:
    assert "GD412KR" not in _plates("the Jumper carries 412 kg of tools")


def test_foxtrot_heard_with_its_vowels_run() -> None:
    assert _plates("move the Golf, Forkstraut Echo 508 Lima Delta, to Friday") == ["FE508LD"]


# --- the vehicle described -----------------------------------------------------------------------------------------


def test_ford_heard_four_before_its_model_and_grey_heard_grade() -> None:
    p = parse_en("Book the grade 4 Focus, Delta Alpha 2 3 8 Kilo Papa, in for a service on Friday at 9.")
    desc = p.slots.get("vehicle_description") or {}
    assert (desc.get("colour"), desc.get("make"), desc.get("model")) == ("grey", "Ford", "Focus")


def test_four_and_great_elsewhere_stay() -> None:
    assert put_back(heard_tokens("a great job on 4 Focus tyres")) == heard_tokens(
        "a great job on 4 Focus tyres"
    )


# --- in for the job, run together ----------------------------------------------------------------------------------


@pytest.mark.parametrize("heard", ["Infertiles", "InfoTires"])
def test_in_for_run_onto_the_job(heard: str) -> None:
    p = parse_en(f"Stick the red Corsa, DA 412 KP, {heard} on Tuesday the 1st at 10.")
    assert p.intent == "book", (p.intent, p.reason)
    assert (p.slots.get("service") or {}).get("key") == "tyres"


def test_information_stays() -> None:
    assert "information" in put_back(heard_tokens("send her the information about the Corsa"))


# --- the day's bookings asked --------------------------------------------------------------------------------------


def test_whose_book_in_asks_the_days_bookings() -> None:
    p = parse_en("Take me through Tuesday the 1st, whose book in and when.")
    assert p.intent == "day_appointments", (p.intent, p.reason)
    assert p.slots.get("date") == "2026-12-01"


def test_whose_book_is_it_stays_as_said() -> None:
    assert put_back(heard_tokens("whose book is this")) == ["whose", "book", "is", "this"]


# --- a plate's K A heard as the make -------------------------------------------------------------------------------


def test_kia_ending_a_plate_is_its_letters() -> None:
    p = parse_en("Book the silver Yaris, FM 889 KIA, for a service on Friday at 9.")
    assert p.slots.get("plate") == "FM889KA"
    assert (p.slots.get("vehicle_description") or {}).get("make") == "Toyota"


def test_kia_said_as_the_make_stays_the_make() -> None:
    p = parse_en("Book the white Kia, FM 889 KA, for a service on Friday at 9.")
    assert p.slots.get("plate") == "FM889KA"
    assert (p.slots.get("vehicle_description") or {}).get("make") == "Kia"


# --- models the catalogue lacked -----------------------------------------------------------------------------------


def test_a_bare_booking_of_an_agila() -> None:
    p = parse_en("The green Agila, Echo Kilo 2 8 3 Victor Delta, for brake pads on Friday at 10.")
    assert p.intent == "book", (p.intent, p.reason)
    assert (p.slots.get("vehicle_description") or {}).get("model") == "Agila"


# --- more of the same kinds, from sets 19 to 22 --------------------------------------------------------------------


def test_registered_keeper_heard_without_its_ed() -> None:
    p = parse_en("Who's the register keeper of Golf Echo 5 1 2 Tango Bravo?")
    assert p.intent == "lookup_plate" and p.slots.get("plate") == "GE512TB"


def test_ac_heard_a_sea_before_recharge() -> None:
    p = parse_en("Book the white Tipo, GA 452 LT, for a sea recharge on Monday the 30th at 11.")
    assert (p.slots.get("service") or {}).get("key") == "aircon"
    assert put_back(heard_tokens("we went to see the sea")) == heard_tokens("we went to see the sea")


def test_mot_heard_motion_after_its() -> None:
    p = parse_en("Could you book the blue Jazz, GB 406 TE, in for its motion on Friday at 9?")
    assert (p.slots.get("service") or {}).get("key") == "inspection"
    assert "motion" in put_back(heard_tokens("the lift is in motion"))


def test_could_you_book_the_run_together_is_said_back() -> None:
    p = parse_en("Kudyu booked blue Honda Jazz, GB 406 TE, in for a service Friday at 9.")
    assert p.intent == "book", (p.intent, p.reason)
    assert p.careful == "words"  # the verb a guess: said back whole for a yes


def test_foxtrot_heard_falkstruck() -> None:
    assert _plates("cancel the Civic, Falkstruck Kilo 843 Echo Victor, on Friday") == ["FK843EV"]


def test_leaf_springs_are_no_nissan() -> None:
    p = parse_en("Book the Transit, FA 123 BC, for new leaf springs on Friday at 9.")
    assert (p.slots.get("vehicle_description") or {}).get("model") == "Transit"


def test_a_nato_word_written_plural_is_its_letter() -> None:
    assert _plates("who owns Golf X-ray 4 1 7 Mike Yankees?") == ["GX417MY"]
    assert _plates("we sold two tangos and the deltas") == []
