"""The day's agenda asked by its look with the place said after ("What does tomorrow look like in the shop?", set 40):
the agenda; something else's look stays no agenda."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text", ["What does tomorrow look like in the shop?", "How's Friday looking here?", "what does Monday look like in the shop then?"]
)
def test_the_days_look_is_its_agenda(text: str) -> None:
    assert parse_en(text).intent == "day_appointments"


@pytest.mark.parametrize("text", ["What does the warning light look like in the shop?", "What does the shop look like?"])
def test_anything_elses_look_is_no_agenda(text: str) -> None:
    assert parse_en(text).intent != "day_appointments"
