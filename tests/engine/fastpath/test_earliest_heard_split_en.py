""" "Earliest" heard as two words ("early is") after "your"/"our", or after "you're" (whisper's "your") with the
slot said next: the first free slot asked; "you're early, is …" said of a customer keeps its words."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "When you're early is slot for a tyre change?",
        "what's your early is opening for an MOT",
        "when is our early is free slot for brake pads",
    ],
)
def test_earliest_split_is_the_first_free_slot(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "first_free_slot" and p.slots.get("first_free") is True


def test_youre_early_said_of_a_customer_keeps_its_words() -> None:
    assert parse_en("You're early, is that ok for the Panda AB 123 CD?").intent != "first_free_slot"
