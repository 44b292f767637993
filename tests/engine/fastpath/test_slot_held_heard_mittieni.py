"""The slot held for the car said aloud and written by whisper as one word, its t doubled ("Per la Micra, FN998GM,
Mittieni libero Martedì alle 9.", the user check of session 37; the sentences below are new): "mi tieni", so the slot
held is read as it is when written apart (a booking asked, its job asked back when not said), never refused as
words no table knows. "Mittieni" and "mitieni" are no Italian words; the car kept, with no slot held, is still no
booking."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize("fused", ["Mittieni", "mittieni", "Mitieni"])
def test_the_fused_hold_is_heard_as_mi_tieni(fused: str) -> None:
    tokens = heard_tokens(f"per la Punto, AB 123 CD, {fused} libero venerdì alle 9")
    assert tokens[tokens.index("mi") + 1 : tokens.index("mi") + 3] == ["tieni", "libero"], tokens


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("Per la Punto di Rossi, AB 123 CD, Mittieni libero venerdì alle 9.", "2026-11-27", "09:00"),
        ("Mitieni un posto martedì 1 dicembre alle 10 per la Punto di Rossi, AB 123 CD?", "2026-12-01", "10:00"),
        ("La Punto, AB 123 CD: mittieni libero giovedì alle 3?", "2026-11-26", "15:00"),
    ],
)
def test_the_fused_hold_with_no_job_asks_it(text: str, day: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and not p.handled and p.reason == "missing:service", (p.reason, p.slots)
    assert p.slots["date"] == day and p.slots["time"] == time


def test_the_fused_hold_for_a_job_books() -> None:
    assert_parsed(
        parse_it("Per la Punto, AB 123 CD, mittieni libero giovedì alle 3 per il tagliando?"),
        "book", {"plate": "AB123CD", "service": "service", "date": "2026-11-26", "time": "15:00"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mittieni la Punto di Rossi, AB 123 CD, in piazzale fino a venerdì?",  # the car kept, no slot
        "Mi tieni la Punto di Rossi, AB 123 CD, in piazzale fino a venerdì?",
        "Mittieni aggiornato sulla Punto di Rossi, AB 123 CD, venerdì?",  # kept informed
    ],
)
def test_no_booking_read_from_the_fused_word(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)
