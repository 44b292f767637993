"""A reminder with how early it goes said first, the job right after it, the message sent later ("la sera prima della
revisione della Rockette, GB 694 KT, alle 7 mandagli un WhatsApp", set 49): the hour right before the message is the
reminder's, never the appointment's."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import Parse, parse
from tests.engine.fastpath.italian import WEDNESDAY


def _parse(text: str) -> Parse:
    """`text` parsed as the fast path takes a write with words no table knows (the customer's surname, "scorda"):
    said back whole for a yes."""
    return parse(text, language="it", today=WEDNESDAY, unknown_ok=True)


@pytest.mark.parametrize(
    ("text", "time", "channel"),
    [
        ("Ciavarella si scorda sempre tutto: la sera prima della revisione della Rockette, GB 694 KT, alle 7 "
         "mandagli un WhatsApp.", "19:00", "whatsapp"),
        ("Il giorno prima del tagliando della Panda, EW 346 HD, mandagli un SMS.", "18:00", "sms"),
        ("La sera prima della revisione della Panda, EW 346 HD, alle 6 e mezza mandale un messaggio.", "18:30",
         "whatsapp"),
    ],
)  # fmt: skip
def test_how_early_said_first(text: str, time: str, channel: str) -> None:
    p = _parse(text)
    assert p.intent == "send_reminder", (p.intent, p.reason)
    assert p.slots["reminder"]["when"] == "day_before" and p.slots["reminder"]["time"] == time, p.slots
    assert p.slots["channel"] == channel and "old_time" not in p.slots and "time" not in p.slots, p.slots


def test_something_told_between_is_no_reminder() -> None:
    p = _parse("La sera prima della revisione la Panda, EW 346 HD, mi ha dato problemi: mandagli un WhatsApp.")
    assert p.intent != "send_reminder", p.intent


def test_the_customer_told_forgetful_first_is_why_no_word_unread() -> None:
    p = parse("Ciavarella si scorda sempre tutto: la sera prima della revisione della Rockette, GB 694 KT, alle 7 "
              "mandagli un WhatsApp.", language="it", today=WEDNESDAY)
    assert p.intent == "send_reminder" and p.handled and not p.unknown, (p.reason, p.unknown)


def test_told_forgetful_before_a_move_keeps_its_words() -> None:
    p = parse("Ciavarella si scorda sempre tutto: sposta il tagliando della Panda, EW 346 HD, a venerdì.",
              language="it", today=WEDNESDAY)
    assert p.intent == "move" and not p.handled, p.reason  # "scorda" read nowhere: refused as before


def test_an_hour_said_after_the_reminders_word_stays_its_own() -> None:
    p = _parse("Alla Bordignon, per la Palio CJ 5 0 7 RV, la sera prima della revisione fai partire un WhatsApp di "
               "promemoria verso le 7.")
    assert p.intent == "send_reminder" and p.slots["reminder"]["time"] == "19:00", p.slots
    assert "time" not in p.slots and "old_time" not in p.slots, p.slots
