"""Set 28's English, the kinds it showed: newer models named by letters and digits (the CX-60's 60 read as a time
said without "at"), "brake pads" run into "breakpiles", the first time free asked as "how soon could we …" (no
hypothetical), and the customer of a plate asked as "which customer is that". Each negative keeps what must still
be refused or asked."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Cancel Monday's tyre job on the grey CX-60, AB 123 CD.", "CX-60"),
        ("Scrap the oil change on the red CX 60, AB 123 CD, on Monday.", "CX-60"),
        ("Book the D-Max, AB 123 CD, in for a service on Monday at 10.", "D-Max"),
        ("Book the Atto 3, AB 123 CD, in for a service on Monday at 10.", "Atto 3"),
    ],
)  # fmt: skip
def test_models_named_by_digits_leave_no_stray_number(text: str, model: str) -> None:
    p = parse_en(text)
    assert p.handled, (p.reason, p.slots)
    assert p.slots["vehicle_description"]["model"] == model


def test_a_stray_number_beside_a_known_model_is_still_asked() -> None:
    p = parse_en("Cancel the job on the grey CX-60, AB 123 CD, on Monday 40.")
    assert not p.handled and p.reason == "ambiguous:stray_number", (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Pop the Clio, AB 123 CD, in for breakpiles on Monday at 10.",
        "Stick AB 123 CD in for break piles Monday at 10.",
    ],
)
def test_brake_pads_heard_as_piles(text: str) -> None:
    assert_parsed(parse_en(text), "book", {"service": "brakes", "time": "10:00"})


def test_piles_of_something_are_no_brakes() -> None:
    p = parse_en("The Clio, AB 123 CD, has piles of stuff in it, book a service Monday at 10.")
    assert not (p.handled and p.slots.get("service", {}).get("key") == "brakes"), (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    ["How soon could we get a car on the diagnostic machine?", "When could we get a car in for a regas?"],
)
def test_how_soon_could_we_asks_the_first_free_time(text: str) -> None:
    assert_parsed(parse_en(text), "first_free_slot", {})


@pytest.mark.parametrize(
    "text",
    [
        "Could we get a car on the diagnostic machine?",
        "If she can, could we get her in on Friday?",
        "How soon could we get the Clio in at 9?",
    ],
)
def test_could_we_otherwise_stays_a_hypothetical(text: str) -> None:
    p = parse_en(text)
    assert p.intent is None and p.reason == "out_of_scope:hypothetical", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text", ["GB 183 TP, which customer is that on the system?", "Which customer has AB 123 CD, please?"]
)
def test_which_customer_asks_the_owner_of_the_plate(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "lookup_plate" and p.handled, (p.intent, p.reason)


def test_which_customer_with_no_plate_is_no_look_up() -> None:
    assert parse_en("Which customer is that one on the system?").intent != "lookup_plate"


def test_sierra_heard_as_c_error() -> None:
    assert_parsed(
        parse_en("Book an oil change for the Punto, Alpha Bravo 123 Charlie C. Error, Monday at 10."),
        "book",
        {"plate": "AB123CS", "time": "10:00"},
    )


@pytest.mark.parametrize(("text", "colour"), [("the coral T03", "coral"), ("the sage green Inster", "sage")])
def test_shades_named_by_a_thing(text: str, colour: str) -> None:
    p = parse_en(f"Book {text}, AB 123 CD, in for a tyre change on Monday at 10.")
    assert p.handled and p.slots["vehicle_description"]["colour"] == colour, (p.reason, p.slots)


def test_an_error_said_alone_is_no_letter() -> None:
    p = parse_en("There was an error on the Punto's booking, AB 123 CD.")
    assert p.slots.get("plate") in (None, "AB123CD"), p.slots
