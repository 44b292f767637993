"""A weekday's last syllable heard apart before its date ("sava to 5 dicembre": sabato 5) has a vowel: a plate's
first letters have none, so a make that sounds near a weekday with its plate after it ("la ricarica del clima della
Vencer, DM 7 3 8 GW, me la sposti da lunedì 8 febbraio a giovedì 17 dicembre alle 14?", set 41) keeps its plate and
is no "venerdì 7" (the day it had read as 27 November, the plate lost)."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la ricarica del clima della Vencer, DM 7 3 8 GW, me la sposti", "DM738GW"),
        ("il tagliando della Vencer, DM 7 3 8 GW", "DM738GW"),
        ("prenota le gomme per la Vencer, GH 4 2 1 TR", "GH421TR"),
        ("la Vencer grigia, DM 7 3 8 GW", "DM738GW"),
    ],
)
def test_a_plates_letters_after_a_make_stay_the_plate(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]
    assert "venerdi" not in heard_tokens(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("mettila sava to 5 dicembre alle 9", "sabato"),  # the syllable heard apart, its vowel heard
        ("spostala a venet di 11 alle 10", "venerdi"),  # its "di" apart
    ],
)
def test_a_weekdays_syllable_heard_apart_is_still_put_back(text: str, day: str) -> None:
    assert day in heard_tokens(text)


def test_the_move_reads_its_plate_and_the_day_it_had() -> None:
    p = parse_it(
        "Per la Rebecchi: la ricarica del clima della Vencer, DM 7 3 8 GW, me la sposti da lunedì 8 febbraio a giovedì "
        "17 dicembre alle 14?"
    )
    assert p.intent == "move", (p.intent, p.reason)
    assert (p.slots.get("plate"), p.slots.get("old_date"), p.slots.get("date"), p.slots.get("time")) == (
        "DM738GW", "2027-02-08", "2026-12-17", "14:00"
    ), p.slots
