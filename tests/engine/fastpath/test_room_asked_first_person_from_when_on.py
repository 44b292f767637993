"""Room asked in the first person or from when on ("Per un cambio gomme, da quando in poi ho posto?", set 37; as
whisper ran it: "da quando impoio posto") was refused: the first free slot. "Ho posto" as another verb's past
("ho posto la domanda") asks no room."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Per un cambio gomme, da quando in poi ho posto?", {"service": "tyres"}),
        ("Per un cambio o gomme, da quando impoio posto.", {"service": "tyres"}),
        ("Ho posto giovedì per una revisione?", {"service": "inspection", "date": "2026-11-26"}),
        ("Abbiamo un posto per il tagliando della AB 123 CD?", {"service": "service", "plate": "AB123CD"}),
        ("Da quando in poi siamo liberi per un cambio olio?", {"service": "oil_change"}),
        ("Per una revisione, da lunedì impoi ho posto?", {"service": "inspection", "date": "2026-11-30"}),
    ],
)
def test_room_asked(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "first_free_slot", slots)


def test_a_question_put_asks_no_room() -> None:
    assert parse_it("Ho posto la domanda al cliente ma non mi ha risposto.").intent != "first_free_slot"


async def test_the_first_free_slot_is_given(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Per un cambio gomme, da quando in poi ho posto?", context)
    assert out.handled and out.reply_text.startswith("Il primo posto libero per Cambio gomme"), out.reply_text
    assert wrote_nothing(out)
