"""An Italian surname heard in two after an English title, its first syllable a word a blocker knows ("Mr Ma
Strodiacomo" for Mastrogiacomo: "ma" is the Italian "but"; "Mrs Se Rafini"): the name, no condition or
objection. New sentences in the shape held-out set 25 heard; a real "not" after a name stays a negation."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Email Mr Ma Strodiacomo a confirmation for the Panda, GH 907 MN.", "send_confirmation"),
        ("Text Mrs Se Rafini a reminder for the Panda GH 907 MN.", "send_reminder"),
    ],
)
def test_the_name_split_after_its_title_is_no_blocker(text: str, intent: str) -> None:
    p = parse_en(text)
    assert p.intent == intent and p.handled, (p.intent, p.reason, p.slots)
    assert p.slots.get("plate") == "GH907MN"


@pytest.mark.parametrize(
    "text",
    [
        "Book the Panda GH 907 MN for tyres tomorrow at 9 for Mr Rossi, not Mrs Bianchi.",
        "Mr Rossi not coming, cancel the Panda GH 907 MN tomorrow.",
        "Email Mrs Bianchi if the Panda GH 907 MN is ready.",
    ],
)
def test_a_negation_or_condition_said_after_a_name_stays(text: str) -> None:
    p = parse_en(text)
    assert p.intent is None and p.reason.startswith("out_of_scope"), (p.intent, p.reason)
