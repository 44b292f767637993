"""An hour with its minutes and am/pm written together ("3.30pm", "3:30pm", "10.15am"), as whisper writes it, keeps its
minutes: set 15's blind run booked 15:00 for "Wednesday December 2nd at 3.30pm" (the dot was no time before a
letter, so "30pm" was read as "pm"), and "3:30pm" was no time at all. A number with a dot that is no clock stays two
numbers."""

from __future__ import annotations

import pytest

from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("said", "time"),
    [
        ("Book the Fiesta GH 318 LK in for a service on Thursday at 3.30pm.", "15:30"),
        ("MOT for the Corsa FB 772 TR on Friday at 10.15am please", "10:15"),
        ("brake pads for the Astra EC 940 MZ Monday 4:45pm", "16:45"),
        ("can you book the Polo DA 551 KS for an oil change tomorrow at 12.30 pm", "12:30"),
    ],
)
def test_minutes_written_with_am_pm_are_kept(said: str, time: str) -> None:
    assert_parsed(parse_en(said), "book", {"time": time})


def test_the_same_in_italian_and_dots_that_are_no_clock() -> None:
    assert_parsed(parse_it("tagliando per la Panda AB 123 CD giovedì alle 9.45."), "book", {"time": "09:45"})
    assert tokenize("it's done 12.500 km") == ["it", "s", "done", "12", "500", "km"]  # thousands, no hour
    assert tokenize("3.305") == ["3", "305"]
    assert tokenize("at 3.30pm.") == ["at", "3:30pm"]
