"""A read of part of a day widened with "anzi" to the whole of it is the day's agenda ("Domani mattina chi arriva
per primo? Anzi, dimmi tutta la giornata.", set 41, was refused as a hypothetical): "anzi" / "o meglio" / "actually"
right before the whole day asked is a self-correction, the part of day said before it taken back. "Anzi" before
anything else (a booking, another day) stays the hypothetical it was."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_en, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Domani mattina chi arriva per primo? Anzi, dimmi tutta la giornata.", "it", "2026-11-26"),
        ("Chi c'è venerdì pomeriggio? Anzi no, dammi tutto il giorno.", "it", "2026-11-27"),
        ("Oggi pomeriggio chi viene? O meglio, leggimi tutta la giornata.", "it", "2026-11-25"),
        ("Who's coming in first tomorrow morning? Actually, give me the whole day.", "en", "2026-11-26"),
    ],
)
def test_the_whole_day_asked_instead_is_read(text: str, lang: str, date: str) -> None:
    p = parse_it(text) if lang == "it" else parse_en(text)
    assert p.intent == "day_appointments" and p.handled, (p.reason, p.slots)
    assert p.slots.get("date") == date and "part_of_day" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Prenota la GH 499 ZR domani alle 9, anzi tutto il giorno.",  # a write: never widened
        "Domani mattina chi arriva? Anzi, quello di dopodomani.",  # no whole day asked
        "Domani mattina chi arriva per primo? Anzi, la Panda di Rossi.",
    ],
)
def test_anzi_before_anything_else_stays_a_hypothetical(text: str) -> None:
    p = parse_it(text)
    assert not p.handled, (p.intent, p.reason, p.slots)


async def test_the_whole_day_is_read_and_nothing_written(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Domani mattina chi arriva per primo? Anzi, dimmi tutta la giornata.", context, alone=True)
    assert out.handled and wrote_nothing(out), out
    assert "search_appointments" in [c.name for c in out.tool_calls], out


def test_dimmi_split_by_whisper_after_anzi() -> None:
    p = parse_it("Tomani mattina che arriva per primo, anzi di mi tutta la giornata.")
    assert p.intent == "day_appointments" and p.handled and "part_of_day" not in p.slots, (p.reason, p.slots)
