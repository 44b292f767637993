"""A move said with its new day first, right after the verb and "a", and the day the appointment had after it with
"di" ("Sposta a venerdì 4 dicembre alle 10 l'appuntamento di giovedì 3", set 35): the first day is the new one,
the hour with it. Said the usual way round, the first day stays the one it had."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        (
            "Sposta a venerdì 4 dicembre alle 10 l'appuntamento di giovedì 3, ma non ricordo di chi era.",
            {"old_date": "2026-12-03", "date": "2026-12-04", "time": "10:00"},
        ),
        (
            "Rimanda a lunedì 30 alle 9 la revisione di venerdì 27 della Panda, AB 123 CD.",
            {"plate": "AB123CD", "old_date": "2026-11-27", "date": "2026-11-30", "time": "09:00"},
        ),
        (
            "Spostami a giovedì 3 alle 16 le gomme del 2 dicembre della Golf, EF 456 GH.",
            {"plate": "EF456GH", "old_date": "2026-12-02", "date": "2026-12-03", "time": "16:00"},
        ),
    ],
)
def test_new_day_said_before_the_old_one(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "move", slots)


@pytest.mark.parametrize(
    "text",
    [
        "Sposta l'appuntamento di giovedì 3 a venerdì 4 alle 10.",
        "La revisione di giovedì 3 della Panda, AB 123 CD, spostala a venerdì 4 alle 10.",
    ],
)
def test_old_day_said_first_stays_the_old_one(text: str) -> None:
    assert_parsed(parse_it(text), "move", {"old_date": "2026-12-03", "date": "2026-12-04", "time": "10:00"})
