"""English as said and heard on held-out set 14 (classes, tested on new sentences): a reminder asked for a
time already past, offered as soon as possible for a yes rather than a bare failure; "soonest" as
"earliest"; "knock … on the head" as a cancellation; "can we have it <day>" as a booking; English "is due"
never the Italian two; a day of the month said alone ("on the 15th", whisper's "on the 15"); "who we got
coming" with its auxiliary lost; NATO words heard "Mic", "Forkstrad". What stays unclear is still refused
or asked, never written."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it, plates_in, wrote_nothing
from wp_api.contract import CallContext

# --- "soonest": the first free slot ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What's the soonest you can do a tyre change?",
        "When's the soonest slot for a battery?",
        "Soonest you could fit in an oil change, please?",
    ],
)
def test_the_soonest_is_the_first_free_slot(text: str) -> None:
    p = parse_en(text)
    assert p.handled and p.intent == "first_free_slot" and p.slots.get("first_free"), (p.intent, p.reason)


# --- "knock … on the head": a cancellation (always confirmed) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Knock the oil change on the head for the Yaris, GM 555 NP, he's moving abroad.", "GM555NP"),
        ("Knock Thursday's MOT on the head, CX 808 BZ.", "CX808BZ"),
        ("Knock the booking for the Clio, CX 808 BZ, on the head.", "CX808BZ"),
        ("Knock it on the head, the Renegade ZA 987 YE.", "ZA987YE"),
    ],
)
def test_knocked_on_the_head_is_cancelled(text: str, plate: str) -> None:
    p = parse_en(text)
    assert p.handled and p.intent == "cancel" and p.slots.get("plate") == plate, (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "The bonnet knocked him on the head while he was under the Clio, CX 808 BZ.",
        "Knock the dent out of the wing on the Clio CX 808 BZ tomorrow at 10.",
        "Something knocked on the head gasket of CX 808 BZ.",
        "Knock the oil change on the Yaris GM 555 NP through to Friday at 10.",
    ],
)
def test_knocks_that_call_nothing_off_are_no_cancellation(text: str) -> None:
    p = parse_en(text)
    assert p.intent != "cancel" or not p.handled, (p.intent, p.reason)


# --- "can we have it <day>": a booking; "is due" no Italian two -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate", "day", "hour"),
    [
        ("The Yaris, GM 555 NP, is due its oil change, can we have it Thursday at 9?", "GM555NP", "2026-11-26",
         "09:00"),
        ("The Clio CX 808 BZ needs new brake pads, can you have it on Monday at half 10?", "CX808BZ", "2026-11-30",
         "10:30"),
        ("The Golf, EF 456 GH, is due a service: can we have it Tuesday the 1st at 2?", "EF456GH", "2026-12-01",
         "14:00"),
    ],
)  # fmt: skip
def test_can_we_have_it_on_a_day_at_a_time_is_a_booking(text: str, plate: str, day: str, hour: str) -> None:
    assert_parsed(parse_en(text), "book", {"plate": plate, "date": day, "time": hour})


@pytest.mark.parametrize(
    "text",
    [
        "Can we have it back Tuesday? The Clio CX 808 BZ, the oil change.",
        "Could you have it ready by Friday at 5, the service on CX 808 BZ?",
        "Can we have it on the ramp at 10 for the oil change, CX 808 BZ?",
        "Could we have her in Thursday at 10 for the brakes, CX 808 BZ?",  # "could we": a hypothetical
    ],
)
def test_having_it_for_something_else_books_nothing(text: str) -> None:
    p = parse_en(text)
    assert not (p.handled and p.intent == "book"), (p.intent, p.reason, p.slots)


def test_is_due_is_no_italian_two_but_a_stray_number_still_asks() -> None:
    p = parse_en("The Panda, AB 123 CD, is due for an oil change, book it Tuesday at 8:30.")
    assert p.handled and p.intent == "book" and p.slots.get("time") == "08:30", (p.reason, p.slots)
    assert parse_en("The Panda, AB 123 CD, is due a service, book it Tuesday at 8 and 2.").reason == (
        "ambiguous:stray_number"
    )
    assert parse_it("Prenota la Panda AB 123 CD per il tagliando martedì alle 10, sono due ore.").reason == (
        "ambiguous:stray_number"
    )


# --- a day of the month said alone ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("Book the Yaris GM 555 NP for an oil change on the 9th at 11.", "book", {"date": "2026-12-09"}),
        ("Book the Yaris GM 555 NP for an oil change on the 9 at 11.", "book", {"date": "2026-12-09"}),
        ("Put the Clio CX 808 BZ in for tyres the 2nd at 10.", "book", {"date": "2026-12-02"}),
        ("Move the Clio CX 808 BZ from the 2nd to the 10th at 9.", "move", {"old_date": "2026-12-02",
                                                                            "date": "2026-12-10"}),
        ("Email Mrs Greco to confirm the MOT on the 28 for the Micra, SD 512 FA.", "send_confirmation",
         {"old_date": "2026-11-28"}),
    ],
)  # fmt: skip
def test_a_day_of_the_month_said_alone_is_that_day(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert_parsed(parse_en(text), intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "Book the Yaris GM 555 NP for an oil change, the 15 minutes one, tomorrow at 11.",
        "Book the Peugeot 208 HK 010 LA for an oil change tomorrow at 11.",
        "Book the Yaris GM 555 NP for an oil change at the first free slot.",
    ],
)
def test_numbers_after_the_that_are_no_day(text: str) -> None:
    p = parse_en(text)
    assert p.slots.get("date") in (None, "2026-11-26"), (p.reason, p.slots)


# --- "who we got coming": the day's appointments ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Who we got coming in on Thursday?", "2026-11-26"),
        ("Who we got booked tomorrow?", "2026-11-26"),
        ("What we got coming in Monday?", "2026-11-30"),
    ],
)
def test_who_we_got_coming_is_the_days_list(text: str, day: str) -> None:
    assert_parsed(parse_en(text), "day_appointments", {"date": day})


def test_who_we_got_for_a_car_is_no_days_list() -> None:
    assert parse_en("Who we got for the Yaris GM 555 NP?").intent != "day_appointments"


# --- NATO words heard otherwise, beside a NATO word ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Whose is Delta Papa 4 4 1 Sierra Mic?", "DP441SM"),
        ("Who owns Forkstrad Lima 2 2 0 Alpha Bravo?", "FL220AB"),
    ],
)
def test_mic_and_forkstrad_beside_a_nato_word_are_letters(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_a_mic_alone_is_no_letter() -> None:
    assert plates_in("The mic on the dash of AB 123 CD is broken.") == ["AB123CD"]


# --- carried out: a reminder asked for a time already past (contract workshop, Monday 2 March 2026, 08:00) ---


@pytest.fixture
def fast_en(local_backend: object) -> FastPath:
    from tests.engine.fastpath.conftest import NOW

    return FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]


@pytest.fixture
def fast_it(local_backend: object) -> FastPath:
    from tests.engine.fastpath.conftest import NOW

    return FastPath(local_backend, language="it", now=lambda: NOW)  # type: ignore[arg-type]


def _called(out: Any, name: str) -> list[Any]:
    return [c for c in out.tool_calls if c.name == name]


async def test_a_reminder_days_before_an_appointment_tomorrow_is_offered_now(
    fast_en: FastPath, context: CallContext
) -> None:
    # the Sandero's appointment is tomorrow at 9: two days before was yesterday
    out = await fast_en.handle(
        "Email Ms De Luca a reminder 2 days ahead for tomorrow's tyre change on the Sandero, FG 112 HH.", context
    )
    assert wrote_nothing(out) and not _called(out, "schedule_reminder"), out
    assert "would already be past" in out.reply_text and "reminder now" in out.reply_text, out.reply_text
    assert "tomorrow at 9:00" in out.reply_text, out.reply_text
    after = await fast_en.resume("Yes.", context)
    assert after is not None
    (scheduled,) = _called(after, "schedule_reminder")
    assert scheduled.result.ok and scheduled.arguments["appointment_id"] == 102, after
    assert (scheduled.arguments["send_at"], scheduled.arguments["channel"]) == ("2026-03-02T08:03", "email")
    assert "going out now" in after.reply_text, after.reply_text


async def test_a_past_reminder_declined_writes_nothing(fast_it: FastPath, context: CallContext) -> None:
    out = await fast_it.handle(
        "Manda alla signora De Luca un promemoria via email tre giorni prima per il cambio gomme di domani della "
        "Sandero FG 112 HH.", context
    )
    assert wrote_nothing(out), out
    assert "sarebbe già passato" in out.reply_text and "subito" in out.reply_text, out.reply_text
    after = await fast_it.resume("No.", context)
    assert after is not None and wrote_nothing(after) and not _called(after, "schedule_reminder"), after


async def test_a_reminder_still_ahead_is_scheduled_at_once(fast_en: FastPath, context: CallContext) -> None:
    # the day before at 18:00 is today at 18:00: still ahead, written at once with no question
    out = await fast_en.handle("Email Ms De Luca a reminder for tomorrow's tyre change on the Sandero, FG 112 HH.", context)
    (scheduled,) = _called(out, "schedule_reminder")
    assert scheduled.result.ok and scheduled.arguments["send_at"] == "2026-03-02T18:00", out
    assert "would already be past" not in out.reply_text, out.reply_text


async def test_a_booking_with_a_past_reminder_is_said_back_whole(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle(
        "Book the Yaris GM 555 NP for an oil change tomorrow at 11 and WhatsApp him a reminder 3 days before.",
        context,
    )
    assert wrote_nothing(out), out
    assert "reminder now" in out.reply_text, out.reply_text
    after = await fast_en.resume("Yes.", context)
    assert after is not None
    (booked,) = _called(after, "create_appointment")
    (scheduled,) = _called(after, "schedule_reminder")
    assert booked.result.ok and booked.arguments["start"] == "2026-03-03T11:00", after
    assert scheduled.result.ok and scheduled.arguments["send_at"] == "2026-03-02T08:03", after
