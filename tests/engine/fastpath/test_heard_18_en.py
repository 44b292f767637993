"""English as whisper wrote it on held-out set 18 (kinds of mishearing, tested on new sentences; engine.fastpath.heard_en):
a plate's NATO words heard as other words (Foxtrot as "fox" and a word of its own, Whiskey as "with key", Kilo written
as the weight after the digits, Mike as "mine"); "scratch" said as the counter's cancel; "the owner" heard "they own";
"is there" heard "is their"; the half hour heard as an ordinal hour and "-irty" ("at 9th early") or "half" heard
"have" ("at have to"); "in for" run into one word before a service ("Inferno oil change"); the MOT written as a word
("emoteon"); "book a" run together opening a request ("Local service …"); "brought forward" a move.
Each has its negative: the same words elsewhere stay as said."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_en, plates_in, slot, wrote_nothing
from wp_api.contract import CallContext

# --- a plate's NATO words heard as other words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Look up Fox drawed Lima 512 Echo Tango for me.", "FL512ET"),
        ("Whose is Fox trod Papa 640 Bravo Delta?", "FP640BD"),
        ("Cancel the tyres on Golf with key 318 Papa Romeo.", "GW318PR"),
        ("Send Mr Bassi a reminder for the tyres, Delta Zulu 227kg Romeo.", "DZ227KR"),
        ("Whose is Echo Papa 731 Lima mine?", "EP731LM"),
    ],
)
def test_nato_words_heard_otherwise_complete_the_plate(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_words_like_nato_away_from_a_plate_stay_words() -> None:
    heard = heard_tokens("The fox drawed a crowd, the Clio with key problems is mine, 40kg of parts, FP 218 NC.")
    assert "foxtrot" not in heard and "whiskey" not in heard and "mike" not in heard and "kilo" not in heard
    assert plates_in("The Clio is mine, FP 218 NC.") == ["FP218NC"]


# --- scratch, the owner, is there ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Scratch Monday's oil change for the Clio, FP 218 NC, she sold it.",
        "Mrs Conti rang, FP 218 NC, so scratch her oil change on Monday.",
    ],
)
def test_scratch_as_an_order_is_a_cancel(text: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": "FP218NC"})


def test_scratch_that_stays_an_undo_and_a_scratch_stays_bodywork() -> None:
    assert parse_en("Scratch that.").reason == "out_of_scope:undo"
    p = parse_en("There's a scratch on the wing of FP 218 NC, book it in for Monday at 9.")
    assert p.intent == "book", (p.reason, p.slots)


@pytest.mark.parametrize("text", ["Tell me who they own is of FP 218 NC.", "Who's they owner of Foxtrot Papa 218 November Charlie?"])
def test_the_owner_heard_they_own(text: str) -> None:
    assert_parsed(parse_en(text), "lookup_plate", {"plate": "FP218NC"})


def test_they_own_said_of_people_stays() -> None:
    assert "owner" not in heard_tokens("They own a Clio and a Panda, FP 218 NC.")


@pytest.mark.parametrize(
    "text", ["Is their room Tuesday morning for an oil change?", "Is they're a slot on Thursday for the tyres?"]
)
def test_is_there_heard_is_their(text: str) -> None:
    assert parse_en(text).intent == "first_free_slot"


def test_their_as_a_possessive_stays() -> None:
    assert "there" not in heard_tokens("Is their car ready, FP 218 NC?")


# --- the half hour, in for, the MOT, book a ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Book the Clio, FP 218 NC, for an oil change on Tuesday the 1st at 10th early.", "10:30"),
        ("Book the Clio, FP 218 NC, for an oil change on Monday at have to.", "14:30"),
        ("Book the Clio, FP 218 NC, for an oil change tomorrow at have 3.", "15:30"),
    ],
)
def test_the_half_hour_heard_otherwise(text: str, time: str) -> None:
    assert_parsed(parse_en(text), "book", {"time": time, "plate": "FP218NC"})


def test_an_ordinal_hour_alone_and_have_to_as_said_stay() -> None:
    assert_parsed(parse_en("Book the Clio, FP 218 NC, for tyres on Tuesday the 1st at 8th."), "book", {"time": "08:00"})
    assert "half" not in heard_tokens("We have to do the Clio at 9, FP 218 NC, on Monday.")


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Put the Clio, FP 218 NC, inferno oil change on Friday at 9.", "oil_change"),
        ("Put the Clio, FP 218 NC, infra no oil change on Friday at 9.", "oil_change"),
        ("Put the Clio, FP 218 NC, influid zemotion on Friday at 9.", "inspection"),
        ("Put the Clio, FP 218 NC, in for its emoteon on Friday at 9.", "inspection"),
    ],
)
def test_in_for_and_the_mot_heard_as_words(text: str, service: str) -> None:
    assert_parsed(parse_en(text), "book", {"service": service, "plate": "FP218NC", "time": "09:00"})


def test_emotion_and_in_for_words_elsewhere_stay() -> None:
    assert "mot" not in heard_tokens("Emotion ran high when the Clio, FP 218 NC, came back.")
    assert heard_tokens("Inform the owner of FP 218 NC.")[0] == "inform"


def test_book_a_run_together_opening_a_request() -> None:
    p = parse_en("Local oil change for the Clio, FP 218 NC, on Friday at 9.")
    assert_parsed(p, "book", {"service": "oil_change", "plate": "FP218NC"})
    assert heard_tokens("Local garage rang about the Clio, FP 218 NC.")[0] == "local"


def test_brought_forward_is_a_move() -> None:
    p = parse_en("Mrs Conti wants the oil change on FP 218 NC brought forward to Monday at 9.")
    assert_parsed(p, "move", {"plate": "FP218NC", "time": "09:00"})
    assert slot(p, "date") == "2026-11-30"


# --- an hour heard as an ordinal alone: read as that hour, every write said back ------------------------------------------


def test_an_ordinal_hour_alone_makes_the_write_said_back() -> None:
    p = parse_en("Move the Clio, FP 218 NC, from the 7th to Thursday the 10th at 9th.")
    assert p.careful == "hour" and slot(p, "time") == "09:00", (p.reason, p.slots)
    assert parse_en("Move the Clio, FP 218 NC, from the 7th to Thursday the 10th at 9.").careful is None
    assert parse_en("Move the Clio, FP 218 NC, to Thursday at 9th early.").careful is None  # 9:30, said
    assert parse_en("Move the Clio, FP 218 NC, to Thursday at the 9th of December.").careful is None


@pytest.fixture
def fast_en(local_backend: object) -> FastPath:
    from tests.engine.fastpath.conftest import NOW

    return FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]


async def test_an_ordinal_hour_alone_is_said_back_before_the_write(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle("Book the Renegade, ZA 987 YE, for a tyre change on Friday the 6th at 11th.", context)
    assert wrote_nothing(out) and out.clarification and "not sure of the time" in out.clarification, out
