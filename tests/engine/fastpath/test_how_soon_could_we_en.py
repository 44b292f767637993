"""How soon asked with "could we" ("Brake pads: how soon could we actually get a set done, do you reckon?", set 46):
the first free slot, a read; its "could" and the "actually" after it no hypothetical. With a write asked ("how soon
could we book it in, if he agrees") or without "how soon" ("could we get … on Friday?") it stays as it was."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Brake pads: how soon could we actually get a set done, do you reckon?",
        "How soon could we realistically get a regas done?",
        "How soon could you do an MOT on the Panda?",
    ],
)
def test_how_soon_could_we_is_the_first_free_slot(text: str) -> None:
    parsed = parse_en(text)
    assert parsed.intent == "first_free_slot" and parsed.handled, (parsed.reason, text)


@pytest.mark.parametrize(
    "text",
    [
        "How soon could we book FG 052 GA in, if he agrees?",
        "Could we get a set of pads done on Friday?",
    ],
)
def test_a_write_or_no_how_soon_stays_hypothetical(text: str) -> None:
    assert parse_en(text).reason == "out_of_scope:hypothetical", text
