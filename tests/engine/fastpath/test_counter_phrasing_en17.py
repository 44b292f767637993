"""English phrasing from held-out set 17 (classes, tested on new sentences): a model named by a number after its make
("the white Mazda 2", "a Fiat 600", "the Peugeot 5008"), models not known before (the Scala, the Note,
the Proace City), the oil job named with its filter ("oil and filter change"), a job scrapped on a day of the month
("scrap the service on the 3rd"), "her Note" as the Nissan rather than a note to take. What stays unclear is asked
or refused. Whisper's English of the same set: test_heard_17."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_en, slot, wrote_nothing
from wp_api.contract import CallContext

# --- a model named by a number after its make ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "make", "model"),
    [
        ("Book the white Mazda 3, FB 220 LM, for an MOT on Monday at 9.", "Mazda", "3"),
        ("Pop the Fiat 600, DG 518 TP, in for tyres tomorrow at 10.", "Fiat", "600"),
        ("Stick the Peugeot 5008, EK 301 GZ, in for a service on Friday at half 3.", "Peugeot", "5008"),
        ("Could you put the blue Mazda two, FB 220 LM, in for brakes on Thursday at 11?", "Mazda", "2"),
    ],
)  # fmt: skip
def test_a_model_named_by_a_number_after_its_make_is_no_stray_number(text: str, make: str, model: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.handled, (p.reason, p.slots)
    assert p.slots["vehicle_description"]["make"] == make and slot(p, "model") == model, p.slots


def test_a_numbered_model_is_looked_up_with_its_make() -> None:
    from engine.fastpath.vehicles import VehicleDescription

    assert VehicleDescription(colour="white", make="Mazda", model="2").query("en") == "Mazda 2 white"
    assert VehicleDescription(colour="white", make="Fiat", model="Panda").query("en") == "Panda white"


@pytest.mark.parametrize(
    "text",
    [
        "Book the 2, FB 220 LM, for tyres on Monday at 9.",  # a number alone names no model
        "Book the Clio 6, CX 808 BZ, for tyres on Monday at 9.",  # the Clio has no model 6
    ],
)
def test_a_number_no_make_names_stays_a_stray_number(text: str) -> None:
    p = parse_en(text)
    assert not p.handled and p.reason == "ambiguous:stray_number", (p.reason, p.slots)


def test_a_number_after_a_make_is_an_hour_where_at_says_so() -> None:
    p = parse_en("Book the Mazda, FB 220 LM, in for tyres tomorrow at 2.")
    assert_parsed(p, "book", {"time": "14:00", "model": None})


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Book the grey Scala, GE 220 BL, for a service on Monday at 9.", "Scala"),
        ("Put the Toyota Proace City, GH 118 TA, in for brakes on Friday at 10.", "Proace City"),
        ("Book the red Mazda CX-3, FX 220 LB, for tyres on Tuesday at 11.", "CX-3"),
    ],
)
def test_models_not_known_before_are_read(text: str, model: str) -> None:
    p = parse_en(text)
    assert p.handled and slot(p, "model") == model, (p.reason, p.slots)


# --- the Nissan Note, no note to take -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Text Mr Bassi a reminder the day before about the MOT on his Note, FG 112 HH.", "send_reminder"),
        ("Book the blue Note, FG 112 HH, for an oil change on Monday at 9.", "book"),
        ("Book the Nissan Note for brakes on Friday at 10.", "book"),
    ],
)
def test_the_note_before_its_plate_or_after_nissan_is_the_car(text: str, intent: str) -> None:
    p = parse_en(text)
    assert p.intent == intent and p.handled and slot(p, "model") == "Note", (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Make a note that the Clio, CX 808 BZ, needs tyres on Monday.",
        "Take a note of the Panda, AB 123 CD, for Friday at 9.",
        "Book the Clio, CX 808 BZ, for tyres on Monday at 9 and leave a note for the mechanic.",
        "Read me the note on the Clio, CX 808 BZ.",
    ],
)
def test_a_note_to_take_is_still_refused(text: str) -> None:
    p = parse_en(text)
    assert not p.handled and slot(p, "model") != "Note", (p.intent, p.reason, p.slots)


# --- the oil job named with its filter ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Oil and filter change for the grey Clio, CX 808 BZ, Friday at 10.",
        "An oil and filters change for the Yaris, GM 555 NP, on Thursday at half 9.",
        "Book the Panda, AB 123 CD, in for an oil and filter service on Monday at 11.",
    ],
)
def test_oil_and_filter_is_the_oil_change(text: str) -> None:
    assert_parsed(parse_en(text), "book", {"service": "oil_change"})


def test_oil_and_filter_told_of_is_no_booking() -> None:
    p = parse_en("The oil and filter change for the Clio, CX 808 BZ, was done on Friday.")
    assert p.intent != "book" or not p.handled, (p.intent, p.reason)


# --- a job scrapped on a day of the month ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "old_date"),
    [
        ("Scrap the MOT on the 9th for the Yaris, GM 555 NP, she's sold it.", "2026-12-09"),
        ("Ditch the tyre change on the twelfth for Mr Rossi's Panda, AB 123 CD.", "2026-12-12"),
        ("Axe the service on December the 4th for the Clio, CX 808 BZ.", "2026-12-04"),
    ],
)
def test_a_job_scrapped_on_a_day_of_the_month_is_cancelled(text: str, old_date: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"old_date": old_date})


@pytest.mark.parametrize(
    "text",
    [
        "Scrap the old tyres on the third car.",
        "Scrap the tyres on the second van, they're bald.",
        "Scrap the brake pads on the third shelf.",
    ],
)
def test_parts_scrapped_are_no_cancellation(text: str) -> None:
    assert parse_en(text).intent != "cancel"


# --- carried out on the contract workshop (a real LocalBackend: Monday 2 March 2026, 08:00) -----------------


@pytest.fixture
def fast_en(local_backend: object) -> FastPath:
    from tests.engine.fastpath.conftest import NOW

    return FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]


async def _add(backend: Any, context: CallContext, plate: str, make: str, model: str, colour: str) -> None:
    done = await backend.call_tool(
        "add_vehicle",
        {"customer_id": 1, "plate": plate, "make": make, "model": model, "colour": colour},
        context=context,
    )
    assert done.ok, done


def _called(out: Any, name: str) -> list[Any]:
    return [c for c in out.tool_calls if c.name == name]


async def test_the_mazda_2_is_booked_by_its_plate(fast_en: FastPath, local_backend: Any, context: CallContext) -> None:
    await _add(local_backend, context, "FB220LM", "Mazda", "2", "bianco")
    out = await fast_en.handle("Would you ever stick the white Mazda 2, FB 220 LM, in for brakes on Friday at half 8?", context)
    (booked,) = _called(out, "create_appointment")
    assert booked.result.ok and booked.arguments["start"] == "2026-03-06T08:30", out


async def test_the_mazda_2_without_a_plate_is_found_by_make_and_number(
    fast_en: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _add(local_backend, context, "FB220LM", "Mazda", "2", "bianco")
    await _add(local_backend, context, "FB221LM", "Peugeot", "2008", "bianco")
    out = await fast_en.handle("Book the white Mazda 2 in for brakes on Thursday at 11.", context)
    found = _called(out, "find_vehicle")
    assert found and found[0].result.ok, out
    assert [m["plate"] for m in found[0].result.data["matches"]] == ["FB220LM"], found[0].result.data


async def test_the_note_before_its_plate_is_booked(fast_en: FastPath, local_backend: Any, context: CallContext) -> None:
    await _add(local_backend, context, "FB220LM", "Nissan", "Note", "beige")
    out = await fast_en.handle("Book the beige Note, FB 220 LM, for brakes on Friday at 9.", context)
    (booked,) = _called(out, "create_appointment")
    assert booked.result.ok and booked.arguments["start"] == "2026-03-06T09:00", out


async def test_a_service_scrapped_on_its_day_waits_for_a_yes(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle("Scrap the service on the 4th for the Renegade, ZA 987 YE, he's gone elsewhere.", context)
    assert out.pending is not None and out.pending.tool == "cancel_appointment", out
    assert out.pending.arguments == {"appointment_id": 103} and wrote_nothing(out)


# --- a vehicle described is only one that is what was said ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Book the green Ford Ranger in for brakes on Friday at 9.",  # no Ranger on file: the green Renegade is none
        "Book a green Ford Ranger in for brakes on Friday at 9, I'll get the reg off him later.",
        "Book the green Mazda 2 in for an oil change on Friday at 9.",
    ],
)
async def test_a_model_not_on_file_is_never_taken_for_another_of_its_colour(
    fast_en: FastPath, context: CallContext, text: str
) -> None:
    out = await fast_en.handle(text, context)
    assert wrote_nothing(out) and out.pending is None, out
    assert "Renegade" not in out.reply_text, out.reply_text


async def test_a_model_not_on_file_is_never_taken_in_italian_either(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prenota il Ranger verde per le pastiglie venerdì alle 9.", context)
    assert wrote_nothing(out) and "Renegade" not in out.reply_text, out


async def test_the_model_on_file_is_still_found_by_its_colour(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle("Book the green Renegade in for brakes on Friday at 10:30.", context)
    (found,) = _called(out, "find_vehicle")
    assert [m["plate"] for m in found.result.data["matches"]] == ["ZA987YE"], out


async def test_a_numbered_model_is_never_another_make_s(
    fast_en: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _add(local_backend, context, "FB221LM", "BMW", "Serie 2", "bianco")
    out = await fast_en.handle("Book the white Mazda 2 in for brakes on Friday at 10:30.", context)
    assert wrote_nothing(out) and out.pending is None and "Serie" not in out.reply_text, out
    assert "Mazda 2" in out.reply_text, out.reply_text


# --- the plate to come later: asked, never a car of that description taken ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Book a black Ford Ranger in for brakes on Monday at 2, I'll get the reg off the owner later.",
        "Put the white Transit in for an MOT on Friday at 10, she'll text the reg over.",
        "Book Mrs Galli's Clio for tyres on Thursday at 9, she'll send us the registration later.",
        "A white Transit in for an MOT on Friday at 10, he'll email the reg over.",  # its verb lost too
        "A silver Yaris for a service on Monday at half 9, I'll find out the reg from her.",
    ],
)
def test_a_plate_to_come_later_is_asked(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and not p.handled and p.reason == "missing:plate", (p.reason, p.slots)
    assert "plate" not in p.slots and p.slots.get("date") and p.slots.get("time"), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Book the Clio, CX 808 BZ, for tyres on Monday at 9, I'll get the keys off her later.",
        "Book the Clio, CX 808 BZ, for tyres on Monday at 9, she'll bring the car in.",
    ],
)
def test_something_else_to_come_leaves_the_plate_said(text: str) -> None:
    assert_parsed(parse_en(text), "book", {"plate": "CX808BZ", "time": "09:00"})


@pytest.mark.parametrize(
    "text",
    [
        "The white Transit's in for an MOT on Friday at 10, she'll text the reg over.",  # one booked, told of
        "A white Transit in for an MOT on Friday at 10.",  # no verb, no plate to come: a car told of
    ],
)
def test_a_car_told_of_without_a_verb_is_no_booking(text: str) -> None:
    assert parse_en(text).intent is None


async def test_the_plate_to_come_is_asked_then_the_booking_made(fast_en: FastPath, context: CallContext) -> None:
    out = await fast_en.handle(
        "Book a green Renegade in for brakes on Friday at 10:30, I'll get the reg off the owner later.", context
    )
    assert wrote_nothing(out) and out.clarification, out
    done = await fast_en.resume("ZA 987 YE", context)
    assert done is not None
    (booked,) = _called(done, "create_appointment")
    assert booked.result.ok and booked.arguments["start"] == "2026-03-06T10:30" and booked.arguments["vehicle_id"] == 9


def test_a_model_said_in_digits_fits_its_name_in_words_on_file() -> None:
    from engine.fastpath.plate_evidence import model_fits
    from engine.fastpath.vehicles import VehicleDescription

    assert model_fits(VehicleDescription(make="Fiat", model="600"), {"make": "Fiat", "model": "Seicento"})
    assert model_fits(VehicleDescription(make="Fiat", model="Seicento"), {"make": "Fiat", "model": "600"})
    assert not model_fits(VehicleDescription(make="Fiat", model="600"), {"make": "Fiat", "model": "500"})


async def test_the_600_said_is_the_seicento_on_file(fast: FastPath, local_backend: Any, context: CallContext) -> None:
    await _add(local_backend, context, "FB220LM", "Fiat", "Seicento", "bianco")
    out = await fast.handle("Di chi è la 600 bianca, FB 220 LM?", context)
    assert "FB220LM" in out.reply_text and "quale" not in out.reply_text.lower(), out.reply_text
