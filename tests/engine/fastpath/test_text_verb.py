""""Text" said as the verb is an SMS: "Text Mrs Rossi a reminder two days before" scheduled a WhatsApp reminder
(held-out set 9, blind, en-w17: its one wrong write, fixed as a class). A channel named outright still wins
("text her the confirmation on WhatsApp"). Parse level, and through the fast path on the contract workshop
(ZA987YE's appointment on Saturday 7 March 2026)."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_en
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Text Mrs Rossi a reminder two days before for AB123CD.", "sms"),
        ("Please text her the confirmation for AB123CD.", "sms"),
        ("Text the customer of AB123CD a confirmation.", "sms"),
        ("Text her the confirmation for AB123CD on WhatsApp.", "whatsapp"),
        ("Send the confirmation for AB123CD by email, the text is the usual one.", "email"),
    ],
)
def test_text_as_the_verb_is_an_sms(text: str, channel: str) -> None:
    assert parse_en(text).slots.get("channel") == channel


async def test_a_reminder_texted_is_scheduled_as_an_sms(fast: FastPath, context: CallContext) -> None:
    fast.language = "en"
    out = await fast.handle("Text Mr Bruno a reminder for Saturday's appointment of ZA987YE, two days before.", context)
    (scheduled,) = [c for c in out.tool_calls if c.name == "schedule_reminder" and c.result.ok]
    assert scheduled.arguments["channel"] == "sms" and scheduled.arguments["appointment_id"] == 106, out
