"""A plate heard exactly whose car is not the one described, where its twin on file (one letter name away: bi/pi)
is ("the blue Octavia FP927DS", and FB927DS is the blue Octavia): the twin is the car meant, the plate misheard. A
read asks about it ("Intendi la 500 bianca AP123CD?"); a write is said back whole with it for a yes. A description
no twin fits is still the mismatch it was ("AB123CD è la Panda grigia, non Golf")."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext


def _said(out: object) -> str:
    return (getattr(out, "clarification", None) or "") + getattr(out, "reply_text", "")


async def test_a_read_asks_about_the_twin_the_description_names(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la 500 bianca AB 123 CD?", context)
    assert not out.handled and out.reason == "fuzzy_plate" and "AP123CD" in _said(out), out


async def test_a_write_is_said_back_with_the_twin(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la 500 bianca AB 123 CD mercoledì 4 marzo alle 9", context)
    said = _said(out)
    assert "AP123CD" in said and "Confermi?" in said and "AB123CD" not in said, out
    assert not any(c.name == "create_appointment" for c in out.tool_calls), out.tool_calls
    done = await fast.resume("sì", context)
    assert done is not None
    written = [c for c in done.tool_calls if c.name == "create_appointment"]
    assert len(written) == 1 and written[0].result.ok and "AP123CD" in done.reply_text, done


async def test_no_twin_fits_the_description_is_the_mismatch(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la Golf AB 123 CD?", context)
    assert out.reason == "plate_description_mismatch", out
