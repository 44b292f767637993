"""A confirmation asked as the lines that will confirm it (set 34: "Zanardelli vuole due righe su WhatsApp che gli
confermino il tagliando di lunedì della sua Alpine, FN 424 RF"): "che gli/le confermino", the message's lines its
subject, as "che gli confermi" is. Sent only on the car's one appointment to come, on the channel heard. On the
contract workshop (Monday 2 March 2026, 08:00): the Renegade ZA 987 YE of Davide Bruno, its tagliando Wednesday 4
March at 10:00 (id 103) and another Saturday 7 March: the day said picks the one."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Bruno vuole due righe su WhatsApp che gli confermino il tagliando di mercoledì della sua Renegade, ZA 987 YE.",
         "whatsapp"),
        ("Mandagli due righe via mail che gli confermino il tagliando di mercoledì, ZA 987 YE.", "email"),
        ("Per la Renegade ZA 987 YE, un messaggio su WhatsApp che gli confermino l'appuntamento di mercoledì.", "whatsapp"),
    ],
)
async def test_lines_that_confirm_send_the_confirmation(
    fast: FastPath, context: CallContext, text: str, channel: str
) -> None:
    out = await fast.handle(text, context)
    (sent,) = [c for c in out.tool_calls if c.name == "send_message"]
    assert sent.result.ok and sent.arguments["appointment_id"] == 103, out
    assert (sent.arguments["kind"], sent.arguments["channel"]) == ("booking_confirmation", channel), out


def test_the_confirmation_read_in_the_parse() -> None:
    p = parse_it("La Ferri vuole due righe su WhatsApp che le confermino il cambio gomme di martedì della Panda AB 123 CD.")
    assert_parsed(p, "send_confirmation", {"plate": "AB123CD", "channel": "whatsapp"})


@pytest.mark.parametrize(
    "text",
    [
        "Bruno aspetta che gli confermino i ricambi per la ZA 987 YE.",
        "Bruno vuole due righe su WhatsApp che gli confermino il tagliando della ZA 987 YE, o una telefonata?",
    ],
)
async def test_what_is_not_our_confirmation_sends_nothing(fast: FastPath, context: CallContext, text: str) -> None:
    out = await fast.handle(text, context)
    assert wrote_nothing(out), out
