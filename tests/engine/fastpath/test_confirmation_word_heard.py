"""The message's own word "conferma" heard over the workshop's noise with a sound or two off ("con firma", "con
femma", "ponfema", "confema"): put back only when its channel (SMS, mail, WhatsApp) follows, and the send said back
whole for a yes, the word being a guess. Without a channel after it, nothing is put back."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import confirmation_heard
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Con firma via mail alla signora Rota per la Clio, EB 512 CR.", "email"),
        ("Manda la confema per SMS al signor Pini, la Panda HA 274 WR.", "sms"),
        ("Con femma via e SMS a Ferrari, la Golf DZ 130 KS.", "sms"),
        ("Ponfema su WhatsApp al signor Neri, EB 512 CR.", "whatsapp"),
    ],
)  # fmt: skip
def test_confirmation_heard_off_before_its_channel_is_sent_said_back(text: str, channel: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "send_confirmation", {"channel": channel})
    assert p.careful == "words", (p.careful, p.reason)
    assert confirmation_heard(tokenize(text))


def test_confirmation_said_whole_is_not_said_back_for_its_word() -> None:
    text = "Conferma via mail alla signora Rota per la Clio, EB 512 CR."
    assert not confirmation_heard(tokenize(text))
    assert parse_it(text).careful is None


@pytest.mark.parametrize(
    "text",
    [
        "con firma digitale per la pratica della Clio",  # a signature, no channel after it
        "le conferme della settimana",  # a word of its own
    ],
)
def test_no_channel_after_it_puts_nothing_back(text: str) -> None:
    assert not confirmation_heard(tokenize(text))
    assert parse_it(text).intent != "send_confirmation"
