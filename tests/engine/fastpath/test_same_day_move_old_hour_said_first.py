"""A move on the same day whose old hour is said first, as the one the customer cannot keep ("Alle 3 la Pisapia è
al lavoro: la revisione della Hollywood, EK 3 6 6 KD, mercoledì 5 maggio, mettila alle 5, stesso giorno", set 50:
asked which hour): the hour after the put verb is the new one. With no put verb right before the later hour, both
hours stay asked."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Alle 3 la Pisapia è al lavoro: la revisione della EK 366 KD, mercoledì 5 maggio, mettila alle 5, stesso "
         "giorno.", "15:00", "17:00"),
        ("Alle 9 la Rossi ha un impegno: il tagliando della EK 366 KD di mercoledì 5 maggio spostalo alle 11, stesso giorno.",
         "09:00", "11:00"),
        ("Alle 10 non ce la fa: le gomme della EK 366 KD, mercoledì 5 maggio, falle alle 4, stesso giorno.",
         "10:00", "16:00"),
    ],
)  # fmt: skip
def test_hour_after_the_put_verb_is_the_new_one(text: str, old: str, new: str) -> None:
    assert_parsed(parse_it(text), "move", {"old_time": old, "time": new, "date": "2027-05-05"})


def test_without_a_put_verb_before_the_later_hour_both_are_asked() -> None:
    p = parse_it("Alle 3 la Pisapia è al lavoro: la revisione della EK 366 KD, mercoledì 5 maggio, spostala, stesso "
                 "giorno, e lei dice alle 5.")  # fmt: skip
    assert not (p.handled and p.slots.get("time") == "17:00"), p
