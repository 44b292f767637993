"""A booking's confirmation asked with "mandagli la conferma" heard with its "gli" as a d ("manda dalla conferma",
"manda di la conferma", set 30): put back only right before "conferma", so both parts are read; "manda dalla
signora" (sends to the lady) stays as said. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_dalla_before_the_confirmation_is_mandagli_la() -> None:
    p = parse_it(
        "Prenota un tagliando per la Polo, FA 204 KL, lunedì 30 alle 9, e manda dalla conferma su WhatsApp."
    )
    assert [part.intent for part in p.parts] == ["book", "send_confirmation"], (p.reason, p.slots)
    assert p.parts[1].slots["channel"] == "whatsapp"


def test_di_la_before_the_confirmation() -> None:
    assert heard_tokens("e manda di la conferma")[-3:] == ["mandagli", "la", "conferma"]


def test_dalla_before_a_person_stays() -> None:
    assert "mandagli" not in heard_tokens("il ragazzo lo manda dalla signora")
