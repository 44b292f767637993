"""The part of the day said as late or early in it ("Scannapieco porterebbe l'Arabella, DD 396 WR, per una diagnosi
venerdì 4, sul tardi", set 50: the afternoon lost): "sul tardi", "late in the day" the afternoon, "sul presto" the
morning; "più tardi", "al più presto" no part of a day."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Scannapieco porterebbe la DD 396 WR per una diagnosi venerdì 4, sul tardi.", "afternoon"),
        ("Prenota una revisione alla DD 396 WR giovedì 26 sul tardi", "afternoon"),
        ("Prenota una revisione alla DD 396 WR giovedì 26, sul presto", "morning"),
    ],
)
def test_late_or_early_is_a_part_of_day(text: str, part: str) -> None:
    assert parse_it(text).slots.get("part_of_day") == part


def test_late_in_the_day_is_the_afternoon() -> None:
    assert parse_en("Book an MOT for DD 396 WR on Thursday the 26th, late in the day").slots.get("part_of_day") == (
        "afternoon"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Prenota una revisione alla DD 396 WR giovedì 26, l'ora te la dico più tardi",
        "Prenota una revisione alla DD 396 WR al più presto",
    ],
)
def test_later_or_soonest_is_no_part_of_day(text: str) -> None:
    assert parse_it(text).slots.get("part_of_day") is None
