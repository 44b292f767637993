"""The courtesy said last cut short, "if you would" (set 35: "…, he wants a full service on Tuesday the 15th at 10,
if you would" was refused as a hypothetical): no condition the request waits on. A condition that goes on after
"if you would" ("if you would like", "if you would call him first") is still one."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "The Trooper, EN 4 1 8 ZB, he wants a full service on Tuesday the 15th at 10, if you would.",
        "Book the red Fiesta, AB 123 CD, in for an MOT on Thursday the 17th at 9, if you will.",
        "Stick the Corsa, FG 321 AB, down for new pads on Monday the 14th at half 2, if you could please.",
    ],
)
def test_a_courtesy_cut_short_is_no_condition(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.handled, (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Book the Trooper, EN 4 1 8 ZB, for a service on Tuesday the 15th at 10 if you would like.",
        "Book the Trooper, EN 4 1 8 ZB, for a service on Tuesday the 15th at 10 if you would call him first.",
    ],
)
def test_a_condition_said_on_is_still_one(text: str) -> None:
    p = parse_en(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason)
