"""A vehicle's record called up by its plate with the word for a plate between ("can you pull up the reg AB 123
CD for me?", "bring up that plate …"), and "reg" as whisper hears it there ("pull up the wedge AB123CD", its hard
g blurred): a look-up of the plate said, a read. "Pull up the booking …" names no plate there and stays unknown,
and a colour before a car ("the red Panda") is never taken for the reg."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import heard_tokens, parse

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "said",
    [
        "Could you pull up the reg EF 456 GH for me?",
        "Bring up that registration EF 456 GH, please.",
        "Can you pull up the plate EF456GH for me?",
        "Can you pull up the wedge EF456GH for me?",
        "Could you bring up the ridge EF 456 GH please?",
    ],
)
def test_the_plate_called_up_is_looked_up(said: str) -> None:
    p = parse(said, language="en", today=TODAY)
    assert (p.intent, p.handled, p.slots.get("plate")) == ("lookup_plate", True, "EF456GH"), p.reason


def test_reg_heard_only_before_the_plate() -> None:
    assert "reg" in heard_tokens("Can you pull up the wedge EF456GH for me?")
    assert "reg" not in heard_tokens("Can you pull up the red Panda for me, EF 456 GH?")
    assert "red" in heard_tokens("Can you pull up the red Panda for me, EF 456 GH?")


def test_a_booking_called_up_is_no_look_up() -> None:
    p = parse("Can you pull up the booking EF 456 GH for me?", language="en", today=TODAY)
    assert p.intent != "lookup_plate"


@pytest.mark.parametrize(
    "said", ["Hoosvan is EF 456 GH, do you know?", "Whosecar is Echo Foxtrot 4 5 6 Golf Hotel?"]
)
def test_whose_run_onto_the_vehicle_asks_the_owner(said: str) -> None:
    p = parse(said, language="en", today=TODAY)
    assert (p.intent, p.handled, p.slots.get("plate")) == ("lookup_plate", True, "EF456GH"), p.reason


def test_whose_run_on_only_opening_before_is() -> None:
    assert heard_tokens("Husvan EF 456 GH booked on Monday")[:1] == ["husvan"]


def test_whose_name_run_on_asks_the_owner() -> None:
    p = parse("Usename is EF 456 GH registered on, please?", language="en", today=TODAY)
    assert (p.intent, p.handled, p.slots.get("plate")) == ("lookup_plate", True, "EF456GH"), p.reason
    assert "whose" not in heard_tokens("Usename is wrong on the booking")
