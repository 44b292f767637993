"""English said at the counter (held-out set 45; the sentences below are new): "call off the … service" is a
cancellation, its "call" no phone call to make; "… needs moving, but she hasn't picked a new day yet" asks the new day
(whisper's "picked" never put back as "packed"). A call to make stays one the fast path has no tool for."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Call off the Panda's oil change on Friday, AB 123 CD",
        "Can you call off Mr Rossi's MOT on Wednesday the 2nd? AB 123 CD",
        "They're calling off the tyre change on the Panda, AB 123 CD, on Friday",
    ],
)
def test_call_off_is_a_cancellation(text: str) -> None:
    p = parse_en(text)
    assert (p.intent, p.slots.get("plate")) == ("cancel", "AB123CD"), p


@pytest.mark.parametrize("text", ["Call Mr Rossi about the Panda, AB 123 CD", "Give Mrs Bianchi a call about her MOT"])
def test_a_call_to_make_is_still_none_of_ours(text: str) -> None:
    assert parse_en(text).reason == "out_of_scope:unsupported_action"


@pytest.mark.parametrize(
    "text",
    [
        "The Panda's service needs moving, AB 123 CD, but she hasn't picked a new day yet",
        "AB 123 CD's MOT has to be moved, he hasn't chosen a new date",
        "Move the oil change on the Panda, AB 123 CD, she hasn't settled on a new day",
    ],
)
def test_a_new_day_not_picked_is_asked(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "move" and not p.handled and (p.reason or "").startswith("missing:date"), p
