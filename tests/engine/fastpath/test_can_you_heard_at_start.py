""""Riesci a infilarmi …" as whisper base writes it at the start of a request, its r or its s lost and the lost "ri"
sometimes a word of its own ("Vi escia a infilarmi la Splash …", set 32; "Gli esci a infilarmi l'Almera …", "Rieci ai
infilarmi una batteria …", set 33; the sentences below are new): the room asked for, read as typed. Only right before
the job's infinitive: "esci a prenderla", "esci alle 5" stay as said, and a "gli" before it past the start is kept."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_riesci_heard_is_put_back() -> None:
    for text, opening in (
        ("Vi escia a infilarmi la Panda di Rossi per un tagliando", ["riesci", "a", "infilarmi", "la"]),
        ("Gli esci a incastrarmi un cambio olio domani?", ["riesci", "a", "incastrarmi", "un"]),
        ("Rieci ai infilarmi la Punto venerdì alle 9?", ["riesci", "a", "infilarmi", "la"]),
        ("esci a trovarmi un'ora giovedì pomeriggio?", ["riesci", "a", "trovarmi"]),
    ):
        assert heard_tokens(text)[: len(opening)] == opening, (text, heard_tokens(text))


def test_booking_asked_with_riesci_heard_is_read() -> None:
    p = parse_it("Vi escia a infilarmi la AB 123 CD per una diagnosi venerdì 4 dicembre alle 5 del pomeriggio?")
    assert p.intent == "book" and p.slots.get("time") == "17:00", (p.intent, p.reason, p.slots)
    p = parse_it("Gli esci a infilarmi la EF 456 GH mercoledì 9 dicembre alle 9 per un tagliando?")
    assert p.intent == "book" and p.slots.get("date") == "2026-12-09", (p.intent, p.reason, p.slots)


def test_esci_before_anything_else_stays() -> None:
    assert "riesci" not in heard_tokens("esci a prenderla tu la Panda di Rossi")
    assert "riesci" not in heard_tokens("se esci alle 5 chiudi tu")
    # the lost "ri" is taken as a word of its own only at the very start
    assert heard_tokens("la signora gli esci a infilarmi")[2:4] == ["gli", "riesci"]
