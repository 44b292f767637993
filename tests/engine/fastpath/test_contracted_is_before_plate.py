"""The "s" of "that's", "it's" before a plate heard as words ("that's easy 713 PK" for E Z 713 P K): the verb,
never the plate's S run with the letters after it (it was read "essay": S A). New sentences in the shape
held-out set 26 heard; an S said as the plate's own letter is still read."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Cancel her battery job, that's easy 4 1 8 KT.", "EZ418KT"),
        ("It's easy 2 0 5 MC, the Clio.", "EZ205MC"),
    ],
)
def test_the_contracted_is_is_no_letter(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_a_plate_s_own_s_is_still_read() -> None:
    assert plates_in("That's S A 4 1 8 KT.") == ["SA418KT"]
