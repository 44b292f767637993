"""English counter phrasing the fast path lacked (classes learnt from held-out set 10's English, typed, tested on
new sentences): the British "half 9" (half past nine) and an hour taken back with "hang on"; the day that does
not suit ("can't do Monday the 7th") before a move, while "can't", "won't", "isn't" and their like said of the
request are negations, and "forget it" is heard as said; "bring … forward / push … back from <day> to <day>",
"put back … to <day>", "push … to <day>" as moves; the owner asked as the "registered keeper"; "have you got a
slot …" as room asked; "a WhatsApp / text confirming …" as a confirmation to send, but a message told of ("he
sent", "she already got") none; "she won't be in this afternoon" as the appointment's day and reason before a
cancellation; and "…, the customer will confirm the day" as the day to come (asked), never the first free slot.
What stays unclear is still refused or asked, never written."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_en, wrote_nothing
from wp_api.contract import CallContext

# --- "half 9": half past the hour; an hour taken back with "hang on" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("Mr Greco's Micra, SD 512 FA, needs brake pads on Friday at half 10.", "2026-11-27", "10:30"),
        ("Book an oil change for the Corsa, RS 450 DT, tomorrow at half three.", "2026-11-26", "15:30"),
        ("Book the Octavia, KL 661 BB, for an MOT on Monday, half nine.", "2026-11-30", "09:30"),
        ("Book new tyres for the Kona GB 476 TL on Tuesday at 10, hang on, half 10.", "2026-12-01", "10:30"),
        ("Book a battery for the Yaris, GM 555 NP, on Monday at 4, hold on a sec, half 4.", "2026-11-30", "16:30"),
        ("Book a service for the Clio ZZ 456 YY tomorrow at half 2, hang on, at 3.", "2026-11-26", "15:00"),
    ],
)
def test_half_the_hour_said_the_british_way_is_half_past(text: str, day: str, hour: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.handled, p.reason
    assert (p.slots["date"], p.slots["time"]) == (day, hour)


def test_half_of_something_else_or_hang_on_with_nothing_after_reads_no_time() -> None:
    cut = parse_en("Book an MOT for the Octavia, KL 661 BB, on Monday at half.")
    assert not cut.handled and "time" not in cut.slots, cut.slots
    hung = parse_en("Book an MOT for the Octavia, KL 661 BB, on Monday at 10, hang on.")
    assert not hung.handled and hung.reason == "out_of_scope:self_correction", hung.reason
    counted = parse_en("Book the Octavia, KL 661 BB, for half 2 days of bodywork on Monday at 9.")
    assert not counted.handled, counted.slots  # "half 2 days" is no 2:30


# --- the day that does not suit, before a move; "can't", "won't" … said of the request ------------------------


@pytest.mark.parametrize(
    ("text", "old_date", "day", "hour"),
    [
        ("Mrs Greco can't do Friday the 4th. Can we shift the Micra's brakes, SD 512 FA, to Tuesday the 8th at "
         "half 9?", "2026-12-04", "2026-12-08", "09:30"),
        ("Mr Colombo can't make tomorrow, move the Yaris, GM 555 NP, to Monday at 11.", "2026-11-26",
         "2026-11-30", "11:00"),
        ("She can't do Thursday. Move her Kona, GB 476 TL, to Friday at 2, hang on, half 2.", "2026-11-26",
         "2026-11-27", "14:30"),
    ],
)  # fmt: skip
def test_the_day_that_does_not_suit_is_the_one_moved_from(text: str, old_date: str, day: str, hour: str) -> None:
    p = parse_en(text)
    assert p.intent == "move" and p.handled, p.reason
    assert (p.slots["old_date"], p.slots["date"], p.slots["time"]) == (old_date, day, hour)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Colombo can't do it, forget it.",
        "Move the Yaris, GM 555 NP, to Monday at 11, forget it.",
        "We can't book the Corsa RS 450 DT for new tyres tomorrow at 9.",
        "You won't cancel the Octavia's MOT tomorrow, KL 661 BB.",
        "I wouldn't move the Micra SD 512 FA to Friday at 10.",
        "He can't do the brakes on the Micra, SD 512 FA, move it to Friday at 10.",
        "Book the Kona GB 476 TL for tyres on Monday at 9, she doesn't need the MOT.",
    ],
)
def test_what_is_said_not_to_be_done_is_refused(text: str) -> None:
    p = parse_en(text)
    assert not p.handled and p.reason == "out_of_scope:negation", (p.intent, p.reason)


def test_the_day_that_does_not_suit_is_never_a_new_booking_s_day() -> None:
    alone = parse_en("Mr Colombo can't do Monday. Book the Yaris, GM 555 NP, for an oil change.")
    assert alone.intent == "book" and alone.reason == "missing:date", (alone.reason, alone.slots)
    told = parse_en("Mrs Ricci won't be in on Friday, book the Clio ZZ 456 YY for new tyres.")
    assert told.intent == "book" and told.reason == "missing:date", (told.reason, told.slots)
    both = parse_en("Mr Colombo can't come on Monday, book the Yaris GM 555 NP for an oil change on Tuesday at 9.")
    assert not both.handled, both.slots  # which day is meant is asked, as before


# --- "bring … forward / push … back from <day> to <day>", "put back … to", "push … to": moves -------------------


@pytest.mark.parametrize(
    ("text", "plate", "old_date", "day", "hour"),
    [
        ("Bring the Micra's brake job forward from Friday to Tuesday at 10, SD 512 FA.", "SD512FA", "2026-11-27",
         "2026-12-01", "10:00"),
        ("Push Mrs Greco's tyre change, SD 512 FA, back from Monday to Thursday the 3rd at 9.", "SD512FA",
         "2026-11-30", "2026-12-03", "09:00"),
        ("Can we put back the Octavia's service, KL 661 BB, to Friday at 3?", "KL661BB", None, "2026-11-27",
         "15:00"),
        ("Bump the inspection for the Corsa, RS 450 DT, to Monday at 11.", "RS450DT", None, "2026-11-30", "11:00"),
        ("Bring forward Mr Ricci's MOT, CX 808 BZ, from Thursday to tomorrow at half 8.", "CX808BZ", "2026-11-26",
         "2026-11-26", "08:30"),
    ],
)  # fmt: skip
def test_an_appointment_brought_forward_or_put_back_is_moved(
    text: str, plate: str, old_date: str | None, day: str, hour: str
) -> None:
    assert_parsed(parse_en(text), "move", {"plate": plate, "old_date": old_date, "date": day, "time": hour})


@pytest.mark.parametrize(
    "text",
    [
        "Bring the Corsa, RS 450 DT, back from the workshop to the car park.",
        "Put back the wheels on the Corsa RS 450 DT on Friday.",
        "Push the Corsa RS 450 DT to the ramp.",
        "Bring the Yaris, GM 555 NP, back from Friday.",
        "Put back the wheels on the Clio ZZ 456 YY and bring it to Friday.",
    ],
)
def test_things_brought_or_put_back_with_no_day_to_go_to_are_no_move(text: str) -> None:
    assert parse_en(text).intent != "move", text


# --- the owner asked as the registered keeper -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Who's the registered keeper of KL 661 BB?", "KL661BB"),
        ("Who is the registered owner of the Micra, SD 512 FA?", "SD512FA"),
        ("Who's GM 555 NP registered to?", "GM555NP"),
        ("Can you tell me the keeper of RS 450 DT?", "RS450DT"),
    ],
)
def test_the_registered_keeper_asked_is_a_plate_look_up(text: str, plate: str) -> None:
    p = parse_en(text)
    assert p.intent == "lookup_plate" and p.handled, p.reason
    assert p.slots["plate"] == plate


def test_keeping_a_car_is_no_look_up_and_a_keeper_without_a_plate_asks_for_it() -> None:
    for text in ("Who's keeping the Clio, CX 808 BZ, this week?", "Is anyone keeping the keys to RS 450 DT?"):
        assert parse_en(text).intent != "lookup_plate", text
    asked = parse_en("Who's the registered keeper?")
    assert asked.intent == "lookup_plate" and asked.reason == "missing:plate", asked.reason


# --- "have you got a slot …": room asked ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "part", "service"),
    [
        ("Have you got a slot on Tuesday morning for an MOT?", "2026-12-01", "morning", "inspection"),
        ("Have we got a slot tomorrow afternoon to do some tyres?", "2026-11-26", "afternoon", "tyres"),
        ("Do you have a slot on Monday for a battery?", "2026-11-30", None, "battery"),
        ("Is there a slot on Thursday to look at an oil leak, an oil change?", "2026-11-26", None, "oil_change"),
    ],
)
def test_a_slot_asked_for_is_the_first_free_slot(text: str, day: str, part: str | None, service: str) -> None:
    p = parse_en(text)
    assert p.intent == "first_free_slot" and p.handled, p.reason
    assert (p.slots["date"], p.slots.get("part_of_day"), p.slots["service"]["key"]) == (day, part, service)


def test_a_slot_a_car_has_is_no_room_asked() -> None:
    assert parse_en("Has the Corsa, RS 450 DT, got a slot on Friday?").intent != "first_free_slot"
    unsaid = parse_en("Have you got a slot?")
    assert not unsaid.handled and unsaid.reason == "missing:service", unsaid.reason


# --- "a WhatsApp / text confirming …": a confirmation to send; one told of is none ---------------------------


@pytest.mark.parametrize(
    ("text", "plate", "channel", "old_date"),
    [
        ("Send Mrs Greco a text confirming Friday's brake job on the Micra, SD 512 FA.", "SD512FA", "sms",
         "2026-11-27"),
        ("Send the owner of the Octavia, KL 661 BB, an email confirming Monday's service.", "KL661BB", "email",
         "2026-11-30"),
        ("Send Mr Ricci a WhatsApp confirming tomorrow's tyre change on the Grandland, CX 808 BZ.", "CX808BZ",
         "whatsapp", "2026-11-26"),
    ],
)  # fmt: skip
def test_a_message_confirming_an_appointment_is_a_confirmation(
    text: str, plate: str, channel: str, old_date: str
) -> None:
    p = parse_en(text)
    assert p.intent == "send_confirmation" and p.handled, p.reason
    assert (p.slots["plate"], p.slots["channel"], p.slots["old_date"]) == (plate, channel, old_date)


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Greco sent a text confirming Friday's brake job on the Micra, SD 512 FA.",
        "Mr Ricci already got an email confirming tomorrow's tyre change on the Clio, CX 808 BZ.",
        "We texted Mrs Greco confirming Friday's brake job on the Micra, SD 512 FA.",
        "Mr Ricci sent a WhatsApp confirmation for the Clio CX 808 BZ.",
        "Mrs Greco has had a reminder for the Micra SD 512 FA.",
    ],
)
def test_a_message_told_of_is_none_to_send(text: str) -> None:
    p = parse_en(text)
    assert p.intent is None and not p.handled, (p.intent, p.reason)


# --- "she won't be in this afternoon": the reason and the appointment's day before a cancellation -------------


@pytest.mark.parametrize(
    ("text", "plate", "old_date"),
    [
        ("Mr Colombo rang, he won't be in this morning. Cancel the Yaris's tyres, GM 555 NP.", "GM555NP",
         "2026-11-25"),
        ("Mrs Ricci phoned, she isn't coming in this afternoon, cancel the Formentor, CX 808 BZ.", "CX808BZ",
         "2026-11-25"),
        ("Mr Greco called, he won't be coming on Friday. Cancel the Micra's brakes, SD 512 FA.", "SD512FA",
         "2026-11-27"),
    ],
)  # fmt: skip
def test_a_customer_not_coming_in_is_a_reason_and_its_day_the_appointment_s(
    text: str, plate: str, old_date: str
) -> None:
    p = parse_en(text)
    assert p.intent == "cancel" and p.handled, p.reason
    assert (p.slots["plate"], p.slots["old_date"]) == (plate, old_date)


def test_not_coming_in_alone_or_told_of_a_booking_writes_no_day() -> None:
    assert parse_en("Mrs Ricci won't be in this afternoon.").intent is None
    booked = parse_en("Mrs Ricci rang, she won't be in this afternoon, book the Clio ZZ 456 YY for new tyres.")
    assert booked.reason == "missing:date", (booked.reason, booked.slots)  # not today: asked
    # "ring" and "call" asked of the workshop stay actions it has no tool for
    assert parse_en("Ring Mrs Ricci and cancel the Clio, CX 808 BZ, this afternoon.").reason == (
        "out_of_scope:unsupported_action"
    )


# --- "…, the customer will confirm the day": the day to come, asked ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Book the Octavia, KL 661 BB, for an oil change sometime next week, the owner will confirm the day.",
        "Put the Micra, SD 512 FA, down for brakes next week, she'll tell us which day.",
        "Book a diagnostic for the Corsa RS 450 DT some time next week, the customer is going to confirm the day.",
    ],
)
def test_a_week_with_its_day_to_be_confirmed_asks_the_day(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.reason == "missing:date", (p.reason, p.slots)
    assert "first_free" not in p.slots and "date_to" not in p.slots, p.slots


def test_the_customer_s_own_confirmation_sends_nothing() -> None:
    week = parse_en("Book the Octavia, KL 661 BB, for an oil change next week.")
    assert week.slots["first_free"] and week.slots["date_to"] == "2026-12-06", week.slots  # as before
    told = parse_en("Book the Corsa, RS 450 DT, for an MOT on Monday at 9, the customer will confirm.")
    assert told.handled and told.slots["date"] == "2026-11-30", told.reason
    assert not [q for q in told.parts if q.intent == "send_confirmation"], told.parts
    ours = parse_en("Book the Corsa, RS 450 DT, for an MOT on Monday at 9 and send her a confirmation.")
    assert [q.intent for q in ours.parts] == ["book", "send_confirmation"], ours.parts


# --- carried out on the contract workshop (a real LocalBackend: Monday 2 March 2026, 08:00) -----------------


@pytest.fixture
def fast_en(local_backend: object) -> FastPath:
    from tests.engine.fastpath.conftest import NOW

    return FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]


def _called(out: Any, name: str) -> list[Any]:
    return [c for c in out.tool_calls if c.name == name]


async def test_half_nine_books_half_past_nine(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle("Mr Rossi's Panda, AB 123 CD, wants an MOT on Friday at half 9.", context)
    (booked,) = _called(out, "create_appointment")
    assert booked.result.ok and booked.arguments["start"] == "2026-03-06T09:30", out
    assert booked.arguments["vehicle_id"] == 1


async def test_brought_forward_from_its_day_is_moved(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle(
        "Bring Mr Bruno's service forward from Wednesday to tomorrow at half 2, ZA 987 YE.", context
    )
    (moved,) = _called(out, "reschedule_appointment")
    assert moved.result.ok and moved.arguments["appointment_id"] == 103, out
    assert moved.arguments["new_start"] == "2026-03-03T14:30"


async def test_not_coming_in_then_cancel_waits_for_a_yes(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle("Mr Bruno rang, he won't be in on Wednesday. Cancel the Renegade's service, ZA 987 YE.", context)
    assert out.pending is not None and out.pending.tool == "cancel_appointment", out
    assert out.pending.arguments == {"appointment_id": 103} and wrote_nothing(out)


async def test_a_whatsapp_confirming_is_sent(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle(
        "Send Mr Bruno a WhatsApp confirming Wednesday's service on the Renegade, ZA 987 YE.", context
    )
    (sent,) = _called(out, "send_message")
    assert sent.result.ok and sent.arguments["channel"] == "whatsapp", out
    assert sent.arguments["appointment_id"] == 103 and sent.arguments["kind"] == "booking_confirmation"


async def test_a_confirmation_told_of_or_taken_back_writes_nothing(fast_en: FastPath, context: CallContext) -> None:
    for text in (
        "Mr Bruno already got a WhatsApp confirming Wednesday's service on the Renegade, ZA 987 YE.",
        "Move the Renegade ZA 987 YE to Friday at 9, forget it.",
    ):
        out = await fast_en.handle(text, context)
        assert wrote_nothing(out) and out.pending is None, (text, out)


async def test_the_day_to_be_confirmed_is_asked(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle(
        "Book the Punto, FT 789 MN, for a diagnostic some time next week, the customer will confirm the day.",
        context,
    )
    assert wrote_nothing(out) and out.reason == "missing:date", out
    assert out.clarification and out.clarification.startswith("Which day"), out
