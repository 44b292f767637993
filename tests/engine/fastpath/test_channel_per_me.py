"""A message asked "per me" ("Mande per me la conferma …"): "per mail" as whisper base heard it, or "for me"; the
channel is asked, never defaulted to WhatsApp. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_per_me_after_a_sending_verb_asks_the_channel() -> None:
    # "per mail" heard "per me", or "for me": never defaulted to WhatsApp
    p = _p("Mande per me la conferma del tagliando di giovedì alla AB 123 CD")
    assert p.intent == "send_confirmation" and p.reason == "missing:channel" and "channel" not in p.slots, p


def test_a_channel_named_is_taken() -> None:
    p = _p("Manda la conferma per SMS alla AB 123 CD")
    assert p.slots["channel"] == "sms", p
