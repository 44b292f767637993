"""The counter's dictation with no job said (set 33: "Toyota della Lamanuzzi, Domodossola Savona 8 3 0 Domodossola
York, lunedì 7 dicembre alle 3.") was refused: the vehicle described around its plate, then a day with its time
closing it, is a booking whose job is asked back, nothing written. The plate alone, no time, a day already set ("di
lunedì") or anything else said stay as they were."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("Fiat della Rossi, Ancona Bologna 1 2 3 Como Domodossola, lunedì 7 dicembre alle 3.", "2026-12-07", "15:00"),
        ("La Punto di Rossi, AB 123 CD, lunedì alle 3.", "2026-11-30", "15:00"),
        ("AB 123 CD, la Punto gialla, domani alle 9 e mezza.", "2026-11-26", "09:30"),
    ],
)
def test_the_job_is_asked(text: str, day: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and not p.handled and p.reason == "missing:service", (p.intent, p.reason)
    assert p.slots["plate"] == "AB123CD" and p.slots["date"] == day and p.slots["time"] == time, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La Punto di Rossi, AB 123 CD, di lunedì alle 3.",  # a day already set
        "La Punto di Rossi, AB 123 CD, lunedì.",  # no time
        "AB 123 CD, lunedì alle 3.",  # no vehicle described
        "La Punto di Rossi, AB 123 CD, è arrivata lunedì alle 3.",
        "La Punto di Rossi, AB 123 CD, da lunedì alle 3 a martedì alle 4.",
    ],
)
def test_no_booking_read_from_less(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "book", (p.intent, p.reason, p.slots)


async def test_the_job_asked_writes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("La Renegade di Bruno, ZA 987 YE, venerdì 6 marzo alle 3.", context, alone=True)
    assert wrote_nothing(out), out
    asked = out.clarification or out.reply_text or ""
    assert "servizio" in asked.lower(), asked
