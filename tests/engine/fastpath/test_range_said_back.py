"""A booking with only a range said ("sometime next week", "la settimana prossima", "entro venerdì") is
offered at the range's first free time for a yes, not booked: only the first free slot asked for in words
("il primo posto libero", "as soon as possible") books it at once. (Found blind by held-out set 8, en-v04:
"Book the red Juke … for a new battery sometime next week" was booked on Monday 8:30.) On the contract
workshop (a real LocalBackend)."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from wp_api.contract import CallContext


def _booked(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name == "create_appointment"]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Book a service for the Panda AB123CD sometime next week.", "You didn't say a time, so here is the first free one."),
        ("Prenota un tagliando per la Panda AB123CD la settimana prossima.", "Non hai detto l'ora: il primo posto libero"),
        ("Prenota un tagliando per la Panda AB123CD entro venerdì.", "Non hai detto l'ora: il primo posto libero"),
    ],
)
async def test_a_range_alone_is_offered_for_a_yes(fast: FastPath, context: CallContext, text: str, lead: str) -> None:
    out = await fast.handle(text, context)
    assert not _booked(out) and out.clarification and out.clarification.startswith(lead), out
    done = await fast.resume("yes" if text.startswith("Book") else "sì", context)
    assert done is not None
    (booked,) = _booked(done)
    assert booked.result.ok


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un tagliando per la Panda AB123CD al primo posto libero la settimana prossima.",
        "Book a service for the Panda AB123CD, first free slot next week.",
    ],
)
async def test_the_first_free_slot_asked_for_is_booked_at_once(fast: FastPath, context: CallContext, text: str) -> None:
    out = await fast.handle(text, context)
    (booked,) = _booked(out)
    assert booked.result.ok and not out.clarification, out
