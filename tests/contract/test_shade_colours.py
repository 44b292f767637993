"""Colours a workshop stores by their own shade name (antracite, bordeaux, sabbia, bronzo, avorio …), on both
backends: a shade said finds its vehicle, a plain colour said finds its shades too ("la X3 grigia" is the
anthracite X3), and a shade said never finds the plain colour's other cars."""

from __future__ import annotations

from typing import Any

import pytest

SHADED = [
    ("FB418KW", "BMW", "X3", "antracite"),
    ("GY582TA", "Renault", "Laguna", "bronzo"),
    ("EA308JG", "Dacia", "Logan", "sabbia"),
    ("HH306KE", "Opel", "Antara", "avorio"),
    ("FJ281BX", "Mazda", "3", "bordeaux"),
    ("GF324CF", "Fiat", "Seicento", "azzurro"),
    ("GL207RP", "Suzuki", "Celerio", "rosa"),
]


async def _add_shaded(call: Any) -> None:
    for plate, make, model, colour in SHADED:
        added = await call("add_vehicle", customer_id=1, plate=plate, make=make, model=model, colour=colour)
        assert added.ok, added.error


@pytest.mark.parametrize(
    ("said", "plate"),
    [
        ("Laguna bronzo", "GY582TA"),
        ("the bronze Laguna", "GY582TA"),
        ("Logan sabbia", "EA308JG"),
        ("the sand Logan", "EA308JG"),
        ("Antara avorio", "HH306KE"),
        ("the ivory Antara", "HH306KE"),
        ("X3 antracite", "FB418KW"),
        ("X3 grigia", "FB418KW"),  # a plain colour finds its shade
        ("Mazda 3 rossa", "FJ281BX"),
        ("Seicento blue", "GF324CF"),  # "la Seicento azzurra" as the fast path asks for it
        ("Seicento azzurra", "GF324CF"),
        ("Celerio rosa", "GL207RP"),  # pink, a whole word only: "Rosaria" is no colour
        ("the pink Celerio", "GL207RP"),
    ],
)
async def test_a_shade_or_its_plain_colour_finds_the_vehicle(call, said, plate):
    await _add_shaded(call)
    found = await call("find_vehicle", description=said)
    assert found.ok, found.error
    assert [m["plate"] for m in found.data["matches"]] == [plate]


async def test_a_shade_said_finds_only_the_shade(call):
    await _add_shaded(call)
    # the seed's grey Panda is no anthracite car; the bronze Laguna is no brown one
    assert (await call("find_vehicle", description="Panda antracite")).error.code == "not_found"
    assert (await call("find_vehicle", description="Laguna marrone")).error.code == "not_found"
    assert (await call("find_vehicle", description="Panda rosa")).error.code == "not_found"  # pink is no red


async def test_a_vehicle_added_with_a_shade_keeps_its_stored_form(call):
    added = await call("add_vehicle", customer_id=1, plate="GG093LS", make="Hyundai", model="Getz", colour="Turquoise")
    assert added.ok, added.error
    found = await call("find_vehicle", plate="GG093LS")
    assert found.data["matches"][0]["colour"] == "turchese"


async def test_a_name_that_begins_like_a_colour_is_no_colour(call):
    # "Sandro" would have been read as sand by a stem, and found only the sand-coloured Logan of the two
    await _add_shaded(call)
    added = await call("add_vehicle", customer_id=1, plate="EF638RE", make="Dacia", model="Logan", colour="bianco")
    assert added.ok, added.error
    found = await call("find_vehicle", description="Logan Sandro")
    assert {m["plate"] for m in found.data["matches"]} == {"EA308JG", "EF638RE"}


TWO_WORD_SHADES = [
    ("DV913CB", "Renault", "Fluence", "marrone castagna"),
    ("GM148DX", "Alfa Romeo", "156", "rosso ciliegia"),
    ("EA839WC", "SsangYong", "Korando", "verde salvia"),
    ("FP520KT", "Toyota", "Auris", "blu pavone"),
    ("GB730LM", "Opel", "Astra", "rosso corsa"),  # its second word is a model too: the red Corsa is no shade
]


async def _add_two_word_shades(call: Any) -> None:
    for plate, make, model, colour in TWO_WORD_SHADES:
        added = await call("add_vehicle", customer_id=1, plate=plate, make=make, model=model, colour=colour)
        assert added.ok, added.error


@pytest.mark.parametrize(
    ("said", "plate"),
    [
        ("Fluence marrone castagna", "DV913CB"),
        ("Renault marrone castagna", "DV913CB"),  # the shade's second word is no model unknown
        ("Fluence marrone", "DV913CB"),  # its plain colour
        ("Fluence brown", "DV913CB"),  # as the fast path asks for it
        ("Alfa Romeo 156 rosso ciliegia", "GM148DX"),
        ("156 rossa", "GM148DX"),
        ("Korando verde salvia", "EA839WC"),
        ("Korando green", "EA839WC"),
        ("Auris blu pavone", "FP520KT"),
        ("Auris blue", "FP520KT"),
        ("Astra rosso corsa", "GB730LM"),
        ("Astra rossa", "GB730LM"),
    ],
)
async def test_a_shade_of_two_words_or_its_plain_colour_finds_the_vehicle(call, said, plate):
    await _add_two_word_shades(call)
    found = await call("find_vehicle", description=said)
    assert found.ok, found.error
    assert [m["plate"] for m in found.data["matches"]] == [plate]


async def test_a_wrong_colour_never_finds_a_shade_of_two_words(call):
    await _add_two_word_shades(call)
    for said in ("Fluence rossa", "156 verde", "Korando blu", "Auris marrone", "Renault verde salvia"):
        assert (await call("find_vehicle", description=said)).error.code == "not_found", said
    # a shade said whole finds only itself: the seed's red Panda is no cherry-red one
    assert (await call("find_vehicle", description="Panda rosso ciliegia")).error.code == "not_found"
    # its plain colour still finds the plain-coloured cars beside it
    found = await call("find_vehicle", description="Panda rossa")
    assert [m["plate"] for m in found.data["matches"]] == ["LN777TT"]


@pytest.mark.parametrize(
    "said",
    [
        "Fluence %",  # LIKE's wildcards: the colour is matched as whole words, never as a pattern
        "Fluence marrone%",
        "Fluence _arrone castagna",
        "Fluence marrone' OR '1'='1",
        "Fluence marrone castagna; DROP TABLE wp_bookly_customers",
    ],
)
async def test_hostile_colour_words_find_no_other_car_and_change_nothing(call, said):
    await _add_two_word_shades(call)
    found = await call("find_vehicle", description=said)
    # at most the Fluence said (its colour words left out or read as its shade), never every car
    plates = [m["plate"] for m in found.data["matches"]] if found.ok else []
    assert set(plates) <= {"DV913CB"}, (said, plates)
    again = await call("find_vehicle", description="Fluence marrone castagna")
    assert [m["plate"] for m in again.data["matches"]] == ["DV913CB"]
