"""Why a read is asked, said after it in English ("…, I need to know if I'm short-handed"): its "if" is no
condition, the read is answered; a write said so waits on an answer and stays refused, and "I need to know if …"
said first is left as it was (the bench's Wednesday 25 November 2026)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Talk me through who's in on Friday the 4th, I need to know if we're short of hands.",
        "who have we got booked on Tuesday the 1st? I want to see if I can take the morning off",
        "What's on tomorrow, just need to check whether Marco's needed",
    ],
)
def test_why_said_after_the_agenda_is_no_condition(text: str) -> None:
    assert parse_en(text).intent == "day_appointments"


def test_why_said_after_a_write_stays_refused() -> None:
    p = parse_en("Book the Clio AB 123 CD for an MOT on Friday at 9, I need to know if that works")
    assert not p.handled and p.reason == "out_of_scope:hypothetical"


def test_need_to_know_said_first_is_left_as_it_was() -> None:
    p = parse_en("I need to know if the Panda AB 123 CD is ready")
    assert not p.handled and p.reason == "out_of_scope:hypothetical"
