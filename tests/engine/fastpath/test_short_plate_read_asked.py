"""A read whose plate was heard by four symbols or fewer ("di chi è la targa A P 1 2?", whisper's "Contaga G di 4,7"
for GD 476 TL): the fragment fits many plates on file, and the one repaired from it is only this week's appointment
that shares its symbols, so the plate is asked for ("Quale targa?") rather than another car's owner answered. A plate
heard by five symbols or more is still answered, and so is one heard whole."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from wp_api.contract import CallContext


def _said(out: Any) -> str:
    return (out.clarification or "") + out.reply_text


async def test_four_symbols_heard_asks_for_the_plate(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la targa A P 1 2?", context)
    assert out.reason == "missing:plate" and "Quale targa" in _said(out), out
    assert "AP123CD" not in _said(out), out


async def test_a_fragment_for_history_asks_too(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("fammi vedere lo storico della targa Z A 9 8", context)
    assert out.reason == "missing:plate", out
    assert not [c for c in out.tool_calls if c.name == "vehicle_history"], out


async def test_five_symbols_heard_are_still_answered(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la targa A P 1 2 3?", context)
    assert "AP123CD" in _said(out) and "Roberto Conti" in _said(out), out


async def test_a_whole_plate_is_answered(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la ZA 987 YE?", context)
    assert "ZA987YE" in _said(out) and out.reason != "missing:plate", out
