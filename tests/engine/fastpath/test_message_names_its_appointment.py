"""A confirmation or reminder asked on its own is told with the appointment it went out for: set 21's "GN402.E"
(the Outlander GN402GE taken by the model said, among look-alikes) had its reminder scheduled and answered only
"Promemoria WhatsApp mercoledì 2 dicembre alle 18:00", so nobody at the counter could tell which car's it was.
The contract workshop: Monday 2 March 2026, the Renegade ZA987YE's tagliando on Wednesday 4 at 10:00."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext


async def test_a_confirmation_says_which_appointment(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("manda la conferma whatsapp alla ZA987YE per l'appuntamento di mercoledì", context)
    assert [c.name for c in out.tool_calls if c.name == "send_message" and c.result.ok] == ["send_message"]
    assert "Riguarda: tagliando per la Renegade verde ZA987YE" in out.reply_text, out.reply_text
    assert "10:00" in out.reply_text.split("Riguarda:")[1]


async def test_a_reminder_says_which_appointment(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("metti un promemoria sms alla ZA987YE per l'appuntamento di mercoledì", context)
    assert any(c.name == "schedule_reminder" and c.result.ok for c in out.tool_calls), out.reply_text
    assert out.reply_text.startswith("Promemoria SMS") and "Riguarda: tagliando" in out.reply_text, out.reply_text


async def test_a_booking_with_its_confirmation_is_not_told_twice(fast: FastPath, context: CallContext) -> None:
    """After a booking the appointment was just said: the confirmation's part adds no second telling."""
    out = await fast.handle("prenota un cambio gomme per la ZA987YE giovedì alle 11 e manda la conferma whatsapp", context)
    assert "Riguarda:" not in out.reply_text, out.reply_text
