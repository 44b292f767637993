"""English as whisper wrote it on held-out set 17 (classes, tested on new sentences; engine.fastpath.heard_en): Foxtrot
written as other words ("FOXTRA", "Falkstraat") beside a NATO word, a time written without its colon ("at 930 AM",
"December 15th at 930."), Juliet heard "Julie at", Golf's "f" carried on ("Go FECO"), "Mrs" written "misses" (and
a name heard nearly still finding the owner's vehicle of the model said), a model's number of four digits written with its thousands comma ("the Peugeot 5,008"), the
reg to come heard "red" ("I'll get the red off the owner later").
A plate that reads like a time, or a number said of something else, is left as it was."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_en, plates_in, slot, wrote_nothing
from wp_api.contract import CallContext

# --- Foxtrot as whisper writes it; a time without its colon --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Look up Foxtra Delta 318 Kilo Romeo for me.", "FD318KR"),
        ("Whose is Falkstrod Papa 220 Lima Bravo?", "FP220LB"),
        ("What have we done on Golf Falkstraat 402 Whiskey Hotel?", "GF402WH"),
    ],
)
def test_foxtrot_heard_otherwise_beside_a_nato_word(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_a_word_like_foxtrot_away_from_a_plate_stays_a_word() -> None:
    assert "foxtrot" not in heard_tokens("Mr Falkstraat rang about the Clio, CX 808 BZ.")


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Book the Clio, CX 808 BZ, for tyres on Friday at 930 AM.", "09:30"),
        ("Book the Clio, CX 808 BZ, for tyres tomorrow at 230 PM.", "14:30"),
        ("Book the Clio, CX 808 BZ, for tyres on Monday at 1045am.", "10:45"),
        ("Tyres for the Clio, CX 808 BZ, Tuesday, December 1st at 1130.", "11:30"),
    ],
)
def test_a_time_without_its_colon_before_am_or_pm(text: str, time: str) -> None:
    assert_parsed(parse_en(text), "book", {"time": time, "plate": "CX808BZ"})


def test_a_plate_spelling_a_time_stays_a_plate_where_no_day_is_said() -> None:
    assert_parsed(parse_en("Whose is AT 930 AM?"), "lookup_plate", {"plate": "AT930AM"})


def test_a_plate_after_at_keeps_its_last_letters() -> None:
    assert_parsed(parse_en("Move the Panda, AT 930 KL, to Monday at 10."), "move", {"plate": "AT930KL", "time": "10:00"})


def test_a_thousands_comma_is_put_back_only_in_a_model() -> None:
    assert "5008" in heard_tokens("Move the brake job on the Peugeot 5,008 to Friday at 9.")
    assert "5008" not in heard_tokens("It's done 5,008 miles since the service.")
    assert "2008" not in heard_tokens("Look up FG 2,008 for me.")



def test_a_model_number_with_its_comma_is_read_as_the_model() -> None:
    p = parse_en("Book Mr Conte's Peugeot 3,008, EK 301 GZ, for an oil change on Monday at 10.")
    assert p.handled and slot(p, "model") == "3008", (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Book the Clio in for tyres on Monday at 9. I'll get the red of the owner later.",
        "Book the Clio in for tyres on Monday at 9, she'll text the red over.",
    ],
)
def test_the_reg_to_come_heard_red_is_the_reg(text: str) -> None:
    p = parse_en(text)
    assert p.reason == "missing:plate" and slot(p, "colour") is None, (p.reason, p.slots)


def test_a_red_car_to_come_stays_red() -> None:
    assert "reg" not in heard_tokens("Book the Clio for tyres on Monday at 9, I'll get the red Panda in later.")



@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Cancel Friday's MOT on the Clio, Golf Julie at 512 Kilo Romeo.", "GJ512KR"),
        ("Whose is Bravo Julie at 330 Tango Zulu?", "BJ330TZ"),
        ("Book the Clio, Go FECO 220 Bravo Lima, for tyres on Monday at 9.", "GE220BL"),
        ("Look up Go Flima 118 Tango Alpha for me, would you?", "GL118TA"),
    ],
)
def test_juliet_and_golf_heard_split_differently(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "Book Julie at 10 on Monday for tyres.",  # a name and an hour, no plate spelled
        "We go fast on Monday, book the Clio, CX 808 BZ, for tyres at 9.",
    ],
)
def test_no_plate_spelled_keeps_julie_and_go(text: str) -> None:
    assert "juliet" not in heard_tokens(text) and "golf" not in heard_tokens(text)


def test_a_time_before_a_plate_s_nato_letters_stays_the_plate() -> None:
    p = parse_en("Cancel tomorrow's service for the Bayon, Golf Julie at 845 Tango Charlie.")
    assert_parsed(p, "cancel", {"plate": "GJ845TC"})
    assert "old_time" not in p.slots and "time" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Cancelled tomorrow's oil change for the Bayon, GJ 845 TC.",
        "cancelled the MOT on Friday for Mrs Russo's Clio, CX 808 BZ",
    ],
)
def test_cancel_heard_cancelled_opening_the_request_cancels(text: str) -> None:
    assert_parsed(parse_en(text), "cancel", {})


@pytest.mark.parametrize(
    "text",
    [
        "She cancelled tomorrow's oil change for the Bayon, GJ 845 TC.",
        "The Bayon's oil change is cancelled, GJ 845 TC.",
    ],
)
def test_cancelled_told_of_is_no_cancellation(text: str) -> None:
    assert parse_en(text).intent != "cancel"


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Text misses Ferrante a confirmation for Friday's MOT on the Clio, CX 808 BZ.", "Ferrante"),
        ("WhatsApp missus Brambilla a reminder the day before for the Yaris, GM 555 NP.", "Brambilla"),
    ],
)
def test_mrs_written_misses_names_the_customer(text: str, customer: str) -> None:
    p = parse_en(text)
    assert p.handled and p.slots.get("customer") == customer and not p.unknown, (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "She misses Monday, move the Clio, CX 808 BZ, to Friday at 9.",
        "Book the Clio, CX 808 BZ, it misses when cold, diagnostic Monday at 9.",
    ],
)
def test_misses_the_verb_names_no_one(text: str) -> None:
    p = parse_en(text)
    assert "customer" not in p.slots and "mrs" not in heard_tokens(text), p.slots


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Kodupot the Clio, CX 808 BZ, in for tyres on Monday at 9?", "CX808BZ"),
        ("Kudjaput Mr Rossi's Panda, AB 123 CD, in for an MOT on Friday at 10?", "AB123CD"),
    ],
)
def test_could_you_put_run_together_opens_a_booking(text: str, plate: str) -> None:
    assert_parsed(parse_en(text), "book", {"plate": plate})


def test_could_you_put_run_together_only_where_the_request_opens() -> None:
    assert "could" not in heard_tokens("Book the Clio, CX 808 BZ, kodupot, for tyres on Monday at 9.")


# --- carried out on the contract workshop (a real LocalBackend: Monday 2 March 2026, 08:00) -----------------


@pytest.fixture
def fast_en(local_backend: object) -> FastPath:
    from tests.engine.fastpath.conftest import NOW

    return FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]


def _called(out: Any, name: str) -> list[Any]:
    return [c for c in out.tool_calls if c.name == name]


async def test_a_name_heard_nearly_with_the_model_finds_the_owner_s_vehicle(
    fast_en: FastPath, context: CallContext
) -> None:
    out = await fast_en.handle(
        "Text misses Brunno a reminder the day before for Wednesday's service on the Renegade.", context
    )
    (found,) = [c for c in _called(out, "find_vehicle") if c.result.ok]
    assert [m["plate"] for m in found.result.data["matches"]] == ["ZA987YE"], out
    # the name was only heard like the owner's: the reminder is said back whole, and set on the yes
    assert wrote_nothing(out) and out.clarification and "ZA987YE" in out.clarification, out
    done = await fast_en.resume("yes", context)
    assert done is not None
    (reminder,) = _called(done, "schedule_reminder")
    assert reminder.result.ok and reminder.arguments["appointment_id"] == 103, done


async def test_a_name_like_no_owner_s_finds_no_vehicle_of_the_model(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle(
        "Text Mrs Ferrari a reminder the day before for Wednesday's service on the Renegade.", context
    )
    assert wrote_nothing(out) and out.pending is None and "ZA987YE" not in out.reply_text, out
