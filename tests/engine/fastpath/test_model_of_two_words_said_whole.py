"""A model said by its longer name, whose last word alone names another model of the same make ("the C3
Picasso", "the Range Rover Evoque"), or a make of two words ("the Land Rover Discovery"): one vehicle described,
never two (which asked "For which vehicle?" with the plate said), nor a description lost (which said the plate back
as uncertain). Two models of the same make said apart ("the Panda and the Punto") still ask which."""

from __future__ import annotations

from datetime import date

from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse
from engine.fastpath.vehicles import find_vehicle_description

TODAY = date(2026, 3, 2)


def test_the_c3_picasso_is_one_citroen() -> None:
    desc = find_vehicle_description(tokenize("put the blue c3 picasso in for a service"))
    assert (desc.make, desc.model, desc.several) == ("Citroën", "C3 Picasso", False)


def test_a_longer_name_of_the_same_make_is_one_vehicle() -> None:
    for said in ("the grand c4 picasso needs brakes", "the range rover evoque is in on monday"):
        assert not find_vehicle_description(tokenize(said)).several, said


def test_a_booking_of_the_c3_picasso_with_its_plate_is_done() -> None:
    p = parse("Put the white C3 Picasso, Alpha Bravo 1 2 3 Charlie Delta, in for brakes on Friday at 10.",
              language="en", today=TODAY)  # fmt: skip
    assert p.intent == "book" and p.handled, p.reason
    assert p.slots["plate"] == "AB123CD"
    assert p.slots["vehicle_description"]["model"] == "C3 Picasso"


def test_the_land_rover_make_is_heard() -> None:
    desc = find_vehicle_description(tokenize("get the land rover discovery booked for its mot"))
    assert (desc.make, desc.model) == ("Land Rover", "Discovery")
    assert find_vehicle_description(tokenize("the land rover defender, AB 123 CD")).make == "Land Rover"


def test_two_models_said_apart_still_ask_which() -> None:
    p = parse("Book the Panda and the Punto for a service on Thursday", language="en", today=TODAY)
    assert not p.handled and p.reason == "ambiguous:two_vehicles"
    p = parse("Book the Citroen C3 and the Picasso for a service on Thursday", language="en", today=TODAY)
    assert not p.handled and p.reason == "ambiguous:two_vehicles"


def test_a_bmw_series_said_the_english_way_is_its_model() -> None:
    p = parse(
        "Could you shift the BMW 3 Series, AB 123 CD, to Friday the 6th at 10?", language="en", today=TODAY
    )
    assert p.intent == "move" and p.handled, p.reason
    assert p.slots["vehicle_description"]["model"] == "Serie 3"


def test_a_number_before_another_word_is_still_stray() -> None:
    p = parse("Book a service for AB 123 CD on Monday 5", language="en", today=TODAY)
    assert not p.handled
