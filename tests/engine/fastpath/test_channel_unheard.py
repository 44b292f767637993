"""A message channel said but not heard ("per emeil") is asked, never sent by the usual channel."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.front import clarification_for
from engine.fastpath.parser import answer_to, parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text",
    [
        "manda la conferma alla Panda AB123CD per emeil",
        "ricordagli via mael l'appuntamento di domani della AB123CD",
        "mandagli il promemoria via meil per la AB123CD",
        "manda la conferma peremeil alla AB123CD",  # the preposition run into the word
        # cut in two short words whisper knows ("per mail a Rossi" heard "per me il a Rossi"): set 16's only wrong
        # write sent it on WhatsApp
        "Conferma per me il a Ferrari il tagliando della Panda AB123CD.",
        "mandagli il promemoria per me il della AB123CD",
        # "per mail" heard "per me" after the message named (set 30: sent on WhatsApp): "for me" too, so asked
        "Conferma per me e la la signora Galli il tagliando della AB123CD.",
        "conferma per me la prenotazione della AB123CD",
        "vuole il promemoria per me e u del cambio gomme della AB123CD",
    ],
)
def test_a_channel_said_but_not_heard_is_asked(text: str) -> None:
    p = parse(text, language="it", today=TODAY)
    assert not p.handled
    assert p.reason == "missing:channel"
    assert "channel" not in p.slots
    assert clarification_for(p) == "Con quale canale: WhatsApp, SMS o email?"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("manda la conferma della AB123CD", "whatsapp"),  # none said: the usual one
        ("manda la conferma per Rossi della AB123CD", "whatsapp"),  # a name, not a channel
        ("conferma per lui il tagliando della AB123CD", "whatsapp"),
        ("manda la conferma della AB123CD per email", "email"),
        ("manda un sms di conferma alla AB123CD", "sms"),
        # SMS spelled as whisper writes it, or by its letter names: never the usual WhatsApp
        ("mandagli la conferma via S.M.S. per la AB123CD", "sms"),
        ("la conferma della AB123CD mandala con un S M S", "sms"),
        ("manda la conferma per esse emme esse alla AB123CD", "sms"),
    ],
)
def test_a_channel_said_or_not_said_is_taken(text: str, channel: str) -> None:
    p = parse(text, language="it", today=TODAY)
    assert p.handled, p.reason
    assert p.slots["channel"] == channel


def test_the_answer_names_the_channel() -> None:
    question = parse("manda la conferma alla Panda AB123CD per emeil", language="it", today=TODAY)
    answered = answer_to(question, "per email", today=TODAY)
    assert answered is not None and answered.handled, answered
    assert answered.slots["channel"] == "email"
    assert answered.slots["plate"] == "AB123CD"
