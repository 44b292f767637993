"""A move said by its day and time alone, three jobs booked then ("sposta l'appuntamento di martedì alle 8:30 …"):
the question names each job's plate, since they differ by the car only (found speaking to the app: "Tagliando
tomorrow at 8:30 or Cambio gomme tomorrow at 8:30?"); with the vehicle said, its jobs are named as before."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from wp_api.contract import CallContext


async def test_jobs_at_the_same_time_are_told_apart_by_plate(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("sposta l'appuntamento di sabato 7 a lunedì 9 alle 10", context)
    said = out.clarification or out.reply_text
    assert "Quale appuntamento" in said and "della AP123CD" in said and "della FG112HH" in said, out


async def test_the_jobs_of_a_vehicle_said_keep_their_words(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    out = await fast.handle("sposta l'appuntamento della ZA987YE a lunedì 9 alle 10", context)
    said = out.clarification or out.reply_text
    assert "Quale appuntamento" in said and "della ZA987YE" not in said, out  # its two jobs, by day
