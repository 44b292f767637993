"""A vehicle named only by its body ("la station wagon", "quello col furgone", "the white van"): no car on file is
found by its body alone, so the plate is asked, never a "not found" and never a write (the contract workshop)."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from wp_api.contract import CallContext


def _names(out: object) -> list[str]:
    return [c.name for c in getattr(out, "tool_calls", [])]


@pytest.mark.parametrize(
    "text",
    [
        "ha chiamato una signora con una station wagon blu, le serve la revisione venerdì alle 10: segnamela",
        "cancella l'appuntamento di domani alle 9, quello del furgone",
        "cancel tomorrow's 9 o'clock, the one with the white van",
    ],
)
async def test_a_body_alone_asks_for_the_plate(fast: FastPath, context: CallContext, text: str) -> None:
    out = await fast.handle(text, context)
    assert not out.handled and out.reason == "vehicle_body_only", out
    assert out.clarification and ("targa" in out.clarification or "plate" in out.clarification)
    assert not WRITES & set(_names(out)) and "find_vehicle" not in _names(out)


async def test_a_body_with_its_model_or_owner_is_still_looked_up(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("prenota un tagliando per la Panda station wagon grigia domani alle 9", context)
    assert out.reason != "vehicle_body_only" and "find_vehicle" in _names(out)
