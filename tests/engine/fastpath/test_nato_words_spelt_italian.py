"""NATO words as an Italian ear spells them, in a plate spelt with the NATO alphabet: Kilo written "chilo" (the
weight) or "kg" (its unit) ("bravo Victor, sei uno quattro chilo alfa", "bravo Victor 614 kg alpha", set 52), Golf
with its l lost ("Goff", "Gof", sets 36, 40, 42), Foxtrot voiced or cut ("Fogstrop Bravo", "Fockstop Bravo", set 36),
Juliett as the Alfa Romeo "Giulia" ("Goff, Charlie 828 Sierra Giulia", set 42). Each only beside a NATO word said
plainly, "Giulia" only as a letter of a plate spelt whole in NATO words: the same words elsewhere stay words."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it, plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la Mikasa, bravo Victor, sei uno quattro chilo alfa, fa un rumore strano", "BV614KA"),
        ("ho in mano un libretto, bravo Victor 614 kg alpha, trovami il proprietario", "BV614KA"),
        ("Controllami Goff, Charlie 828 Sierra Giulia, chi è il proprietario", "GC828SJ"),
        ("Isabella, Goff, Sierra 9 9 2 Fogstrop Bravo, la revisione", "GS992FB"),
        ("la Panda, Gof Lima 2 8 1 Foxtrot Tango, tagliando", "GL281FT"),
        ("la Clio, delta Romeo 3 4 5 Fockstop Bravo", "DR345FB"),
    ],
)  # fmt: skip
def test_nato_words_spelt_the_italian_way(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "pesa un chilo alla bilancia",
        "un chilo di alfa",
        "la Giulia di Rossi, tagliando domani",
        "il gof della Golf",
    ],
)
def test_the_same_words_alone_stay_words(text: str) -> None:
    assert plates_in(text) == []


def test_kg_after_digits_alone_is_no_kilo() -> None:
    assert all("614KG" in p for p in plates_in("ha fatto 614 kg alla consegna"))  # a weight, read as said
    assert plates_in("bravo Victor 614 kg ab") == ["BV614KG"]  # the letters K G said plainly


def test_giulia_of_the_car_before_a_plate_stays_the_car() -> None:
    assert plates_in("la Golf Giulia, AB 123 CD, tagliando") == ["AB123CD"]


def test_the_plate_spelt_books() -> None:
    assert_parsed(
        parse_it("prenota la revisione per Goff Charlie 828 Sierra Giulia domani alle 10"),
        "book",
        {"plate": "GC828SJ", "time": "10:00"},
    )
