"""English replies name a car's stored (Italian) colour in English: a single colour word by its English ("indaco" →
indigo, set 34's English run answered "the indaco Saxo"), a shade on file ("blu pavone", "verde salvia") by its plain
colour; a colour no table knows stays as stored. Italian replies keep the shade as it is on file."""

from __future__ import annotations

import pytest

from i18n.fastpath import spoken_vehicle


@pytest.mark.parametrize(
    ("colour", "said"),
    [("indaco", "the indigo Saxo"), ("blu pavone", "the blue Saxo"), ("verde salvia", "the green Saxo"),
     ("Lilla", "the lilac Saxo"), ("fucsia", "the fucsia Saxo"), ("grigio", "the grey Saxo")],
)  # fmt: skip
def test_english_names_the_colour_in_english(colour: str, said: str) -> None:
    car = {"make": "Citroën", "model": "Saxo", "colour": colour, "plate": "GD741NF"}
    assert spoken_vehicle(car, "en") == f"{said} GD741NF"


def test_italian_keeps_the_shade() -> None:
    car = {"make": "Lancia", "model": "Y10", "colour": "blu pavone", "plate": "FT238KD"}
    assert spoken_vehicle(car, "it") == "la Y10 blu pavone FT238KD"
