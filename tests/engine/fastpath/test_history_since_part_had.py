"""Since when the car has had a part, asked ("Bernocchi mi chiede da quanto ha le gomme nuove sulla Zotye, FN 727
VW: che data risulta?", set 37), was refused: its history, the part read as the job; whisper's "ha le" run into
"alle" too, and "da quanto tempo" there is no job's duration. A job's duration asked stays refused."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "plate", "service"),
    [
        ("Bernocchi mi chiede da quanto ha le gomme nuove sulla Zotye, FN 7 2 7 VW: che data risulta?", "FN727VW",
         "tyres"),
        ("Pernocchi mi chiede da quanto alle gomme nuove sulla Zotie, FN 727 VW, che data risulta.", "FN727VW",
         "tyres"),
        ("Da quando ha la batteria nuova la AB 123 CD?", "AB123CD", "battery"),
        ("Da quanto tempo ha le pastiglie nuove la Panda AB 123 CD?", "AB123CD", "brakes"),
    ],
)
def test_since_when_a_part_is_history(text: str, plate: str, service: str) -> None:
    assert_parsed(parse_it(text), "vehicle_history", {"plate": plate, "service": service})


def test_a_duration_stays_refused_and_a_booking_stays_one() -> None:
    assert parse_it("Quanto tempo ci vuole per il tagliando della AB 123 CD?").reason == "out_of_scope:duration"
    p = parse_it("La AB 123 CD ha le gomme nuove, mettila venerdì alle 9 per il tagliando.")
    assert p.intent == "book"


async def test_the_history_is_read_on_the_workshop(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Da quanto ha le gomme nuove la AB 123 CD?", context)
    assert out.handled and "vehicle_history" in [c.name for c in out.tool_calls], out
    assert wrote_nothing(out)
