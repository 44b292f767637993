"""A move relayed as the customer's question with the job named first and its pronoun again ("Ciampolini chiede se la
batteria della Navigator, FX 062 TZ, la possiamo fare prima: lunedì 21 dicembre alle 8 e mezza gli andrebbe bene",
set 40): no condition, the move itself, asked, so said back for a yes (`Parse.careful`). Whether we can do it on a day
with no "prima" or move verb stays unread. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "new", "time"),
    [
        (
            "Ciampolini chiede se la batteria della Panda, FX 062 TZ, la possiamo fare prima: lunedì 21 dicembre alle "
            "8 e mezza gli andrebbe bene.",
            "2026-12-21", "08:30",
        ),
        ("Rossi chiede se la revisione della Clio, EF 456 GH, la possiamo anticipare a venerdì 27 alle 9.",
         "2026-11-27", "09:00"),
        ("La signora chiede se il tagliando della Golf, AB 123 CD, lo possiamo spostare a lunedì 30 alle 10.",
         "2026-11-30", "10:00"),
    ],
)
def test_the_job_named_then_moved_is_asked(text: str, new: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.handled, (p.intent, p.reason, p.slots)
    assert p.slots.get("date") == new and p.slots.get("time") == time, p.slots
    assert p.careful, p


def test_no_day_said_asks_it() -> None:
    p = parse_it("Ciampolini chiede se la batteria della Panda, FX 062 TZ, la possiamo fare prima.")
    assert p.intent == "move" and not p.handled and p.reason == "missing:date", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        # whether we can do it on a day: no move asked
        "Ciampolini chiede se la batteria della Panda, FX 062 TZ, la possiamo fare lunedì 21 dicembre.",
        # whether the car can be taken earlier, said of no job
        "Ciampolini chiede se la Panda, FX 062 TZ, la possiamo vedere prima.",
    ],
)
def test_no_move_asked(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)
