"""A cancel or move for a plate heard exactly that has no appointment coming, while its twin one letter name away
(AB123CD / AP123CD: bi and pi sound alike) has: whisper's bi for pi, so the twin is asked about ("Intendi la 500
bianca AP123CD?") rather than "no appointment" said of a car nobody meant. Nothing is written either way; a twin the
description rules out, or a plate with appointments of its own, is answered as before. On the contract workshop
(Monday 2 March 2026), where the 500 AP123CD has appointments coming and the Panda AB123CD none."""

from __future__ import annotations

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


async def test_the_twin_with_an_appointment_is_asked_about(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Annulla l'appuntamento della AB 123 CD.", context)
    assert wrote_nothing(out) and out.clarification and "AP123CD" in out.clarification, out


async def test_a_twin_the_description_rules_out_is_not_asked_about(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Annulla l'appuntamento della Panda AB 123 CD.", context)
    assert wrote_nothing(out) and out.reason == "no_appointment", out


async def test_a_plate_with_its_own_appointments_is_not_asked_about(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Annulla l'appuntamento della AP 123 CD.", context)
    said = (out.clarification or "") + out.reply_text
    assert wrote_nothing(out) and "AB123CD" not in said and out.reason == "ambiguous_appointment", out


async def test_the_twin_is_asked_about_only_for_the_day_and_job_said(fast: FastPath, context: CallContext) -> None:
    # the 500 has a job on Tuesday 3 March, but no tagliando then
    out = await fast.handle("Annulla l'appuntamento di martedì 3 della AB 123 CD.", context)
    assert wrote_nothing(out) and out.clarification and "AP123CD" in out.clarification, out
    out = await fast.handle("Annulla il tagliando di martedì 3 della AB 123 CD.", context)
    assert wrote_nothing(out) and "AP123CD" not in (out.clarification or "") + out.reply_text, out
