"""Seen speaking to the app: a plate heard wrong ("ci lunga 9 272 Piavuvu") showed a grey "Non trovato" card, and
then the answer went on with the vehicle the workshop's data repaired it to. The lookup of the plate as heard stays
in the trace and the side panel, but is no card once a repair found the vehicle; a plate found nowhere keeps its
"not found" card."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext


async def test_no_not_found_card_before_a_repaired_plate(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la Panda grigia AB1232CDD domani alle 10", context)
    assert "AB123CD" in (out.clarification or "") + out.reply_text, out  # a digit and a letter doubled
    lookups = [c for c in out.tool_calls if c.name == "find_vehicle"]
    assert any(not c.result.ok for c in lookups), lookups  # looked up as heard, in the trace
    assert not [c for c in lookups if c.shown and not c.result.ok], lookups


async def test_a_plate_found_nowhere_keeps_its_card(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la ZZ 999 ZZ?", context)
    failed = [c for c in out.tool_calls if c.name == "find_vehicle" and not c.result.ok]
    assert failed and any(c.shown for c in failed), out.tool_calls
