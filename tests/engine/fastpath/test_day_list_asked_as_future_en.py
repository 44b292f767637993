"""The day's list asked with "who've we got" heard as the future it sounds like ("who are we going to be coming in
on Saturday?", "who are we going to have in tomorrow?"): the day's appointments, a read. New sentences in the shape
held-out set 26 heard; "who are we going to ring" stays a call (refused)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, slot


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Who are we going to be coming in on Friday, 27th November?", "2026-11-27"),
        ("Who are we going to have in on Monday the 30th?", "2026-11-30"),
        ("Who's going to be coming in tomorrow?", "2026-11-26"),
    ],
)
def test_the_day_list_is_asked(text: str, date: str) -> None:
    p = parse_en(text)
    assert p.intent == "day_appointments" and p.handled, (p.reason, p.slots)
    assert slot(p, "date") == date


def test_who_we_are_going_to_ring_is_no_list() -> None:
    p = parse_en("Who are we going to ring about the Panda GH 907 MN?")
    assert p.intent is None and p.reason.startswith("out_of_scope"), (p.intent, p.reason)
