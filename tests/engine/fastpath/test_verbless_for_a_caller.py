"""A booking said without a verb for a person who called or came by, told of ("a diagnostic for the fella who rang
this morning, Monday the 7th at 11"; "una diagnosi per il signore che ha chiamato stamattina, lunedì 7 alle 11"): a
booking whose vehicle is asked, nothing written. A person not told of as a caller, or the same asked, stays as
said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "An oil change for the lady who called this morning, Tuesday the 8th at 10.",
        "A regas for the chap that rang, Tuesday the 8th at 10.",
    ],
)
def test_an_english_job_for_a_caller_is_a_booking_asking_the_vehicle(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.reason == "missing:vehicle", (p.intent, p.reason)
    assert (p.slots.get("date"), p.slots.get("time")) == ("2026-12-08", "10:00"), p.slots


def test_an_italian_job_for_a_caller_is_a_booking_asking_the_vehicle() -> None:
    p = parse_it("Un cambio olio per la signora che ha chiamato stamattina, martedì 8 alle 10.")
    assert p.intent == "book" and p.reason == "missing:vehicle", (p.intent, p.reason)
    assert (p.slots.get("date"), p.slots.get("time")) == ("2026-12-08", "10:00"), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "An oil change for the lady on Tuesday the 8th at 10.",  # no caller told of
        "An oil change for the lady who called this morning, Tuesday the 8th at 10?",  # asked
    ],
)
def test_a_job_for_someone_not_told_of_as_a_caller_stays_as_said(text: str) -> None:
    assert parse_en(text).intent != "book", text
