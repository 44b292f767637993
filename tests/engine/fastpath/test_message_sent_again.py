"""A message sent again said with "rimanda" ("rimanda la conferma su WhatsApp alla Rossi", and whisper's
"rimanda" for "… manda" after a name ending in a vowel): the message, said back whole for a yes, never an
appointment put off. New sentences in the shape set 21 heard."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "intent", "channel"),
    [
        (
            "Alla Rossi rimanda la conferma su WhatsApp per la Panda AB 123 CD.",
            "send_confirmation",
            "whatsapp",
        ),
        ("Rimandagli la conferma per SMS, la Tipo HA 771 NB.", "send_confirmation", "sms"),
        ("Rimanda il promemoria via mail alla Yaris EK 417 MA.", "send_reminder", "email"),
    ],
)
def test_the_message_sent_again_is_said_back(text: str, intent: str, channel: str) -> None:
    p = _parse(text)
    assert p.intent == intent, (p.intent, p.reason, p.slots)
    assert p.slots.get("channel") == channel
    assert p.careful == "words"  # a guess from one word: said back whole for a yes


def test_rimanda_an_appointment_is_still_a_move() -> None:
    p = _parse("Rimanda la revisione della Panda AB 123 CD a venerdì 27 alle 9.")
    assert p.intent == "move" and p.careful is None, (p.intent, p.reason)
