"""The counter's Italian as whisper writes it (learnt from the speech bench's misses), and the
self-corrections the parser resolves: each is read as the person meant it, and everything that is not
clearly one thing is still refused or asked, never guessed."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath import parse
from engine.fastpath.corrections import resolve_corrections
from engine.fastpath.misheard import said_as
from engine.fastpath.normalize import tokenize

WEDNESDAY = date(2026, 11, 25)


def _parse(text: str, language: str = "it"):  # type: ignore[no-untyped-def]
    return parse(text, language=language, today=WEDNESDAY)


# --- self-corrections -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        (
            "Segna un cambio olio per la GN 402 CE alle 4, ehm, anzi alle 4 e mezza, venerdì.",
            "2026-11-27",
            "16:30",
        ),
        (
            "Segnà un cambio olio, per la GN402CE alle 4. M. Anzi alle 4 e mezza. Venerdì.",
            "2026-11-27",
            "16:30",
        ),
        ("Prenota un tagliando per la AB123CD lunedì, anzi martedì, alle 10.", "2026-12-01", "10:00"),
        ("Prenota un tagliando per la AB123CD lunedì alle 10, no scusa, alle 11.", "2026-11-30", "11:00"),
        ("Book an inspection for FN096HE on Friday at 2, sorry, at 3.", "2026-11-27", "15:00"),
    ],
)
def test_a_day_or_time_taken_back_for_another_is_read_as_the_second(text: str, day: str, time: str) -> None:
    p = _parse(text, "en" if text.startswith("Book") else "it")
    assert p.handled and p.intent == "book"
    assert (p.slots["date"], p.slots["time"]) == (day, time)


def test_a_move_corrected_with_no_goes_to_the_corrected_hour() -> None:
    p = _parse("Sposta la GK 604 AT a mercoledì prossimo, alle 3, no, alle 4.")
    assert p.handled and p.intent == "move"
    assert (p.slots["date"], p.slots["time"]) == ("2026-12-02", "16:00")


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un tagliando per la AB123CD domani alle 9, no?",  # a question, not a correction
        "Prenota un tagliando per la AB123CD domani alle 9, anzi",  # the correction was not heard
        "Prenota un tagliando per la AB123CD domani alle 9, anzi la CD456EF",  # not a day or an hour
        "Prenota un tagliando per la AB123CD alle 9, anzi venerdì",  # an hour taken back for a day
    ],
)
def test_a_correction_that_is_not_a_day_or_time_for_another_is_still_refused(text: str) -> None:
    assert not _parse(text).handled


def test_only_the_corrected_words_are_dropped() -> None:
    tokens = tokenize("prenota martedì alle 9, anzi alle 10 per la AB123CD")
    assert resolve_corrections(tokens) == tokenize("prenota martedì alle 10 per la AB123CD")


# --- words whisper writes for the counter's Italian -----------------------------------------------


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("dopo domani", "dopodomani"),
        ("giove di", "giovedi"),
        ("Cancela l'appuntamento di jovedì", "cancella l appuntamento di giovedi"),
        ("pela", "per la"),
        ("un cambio oolio", "un cambio olio"),
        ("tajando", "tagliando"),
        ("Domodosola Roma", "domodossola roma"),
    ],
)
def test_whispers_spellings_are_put_back(heard: str, meant: str) -> None:
    assert said_as(tokenize(heard)) == meant.split()


def test_day_after_tomorrow_in_two_words_is_not_tomorrow() -> None:
    # speech bench it-016: "dopo domani alle 11" was booked for tomorrow (the slot was taken, luckily)
    p = _parse("Senta, mi serve prenotare un tagliando per la Clio blu, la CZ204HL, dopo domani alle 11.")
    assert p.handled and p.slots["date"] == "2026-11-27"


def test_a_brake_booking_heard_with_broken_words_is_read_whole() -> None:
    p = _parse("Prenotale pastille dei freni, pela E, H990R, S, mercoledì prossimo alle 8 e mezza.")
    assert p.handled and p.intent == "book"
    assert p.slots["plate"] == "EH990RS" and p.slots["service"]["key"] == "brakes"
    assert (p.slots["date"], p.slots["time"]) == ("2026-12-02", "08:30")


def test_double_v_written_with_the_next_letter_is_w_then_that_letter() -> None:
    p = _parse("Allora, la DR745 doppia VF, quando ha fatto i freni l'ultima volta.")
    assert p.handled and p.intent == "vehicle_history" and p.slots["plate"] == "DR745WF"


def test_the_city_alphabet_misspelt_still_spells_the_plate() -> None:
    p = _parse("Allora, disdicil climatizzatore di Venerdì per la domodosola Roma 7.45 Washington Firenze.")
    assert p.handled and p.intent == "cancel"
    assert p.slots["plate"] == "DR745WF" and p.slots["old_date"] == "2026-11-27"


# --- Italian ways of asking -----------------------------------------------------------------------


def test_we_will_do_it_on_a_day_is_a_booking() -> None:
    p = _parse(
        "La Audi A3 nera, targa FD846SK: le facciamo la ricarica del climatizzatore giovedì 3 dicembre alle 2 e mezza."
    )
    assert p.handled and p.intent == "book"
    assert (p.slots["date"], p.slots["time"], p.slots["service"]["key"]) == ("2026-12-03", "14:30", "aircon")


def test_we_will_do_it_without_a_service_is_not_a_booking() -> None:
    assert _parse("Cosa le facciamo domani alla AB123CD?").intent != "book"


def test_the_first_possible_is_the_first_free_slot() -> None:
    p = _parse("Prenotami un tagliando per la Tipo grigia targa BY573LR, il primo possibile.")
    assert p.handled and p.slots.get("first_free") is True


def test_confirm_said_first_with_a_vehicle_sends_the_confirmation() -> None:
    p = _parse("Conferma per messaggio l'appuntamento della GK604AT.")
    assert p.handled and p.intent == "send_confirmation" and p.slots["plate"] == "GK604AT"


def test_confirm_alone_is_not_a_command() -> None:
    assert _parse("Conferma.").intent != "send_confirmation"


def test_why_the_customer_cannot_come_is_no_negation() -> None:
    p = _parse("Cancella la diagnosi della Clio, targa CZ204HL, il signor Romano non può venire.")
    assert p.handled and p.intent == "cancel" and p.slots["plate"] == "CZ204HL"


@pytest.mark.parametrize(
    "text",
    [
        "Non cancellare la CZ204HL, il signor Romano viene.",
        "Prenota un tagliando per la AB123CD, non domani.",
    ],
)
def test_a_real_negation_is_still_refused(text: str) -> None:
    assert not _parse(text).handled


# --- a time cut off mid-word, and more of whisper's spellings -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fissa una revisione per la Duster, targa GB281ZM, venerdì alle 9 e me",  # "e mezza" cut (it-004)
        "Fissa una revisione per la GB281ZM venerdì alle 9 e",
    ],
)
def test_a_time_whose_minutes_were_cut_off_is_asked_never_guessed(text: str) -> None:
    p = _parse(text)
    assert not p.handled and p.reason == "ambiguous:time_cut"


def test_the_cut_time_is_completed_by_the_answer() -> None:
    from engine.fastpath.parser import answer_to

    asked = _parse("Fissa una revisione per la GB281ZM venerdì alle 9 e me")
    answered = answer_to(asked, "alle 9 e mezza", today=WEDNESDAY)
    assert answered is not None and answered.handled and answered.slots["time"] == "09:30"


def test_and_then_another_action_is_no_cut_time() -> None:
    p = _parse("Prenota il tagliando per la GB281ZM venerdì alle 9 e mandagli la conferma")
    assert p.handled and p.slots["time"] == "09:00"


def test_a_booking_with_whispers_letters_and_model_is_read_whole() -> None:
    p = _parse("metti mi un cambio di oggome per la cascai, la di doppia v338n e venerdì alle 11 e meza")
    assert p.handled and p.intent == "book"
    assert p.slots["plate"] == "DW338NE" and p.slots["vehicle_description"]["model"] == "Qashqai"
    assert (p.slots["date"], p.slots["time"], p.slots["service"]["key"]) == ("2026-11-27", "11:30", "tyres")


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Che macchina? El F-T-063LC.", "FT063LC"),
        ("Chie i proprietari io della Dacia bianca, di T4-7-2SL.", "DT472SL"),
    ],
)
def test_a_plate_look_up_said_loosely_is_a_look_up(text: str, plate: str) -> None:
    p = _parse(text)
    assert p.handled and p.intent == "lookup_plate" and p.slots["plate"] == plate
    assert "customer" not in p.slots  # "di T4-7-2SL" is the plate, not a Mr T4


def test_what_a_car_without_a_plate_is_no_look_up() -> None:
    assert _parse("Che macchina bella, prenota un tagliando").intent != "lookup_plate"
