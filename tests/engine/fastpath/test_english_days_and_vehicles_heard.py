"""English days and vehicles whisper base misheard (held-out set 19; engine.fastpath.heard_en): Thursday heard
"13th day" before its date; "the" heard "a" before a day of the month in a move from one day to another; "eight"
heard as the letter A among a plate's spelled digits (a write with it said back); Zulu heard "Zune", Whiskey "is
key"; a numbered model's make heard a few sounds off ("Pugel 408"); the MOT written "Emotee" after "with" and
"emote". Each has its negative: the same words elsewhere stay as said."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it, plates_in, slot

# --- days -------------------------------------------------------------------------------------------------------------


def test_thursday_heard_thirteenth_day() -> None:
    p = parse_en("Move the Clio, FP 218 NC, from the 3rd to 13th day the 10th at 9.")
    assert_parsed(p, "move", {"plate": "FP218NC", "date": "2026-12-10", "time": "09:00"})
    assert slot(p, "old_date") == "2026-12-03"


def test_the_thirteenth_day_said_stays() -> None:
    assert "thursday" not in heard_tokens("The 13th day of the month suits Mr Bassi, FP 218 NC.")


def test_the_heard_a_before_a_day_of_the_month() -> None:
    p = parse_en("Shift the Clio, FP 218 NC, from a 3rd to Thursday the 10th, same time.")
    assert p.intent == "move" and slot(p, "old_date") == "2026-12-03", (p.reason, p.slots)
    assert heard_tokens("Knock a 3rd off the price for FP 218 NC.").count("a") == 1


# --- plates -------------------------------------------------------------------------------------------------------------


def test_eight_heard_as_a_among_spelled_digits() -> None:
    assert plates_in("Cancel the Clio's service on Friday, F-P-A-1-A NC.") == ["FP818NC"]
    p = parse_en("Book the Clio, F-P-2-A-1 NC, for an oil change on Friday at 9.")
    assert slot(p, "plate") == "FP281NC" and p.careful == "words", (p.reason, p.slots)


def test_a_as_itself_stays() -> None:
    assert plates_in("Book F P 2 8 1 N C for a service on Friday at 9.") == ["FP281NC"]
    assert parse_en("Book F-P-2-8-1 NC for a service on Friday at 9.").careful is None
    assert "8" not in heard_tokens("Give me a 2 or a 3 for FP 218 NC.")


def test_zulu_heard_zune_and_whiskey_is_key() -> None:
    assert plates_in("Whose is Charlie Kilo 604 Bravo Zune?") == ["CK604BZ"]
    assert plates_in("Whose is Echo Kilo 604 is key Romeo?") == ["EK604WR"]
    assert "zulu" not in heard_tokens("The Zune player is in the Clio, FP 218 NC.")


# --- a numbered model's make, the MOT -------------------------------------------------------------------------------------


def test_make_heard_off_before_its_model_number() -> None:
    p = parse_en("Book the blue Pugel 208, FP 218 NC, for an oil change on Friday at 9.")
    assert_parsed(p, "book", {"plate": "FP218NC", "model": "208"})
    assert "peugeot" not in heard_tokens("Book Papa 208 for FP 218 NC on Friday.")


def test_mot_written_emote() -> None:
    p = parse_en("The Clio, FP 218 NC, is due with emotee, book it for Friday at 9.")
    assert_parsed(p, "book", {"plate": "FP218NC", "service": "inspection"})
    assert "mot" not in heard_tokens("Actors emote, the Clio FP 218 NC does not.")


# --- Monday run together, whose car, a model's possessive ------------------------------------------------------------------


def test_to_monday_heard_taman_day() -> None:
    p = parse_en("Shift the red Clio, FP 218 NC, Taman Day at 11.")
    assert_parsed(p, "move", {"plate": "FP218NC", "date": "2026-11-30", "time": "11:00"})
    assert p.careful == "words"
    assert "monday" not in heard_tokens("Mr Taman called about FP 218 NC, it's a day job.")


def test_whose_car_heard_whose_call() -> None:
    assert_parsed(parse_en("whose call FP 218 NC?"), "lookup_plate", {"plate": "FP218NC"})
    assert "car" not in heard_tokens("Whose call is it to scrap the Clio?")


def test_a_models_possessive_run_on() -> None:
    p = parse_en("Send Mrs Bassi a text confirming the Captur's tyre change.")
    q = parse_en("Send Mrs Bassi a text confirming the Capturs tyre change.")
    assert slot(q, "model") == slot(p, "model") == "Captur", (q.reason, q.slots)
    assert "s" not in heard_tokens("Send Mrs Bassi the invoices for FP 218 NC.")


def test_an_e_split_off_a_model_is_no_second_action_in_english() -> None:
    p = parse_en("Book the blue E-Cle Sport, FP 218 NC, for an oil change on Friday at 9.")
    assert_parsed(p, "book", {"plate": "FP218NC", "service": "oil_change", "time": "09:00"})
    it = parse_it("Prenota il tagliando per FP 218 NC venerdì alle 9 e lavagliela bene.")
    assert it.reason is not None and it.reason.startswith("unknown_action"), (it.reason, it.slots)


def test_words_like_a_models_plural_stay() -> None:
    assert "spring" not in heard_tokens("Replace the springs on the Clio, FP 218 NC, on Friday at 9.")
    assert "partner" not in heard_tokens("Email the partners about FP 218 NC.")
    assert "fiat" not in heard_tokens("Book Mrs Fani 500 for FP 218 NC.") and "fiat" not in heard_tokens(
        "The Ferri 500 needs tyres, FP 218 NC."
    )


def test_grey_and_a_model_heard_as_words() -> None:
    p = parse_en("Please cancel the oil change for the great copter.")
    assert p.intent == "cancel" and slot(p, "model") == "Captur" and slot(p, "colour") == "grey", (
        p.reason,
        p.slots,
    )
    q = parse_en("Book the great copter for an oil change on Friday at 9.")
    assert q.careful == "words" and slot(q, "model") == "Captur", (q.reason, q.slots)
    assert "grey" not in heard_tokens("That was a great job on the Clio, FP 218 NC.")
