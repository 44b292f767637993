"""Room asked for a customer already spoken of, framed by when she comes ("Se la signora passa sabato 28 prima di
mezzogiorno, riesco a cambiarle la batteria? Dimmi gli orari liberi.", set 39; "se il cliente viene giovedì mattina,
…? Che orari hai?", "se lei passa domani pomeriggio, quando posso fare la revisione?"): her visit is the frame of a
question of room, no condition; the first free slot of that day and part is read. A write said so ("se la signora
passa sabato, cambiale la batteria") stays a hypothetical."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "service", "date", "part"),
    [
        ("Se la signora passa sabato 28 prima di mezzogiorno, riesco a cambiarle la batteria? Dimmi gli orari "
         "liberi.", "battery", "2026-11-28", "morning"),
        ("Se il cliente viene giovedì mattina, ce la facciamo a fargli il tagliando? Che orari hai?", "service",
         "2026-11-26", "morning"),
        ("Se lei passa domani pomeriggio, quando posso fare la revisione?", "inspection", "2026-11-26", "afternoon"),
    ],
)  # fmt: skip
def test_room_asked_for_her_visit_is_the_first_free_slot(text: str, service: str, date: str, part: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"service": service, "date": date, "part_of_day": part})


@pytest.mark.parametrize(
    "text",
    [
        "Se la signora passa sabato 28 alle 10, prenotale la batteria.",
        "Se la signora passa sabato 28 prima di mezzogiorno, cambiale la batteria.",
        "Se lui chiama, spostagli il tagliando a lunedì",
    ],
)
def test_a_write_framed_so_stays_a_hypothetical(text: str) -> None:
    assert parse_it(text).reason == "out_of_scope:hypothetical", text


async def test_her_first_free_slot_is_read_and_nothing_written(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Se la signora passa giovedì 5 marzo prima di mezzogiorno, riesco a cambiarle la batteria? Dimmi gli orari liberi.",
        context, alone=True,
    )  # fmt: skip
    asked = [c.arguments for c in out.tool_calls if c.name == "check_availability"]
    assert out.handled and wrote_nothing(out) and asked, out
    assert asked[0]["date_from"] == "2026-03-05" and asked[0]["part_of_day"] == "morning", asked
