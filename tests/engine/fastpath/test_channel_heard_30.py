"""The channel named and misheard (set 30): "su WhatsApp" heard "suazza" or "su Watcha", "via SMS" heard "via
SNES". Read only in those shapes; a message with no channel heard still gets the default or is asked, never a
channel guessed from a near word alone. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


def test_whatsapp_run_onto_su() -> None:
    p = parse_it("Mandale la conferma suazza, la Polo FA 204 KL.")
    assert p.intent == "send_confirmation" and slot(p, "channel") == "whatsapp", (p.reason, p.slots)


def test_whatsapp_app_lost_after_su() -> None:
    assert heard_tokens("ricordalo al Rossi su Watcha")[-2:] == ["su", "whatsapp"]


def test_sms_heard_snes_after_via() -> None:
    p = parse_it("Metti un promemoria via SNES per la Polo, FA 204 KL, il giorno prima alle 6 di sera.")
    assert slot(p, "channel") == "sms", (p.reason, p.slots)


def test_snes_alone_is_no_channel() -> None:
    assert "sms" not in heard_tokens("gioca con lo SNES")
