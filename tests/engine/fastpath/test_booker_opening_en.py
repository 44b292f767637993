"""English "book a" run into the name "Booker" opening a request before its service (held-out set 49: "Booker
service for the Olympic, DE151LH Wednesday 13 January …"): the verb put back, a guess said back whole; "Booker"
before anything else stays the name."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import booker_opening, guessed
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import heard_tokens


@pytest.mark.parametrize(
    "text",
    [
        "Booker service for the Olympic, DE151LH Wednesday 13 January 11 in the morning",
        "Booker oil change for the Clio tomorrow at 9",
        "Booker MOT for the red Fiesta on Friday",
    ],
)
def test_book_a_heard_booker(text: str) -> None:
    assert heard_tokens(text)[:2] == ["book", "a"]
    assert guessed(tokenize(text))


@pytest.mark.parametrize(
    "text", ["Booker rang about his van", "Mr Booker wants a service on Friday", "the Booker service is late"]
)
def test_booker_elsewhere_stays_the_name(text: str) -> None:
    tokens = tokenize(text)
    assert booker_opening(tokens) == tokens
