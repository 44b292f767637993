"""Two British ways of asking at the counter: room asked as "a gap" ("is there a gap Friday morning to do an oil
change?": the first free slot, a read) and a car's history asked in the present perfect ("what's been done on the
Clio so far?": its history, a read). A gap in the door, or what has been done told, stays as said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Is there a gap Friday the 27th, before lunch, to do an oil change?", "2026-11-27"),
        ("Have you got a gap on Tuesday afternoon for a regas?", "2026-12-01"),
        ("Do we have a gap tomorrow to fit a new battery?", "2026-11-26"),
    ],
)
def test_a_gap_asked_for_is_the_first_free_slot(text: str, date: str) -> None:
    p = parse_en(text)
    assert_parsed(p, "first_free_slot", {"date": date})


def test_a_gap_in_the_bodywork_asks_no_slot() -> None:
    assert parse_en("There's a gap between the bumper and the wing on the Clio.").intent != "first_free_slot"


@pytest.mark.parametrize(
    "text",
    [
        "What's been done on the Polo so far, Golf Hotel 4 1 7 Kilo Lima?",
        "What has been done on the Polo, GH 417 KL?",
        "What work's been done on the Polo GH 417 KL?",
    ],
)
def test_the_work_so_far_asked_is_the_cars_history(text: str) -> None:
    assert_parsed(parse_en(text), "vehicle_history", {"plate": "GH417KL"})


def test_work_told_as_done_with_a_booking_asked_is_no_history() -> None:
    p = parse_en("Book the Polo, GH 417 KL, for an oil change on Friday at 10.")
    assert p.intent == "book"
