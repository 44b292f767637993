"""The part of the day said, the day itself to come ("La X vuole cambiare le gomme alla Noble, EZ 733 VR, di
pomeriggio: il giorno lo sceglie lei e ci richiama", set 39, lost "afternoon"): the day asked, the afternoon kept.
With no part of the day said, none is made up."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("La Rossi vuole cambiare le gomme alla Clio, EW 275 HS, di pomeriggio: il giorno lo sceglie lei e ci richiama.",
         "afternoon"),
        ("Cambia le gomme alla Punto, AB 123 CD, nel pomeriggio, il giorno lo decide lui.", "afternoon"),
        ("Prenota il tagliando alla Clio, EW 275 HS, di mattina, il giorno me lo dice domani.", "morning"),
    ],
)  # fmt: skip
def test_the_part_of_the_day_is_kept(text: str, part: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:date", (p.reason, p.slots)
    assert p.slots.get("part_of_day") == part and "date" not in p.slots, p.slots


def test_no_part_said_none_made_up() -> None:
    p = parse_it("Cambia le gomme alla Punto, AB 123 CD, il giorno lo decide lui.")
    assert p.reason == "missing:date" and "part_of_day" not in p.slots, p.slots
