"""The part of the day told by lunch ("dopodomani dopo pranzo", "prima di pranzo"), as held-out set 19 said it: after
lunch is the afternoon, before it the morning. Parses on the bench's Wednesday 25 November 2026 (new sentences)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "intent", "part"),
    [
        (
            "Ho una revisione da sistemare domani dopo pranzo, a che ora c'è un buco?",
            "first_free_slot",
            "afternoon",
        ),
        ("Segnami la Punto di Rossi, AB 123 CD, per un tagliando venerdì dopo pranzo", "book", "afternoon"),
        ("Per un cambio gomme giovedì prima di pranzo c'è posto?", "first_free_slot", "morning"),
    ],
)
def test_lunch_tells_the_part_of_the_day(text: str, intent: str, part: str) -> None:
    assert_parsed(parse_it(text), intent, {"part_of_day": part})


def test_english_lunch_too() -> None:
    assert (
        parse_en("Any room for an oil change on Friday after lunch?").slots.get("part_of_day") == "afternoon"
    )


def test_lunch_alone_tells_no_part() -> None:
    assert (
        parse_it("domani c'è posto per un tagliando? il cliente passa a pranzo").slots.get("part_of_day")
        is None
    )
