"""Set 37's English as whisper writes it: "twenty" heard "Tony" before an ordinal's unit ("he can't do the Tony
Third, so move the Genesis battery job … to Monday the Tony First at 9:30"): put back as the date ("the 23rd") only
right after "the" and before "first" … "ninth"; a write resting on it is said back. "Tony" anywhere else is a name."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import english_heard, guessed
from engine.fastpath.parser import tokenize
from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Mr. Gorlar, he can do the Tony Third, so move the Genesis battery job. Echo Charlie 726 hotel tango, to "
         "Monday the Tony First at 930.", "2026-12-23", "2026-12-21"),
        ("Move the Golf's MOT, AB 123 CD, from the Tony third to Monday the Tony first at 10.", "2026-12-23",
         "2026-12-21"),
        ("Bump the Panda's service, AB 123 CD, from the Toni seventh to the Tony ninth at 9.", "2026-11-27",
         "2026-11-29"),
    ],
)
def test_twenty_heard_tony_before_an_ordinal_is_the_date(text: str, old: str, new: str) -> None:
    p = parse_en(text)
    assert p.intent == "move", (p.intent, p.reason, p.slots)
    assert p.slots.get("old_date") == old and p.slots.get("date") == new, p.slots
    assert guessed(tokenize(text)), "a write resting on the guess is said back"


@pytest.mark.parametrize(
    "words",
    [
        ["tony", "rang", "about", "the", "mot", "on", "the", "third"],
        ["book", "the", "golf", "for", "tony", "first", "thing", "on", "friday"],
        ["the", "tony", "service", "on", "friday"],
    ],
)
def test_tony_elsewhere_stays_a_name(words: list[str]) -> None:
    assert english_heard(words) == words
