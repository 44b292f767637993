"""Set 31's English as whisper writes it: Lima heard run into Tango ("Limitango"); "registered keeper" heard
"register key" before "for"; "a WhatsApp" heard "or what's up" after "send" before the reminder; "air con" heard "I
can't" or "Erkan" opening the request before "on the blink". Each only there: the same words elsewhere stay."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import english_heard
from tests.engine.fastpath.italian import assert_parsed, parse_en, slot


def test_lima_run_into_tango_completes_the_plate() -> None:
    p = parse_en("Could you book the Voyager? Hotel Papa 559 Limitango in for an oil change on Monday the 14th at 9.")
    assert slot(p, "plate") == "HP559LT", p.slots


def test_register_key_before_for_is_the_registered_keeper() -> None:
    assert_parsed(parse_en("Can you check the register key for AB 123 CD?"), "lookup_plate", {"plate": "AB123CD"})
    assert english_heard(["where", "is", "the", "register", "key"]) == ["where", "is", "the", "register", "key"]


@pytest.mark.parametrize(
    "text",
    [
        "Send Mr Rossi, or what's up, remind her two days before his battery job, AB 123 CD.",
        "Sen Mr Rossi, or what's up reminder two days before his battery job, AB 123 CD.",
    ],
)
def test_or_whats_up_after_send_before_the_reminder_is_a_whatsapp(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "send_reminder" and slot(p, "channel") == "whatsapp", (p.intent, p.reason, p.slots)


def test_or_whats_up_elsewhere_stays() -> None:
    said = ["send", "mr", "rossi", "a", "text", "or", "what", "s", "up", "with", "the", "clio"]
    assert english_heard(said) == said


@pytest.mark.parametrize(
    "text",
    [
        "I can't on the blink for a walk-in, how soon could we squeeze in a recharge?",
        "Erkan on the blink for a walk in. How soon can we squeeze in a recharge?",
    ],
)
def test_air_con_heard_before_on_the_blink(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "first_free_slot" and (p.slots.get("service") or {}).get("key") == "aircon", p


def test_i_cant_before_anything_else_stays_a_negation() -> None:
    p = parse_en("I can't on Friday, how soon could we squeeze in a recharge?")
    assert not p.handled, (p.intent, p.reason)
