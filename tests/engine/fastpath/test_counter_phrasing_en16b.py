"""English as whisper wrote it on held-out set 16, second pass (classes, tested on new sentences; engine.fastpath.heard_en):
a model written as the English words it sounds like, a plate's NATO words clipped or run together and its letters
written as words, "break" before a brake job, "in front" for "in for an", "tomorrow at" run together, the reg not
left heard "red". What stays unclear is asked or refused, never written."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import reads_english
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it, plates_in, slot

# --- a model written as English words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "plate"),
    [
        ("Book a joke, GT 512 KR, in for a service on Monday at 9.", "Juke", "GT512KR"),
        ("Put the can go, DB 447 HM, down for tyres on Friday at 11.", "Kangoo", "DB447HM"),
        ("Shift the pekantos MOT, CR 391 TA, to Tuesday at 10.", "Picanto", "CR391TA"),
        ("Book the white eye 10, FB 220 LM, for an oil change on Monday at 9.", "i10", "FB220LM"),
        ("Put her see 3, FX 220 LB, in for brake pads on Friday at 10.", "C3", "FX220LB"),
    ],
)  # fmt: skip
def test_a_model_written_as_english_words_is_the_model(text: str, model: str, plate: str) -> None:
    p = parse_en(text)
    assert p.handled and slot(p, "model") == model and p.slots.get("plate") == plate, (p.reason, p.slots)


def test_a_model_heard_exactly_may_stand_apart_from_the_plate() -> None:
    p = parse_en("Whose is the can go, Echo Whiskey 275 Hotel Sierra?")
    assert_parsed(p, "lookup_plate", {"plate": "EW275HS", "model": "Kangoo"})


@pytest.mark.parametrize(
    "text",
    [
        "Tell me a joke about the Clio.",  # no plate, no colour: the word it is
        "Book a joke in for Monday at 9.",  # nothing says a car
        "Book the Clio, CX 808 BZ, for a service on Monday at 9, no joke.",  # a model named already
        "What's the colour, HD 209 SJ?",  # "color" is one sound from the Corolla: said of a car, never one
        "Can you see 3 cars tomorrow, GM 555 NP?",  # no article before the letter
        "When was her past MOT, GM 555 NP?",  # one vowel from the Passat, said of the job
        "Book the lady's MOT, GM 555 NP, on Monday at 9.",  # a consonant from the Caddy: only a vowel is let go
    ],
)
def test_an_english_word_stays_a_word_where_no_model_goes(text: str) -> None:
    p = parse_en(text)
    assert slot(p, "model") not in ("Juke", "Corolla", "C3", "Passat", "Caddy"), (p.intent, p.reason, p.slots)


# --- a plate's NATO words clipped or run together, its letters written as words ------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Look up Bravo Pop 512 Kilo Romeo for me.", "BP512KR"),
        ("Whose is Pop Alpha 330 Tango Zulu?", "PA330TZ"),
        ("What have we done on Delta-Kino 402 Romeo Sierra?", "DK402RS"),
        ("Look up Gofecho 220 Bravo Lima, would you?", "GE220BL"),
        ("Whose is go for Bravo 118 Tango Alpha?", "GB118TA"),
        ("Whose is the Panda, DK 402 and see?", "DK402NC"),
        ("Look up FT 339 why are for me.", "FT339YR"),
    ],
)
def test_a_plate_said_with_clipped_nato_words_or_letters_as_words(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Pop the Yaris, GM 555 NP, in for tyres on Monday at 9.", "GM555NP"),  # "pop" the verb
        ("Book the Clio, CX 808 BZ, and see if Monday at 9 works.", "CX808BZ"),  # the plate whole already
        ("We'll go for Tuesday at 10 with the Clio, CX 808 BZ.", "CX808BZ"),
    ],
)
def test_words_beside_a_whole_plate_are_left_as_said(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_clipped_words_with_no_nato_word_said_plainly_make_no_plate() -> None:
    assert "GP751WA" not in plates_in("Look up Gov Pop 751 WA.")


# --- services, days and the reg -----------------------------------------------------------------------------------


def test_a_break_job_is_the_brakes() -> None:
    p = parse_en("Book the Clio, CX 808 BZ, for a break job on Monday at 9.")
    assert_parsed(p, "book", {"plate": "CX808BZ", "service": "brakes", "date": "2026-11-30", "time": "09:00"})


def test_a_break_of_anything_else_is_no_brake_job() -> None:
    p = parse_en("Book the Clio, CX 808 BZ, in for a service on Monday at 9, before his break.")
    assert slot(p, "service") == "service", (p.reason, p.slots)


def test_in_front_before_an_mot_is_in_for_an_mot() -> None:
    p = parse_en("The Yaris, GM 555 NP, in front MOT on Friday at 10.")  # its "put" lost too
    assert_parsed(p, "book", {"plate": "GM555NP", "service": "inspection", "date": "2026-11-27", "time": "10:00"})


def test_in_front_before_anything_else_is_as_said() -> None:
    p = parse_en("The scratch is in front, book the Yaris GM 555 NP for bodywork on Monday at 9.")
    assert_parsed(p, "book", {"plate": "GM555NP", "service": "bodywork"})


def test_tomorrow_at_run_together_before_an_hour() -> None:
    p = parse_en("Book the Yaris, GM 555 NP, for tyres Tomorawat 3.")
    assert_parsed(p, "book", {"plate": "GM555NP", "service": "tyres", "date": "2026-11-26", "time": "15:00"})


def test_a_word_like_tomorrow_at_with_no_hour_is_no_day() -> None:
    p = parse_en("Book the Yaris, GM 555 NP, for tyres with Tamarawat.")
    assert p.slots.get("date") != "2026-11-26", p.slots


def test_the_reg_not_left_heard_red_is_asked() -> None:
    p = parse_en("Book a silver Corsa in for a service on Friday at 10, he didn't leave the red.")
    assert p.intent == "book" and (p.reason or "").startswith("missing:plate"), (p.reason, p.slots)


def test_red_said_of_anything_else_stays_a_negation() -> None:
    p = parse_en("Book the Corsa, CX 808 BZ, for a service on Friday at 10, he didn't leave the red one.")
    assert not p.handled, (p.reason, p.slots)


# --- Italian untouched ---------------------------------------------------------------------------------------------


def test_italian_reads_as_italian() -> None:
    assert not reads_english(tokenize("Prenota la Juke di Rossi, FP 218 NC, per i freni giovedì alle 10"))


def test_italian_words_that_look_like_english_forms_stay() -> None:
    p = parse_it("Di chi è la Panda, DK 402 e si?")
    assert "DK402NC" not in [p.slots.get("plate")], p.slots

