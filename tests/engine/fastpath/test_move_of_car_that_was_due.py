"""The appointment named by the day the car was due in ("Quella bianca che doveva entrare martedì 9 febbraio,
mettila venerdì 11 dicembre alle 10", set 41; "la Panda che veniva lunedì"): the day it had, so "mettila <day>" moves
it (no booking); with no plate, which appointment is asked. Without a day after "doveva entrare" or without a new day
after the put verb it moves nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        (
            "Quella bianca che doveva entrare martedì 9 febbraio, mettila venerdì 11 dicembre alle 10.",
            {"old_date": "2027-02-09", "date": "2026-12-11", "time": "10:00"},
        ),
        (
            "La Panda di Rossi, AB 123 CD, che doveva venire lunedì 30, mettila a giovedì 3 dicembre alle 9.",
            {"plate": "AB123CD", "old_date": "2026-11-30", "date": "2026-12-03", "time": "09:00"},
        ),
        (
            "La Golf grigia che veniva venerdì, mettimela lunedì alle 11.",
            {"old_date": "2026-11-27", "date": "2026-11-30", "time": "11:00"},
        ),
        (
            "Il furgone che doveva arrivare domani lo mettiamo a sabato alle 8.",
            {"old_date": "2026-11-26", "date": "2026-11-28", "time": "08:00"},
        ),
    ],
)
def test_put_from_the_day_it_was_due_is_a_move(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "move", slots)


@pytest.mark.parametrize(
    "text",
    [
        "Quella bianca che doveva entrare, mettila in officina.",  # no day it had, no new day
        "La Panda che doveva entrare martedì, mettila sul ponte.",  # no new day: the car itself put
        "La Golf di Rossi doveva entrare martedì ma non è venuta.",  # told, nothing asked
    ],
)
def test_without_both_days_it_moves_nothing(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)
