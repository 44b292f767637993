"""A word for any short message ("un messaggino", "a text", "a text message") names the SMS only when no channel is
named besides it: set 47, blind, "Manda alla … un messaggino di conferma su WhatsApp per …" queued an SMS, the first
channel word said winning — a message sent on a channel the person did not ask for."""

from __future__ import annotations

import pytest

from engine.fastpath.intents import find_channel
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    ("said", "channel"),
    [
        ("mandale un messaggino di conferma su whatsapp", "whatsapp"),
        ("un messaggino per mail alla Rossi", "email"),
        ("send her a text on WhatsApp", "whatsapp"),
        ("a text message by email, please", "email"),
        # the message word alone is still the SMS
        ("mandale un messaggino di conferma", "sms"),
        ("send her a text", "sms"),
        ("mandale un SMS e non un messaggino", "sms"),
    ],
)
def test_a_channel_named_wins_over_a_word_for_a_message(said: str, channel: str) -> None:
    assert find_channel(tokenize(said)) == channel


def test_the_confirmation_goes_on_the_channel_named() -> None:
    p = parse_it("Manda alla Bianchi un messaggino di conferma su WhatsApp per il tagliando della Panda, AB 123 CD.")
    assert (p.intent, p.slots.get("channel")) == ("send_confirmation", "whatsapp"), (p.intent, p.slots)
    p = parse_en("Send Mrs Bianchi a text on WhatsApp to confirm the Panda's service, AB 123 CD.")
    assert (p.intent, p.slots.get("channel")) == ("send_confirmation", "whatsapp"), (p.intent, p.slots)
