"""The channel "email" said the Italian way, with an "e" after its last consonant, and heard "e maile" ("vuole la
conferma via e maile del tagliando …", held-out set 26; the sentences below are new): the email channel, put back
only after its preposition with a message asked for; the message is then said back whole, never sent at once."""

from __future__ import annotations

from engine.fastpath.misheard import channel_heard
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import parse_it, slot


def test_e_maile_is_the_email_channel() -> None:
    text = "Ha chiamato Rossi, vuole la conferma via e maile della revisione di venerdì, AB 123 CD."
    p = parse_it(text)
    assert p.intent == "send_confirmation" and slot(p, "channel") == "email", (p.intent, p.reason, p.slots)
    assert channel_heard(tokenize(text))  # a guess: said back for a yes


def test_no_message_asked_no_channel() -> None:
    p = parse_it("Il signor Rossi dice che la maile non gli arriva.")
    assert slot(p, "channel") is None
