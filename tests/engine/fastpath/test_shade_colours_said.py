"""Shades a workshop stores by name (antracite, bordeaux, sabbia, bronzo, avorio, celeste …) said at the counter:
read as the vehicle's colour, said back in Italian by their own name, and checked against the stored colour with
their plain colour ("la X3 grigia" fits the anthracite X3; "la Laguna marrone" does not fit the bronze one)."""

from __future__ import annotations

import pytest

from engine.fastpath.normalize import tokenize
from engine.fastpath.plate_evidence import colour_fits
from engine.fastpath.vehicles import VehicleDescription, find_vehicle_description


@pytest.mark.parametrize(
    ("said", "colour", "model"),
    [
        ("la laguna bronzo", "bronze", "Laguna"),
        ("la logan sabbia di ferri", "sand", "Logan"),
        ("l antara avorio", "ivory", "Antara"),
        ("la x3 antracite", "anthracite", "X3"),
        ("the burgundy mazda 3", "burgundy", "3"),
        ("il getz turchese", "turquoise", "Getz"),
        ("la corsa amaranto", "amaranth", "Corsa"),
    ],
)
def test_a_shade_is_the_vehicle_s_colour(said: str, colour: str, model: str) -> None:
    desc = find_vehicle_description(said.split())
    assert desc.colour == colour
    assert desc.model == model


def test_a_shade_is_said_back_by_its_own_name() -> None:
    assert VehicleDescription(model="Laguna", colour="bronze").spoken("it") == "Laguna bronzo"
    assert VehicleDescription(model="Grande Panda", colour="celeste").spoken("it") == "Grande Panda celeste"


@pytest.mark.parametrize(
    ("said", "stored", "fits"),
    [
        ("grey", "antracite", True),  # the plain colour people call the shade by
        ("anthracite", "grigio", True),
        ("anthracite", "antracite", True),
        ("red", "bordeaux", True),
        ("blue", "celeste", True),
        ("white", "avorio", True),
        ("brown", "bronzo", False),  # no family: a bronze car is not "marrone"
        ("anthracite", "rosso", False),
        ("sand", "bianco", False),
    ],
)
def test_a_shade_fits_its_plain_colour(said: str, stored: str, fits: bool) -> None:
    assert colour_fits(VehicleDescription(colour=said), {"colour": stored}) is fits


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("scrivi a Lamanna su WhatsApp che il tagliando è confermato", "lamanna"),  # no "ramata" by sound
        ("la Tivoli bianca della signora Neri", "tivoli"),  # no "t" + "ivory"
    ],
)
def test_a_surname_or_model_is_not_put_back_as_a_shade(said: str, kept: str) -> None:
    from engine.fastpath.parser import heard_tokens

    assert kept in heard_tokens(said)


@pytest.mark.parametrize(
    ("said", "italian", "english"),
    [
        ("il furgone bianco di Rossi", "furgone bianco", "white van"),
        ("la station grigia", "station wagon grigia", "grey station wagon"),
        ("quel pickup nero", "pickup nero", "black pickup"),
    ],
)
def test_a_body_said_is_said_back_in_the_language_spoken(said: str, italian: str, english: str) -> None:
    """"Non trovo nessun veicolo furgone di Giancaspro", never "veicolo van": the body is kept in English to look up."""
    desc = find_vehicle_description(tokenize(said))
    assert desc.body is not None and not desc.model, desc
    assert (desc.spoken("it"), desc.spoken("en")) == (italian, english)
