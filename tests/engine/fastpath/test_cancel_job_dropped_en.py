"""A job dropped in English ("Please drop the diagnosis for the white Dolphin, G M 5 2 3 V C. The owner sorted the
fault out herself.", set 53; "bin the service for the Golf"): a cancel when the job is named by no part; "drop the
brake pads" (parts) and "drop the Panda off for its MOT" (the car brought) stay no cancel. "Diagnosis" is the
diagnostic check in so many words. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Drop the diagnosis for the grey Panda, AB 123 CD, she's sorted it.", "diagnosis"),
        ("Drop the MOT on the Panda, AB 123 CD, she sold the car.", "inspection"),
        ("Bin the service for the Golf, EF 456 GH.", "service"),
    ],
)
def test_job_dropped_is_a_cancel(text: str, service: str) -> None:
    p = parse_en(text)
    assert p.intent == "cancel", (p.intent, p.reason)
    assert p.slots["service"]["key"] == service, p.slots


def test_job_dropped_with_words_unread_is_still_a_cancel() -> None:
    p = parse_en("Please drop the diagnosis for the white Dolphin, G M 5 2 3 V C. The owner sorted the fault out herself.")
    assert p.intent == "cancel", (p.intent, p.reason)  # "dolphin", "herself" no table knows: said back (`taken_alone`)


@pytest.mark.parametrize(
    "text",
    [
        "Drop the brake pads for the Panda AB 123 CD on Friday.",
        "Drop the Panda AB 123 CD off for the MOT on Friday at 9.",
    ],
)
def test_parts_or_the_car_dropped_is_no_cancel(text: str) -> None:
    p = parse_en(text)
    assert p.intent != "cancel", (p.intent, p.reason)


def test_diagnosis_named_in_english_is_booked() -> None:
    p = parse_en("Book the diagnosis for AB 123 CD tomorrow at 9.")
    assert p.intent == "book" and p.slots["service"]["key"] == "diagnosis", (p.intent, p.slots)
