"""A message named by its channel with no article heard before it ("set up a text reminder …" heard "Sarapa text
reminder …": the "a" run into whisper's word) is an SMS, where no channel was found and the default, WhatsApp, was
scheduled (set 29's one wrong write). A WhatsApp said is still a WhatsApp; no channel said is still the default
(WhatsApp)."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_en


def test_a_text_reminder_with_its_article_lost_is_an_sms() -> None:
    p = parse_en("Setupa text reminder for the Golf, FB 927 DS, the day before at 6 in the evening.")
    assert p.intent == "send_reminder" and p.slots.get("channel") == "sms", p


def test_a_text_confirmation_is_an_sms() -> None:
    p = parse_en("Send Mrs Rossi the text confirmation for FB927DS.")
    assert p.intent == "send_confirmation" and p.slots.get("channel") == "sms", p


def test_a_whatsapp_reminder_stays_whatsapp_and_none_said_is_the_default() -> None:
    assert parse_en("Set up a WhatsApp reminder for FB927DS the day before.").slots.get("channel") == "whatsapp"
    assert parse_en("Set up a reminder for FB927DS the day before.").slots.get("channel") == "whatsapp"
