"""The owner asked in set 34's words: whom the car goes back to ("Sto guardando una Samba …, EG 7 3 5 XM: a chi la
riconsegno?") and whose it may be ("C'è una Porsche rossa che blocca il cancello: di chi può essere? La targa è
coperta dal fango."): a look-up of the plate said, the plate asked for when none is. The car's pronoun and "a chi"
both said: "la riconsegno domani" asks nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Sto guardando una Panda grigia in cortile, AB 123 CD: a chi la riconsegno?",
        "A chi la restituisco la Panda, AB 123 CD?",
        "Il Golf nero EF 456 GH, a chi lo devo riconsegnare?",
        "La AB 123 CD in piazzale: di chi può essere?",
    ],
)
def test_whom_the_car_goes_back_to_is_its_owner(text: str) -> None:
    assert parse_it(text).intent == "lookup_plate"
    assert parse_it(text).slots.get("plate") in ("AB123CD", "EF456GH")


@pytest.mark.parametrize(
    "text",
    [
        "C'è una Porsche rossa che blocca il cancello: di chi può essere? La targa è coperta dal fango.",
        "C'è una macchina che blocca il cancello, di chi può essere?",
    ],
)
def test_whose_it_may_be_with_no_plate_asks_the_plate(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.reason, p.slots)


@pytest.mark.parametrize(
    "text", ["La Panda AB 123 CD la riconsegno domani alle 10.", "Riconsegno la Panda AB 123 CD al signor Rossi domani."]
)
def test_a_car_given_back_told_is_no_look_up_of_its_owner(text: str) -> None:
    assert parse_it(text).intent != "lookup_plate"


def test_the_owner_found_in_the_parse() -> None:
    assert_parsed(parse_it("La Punto bianca FT 789 MN: a chi la riconsegniamo?"), "lookup_plate", {"plate": "FT789MN"})
