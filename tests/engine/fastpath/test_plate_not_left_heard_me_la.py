""""La targa non me l'ha lasciata" as whisper base writes it: "non me la lasciata", "la tagano me la lasciata", "la
Targano Mela lasciata" (sets 32 and 34; the sentences below are new): "me la" (or "mela") before a past participle is
"me l'ha", a "no" right before it the "non" it was, so the booking with no plate is asked about as typed, never
refused as a negation. "me la segni", "me la manda dopo", "una mela lasciata" stay as said."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_me_l_ha_put_back_before_a_participle() -> None:
    for text in (
        "ma la targa non me la lasciata",
        "la targa no mela lasciata",
        "la tagano me la lasciata",
        "il numero di telefono non me la lasciato",
        "la targa non te la mandata?",
    ):
        assert "ha" in heard_tokens(text) and "non" in heard_tokens(text), (text, heard_tokens(text))


def test_booking_with_the_plate_not_left_is_asked() -> None:
    p = parse_it("Riesci a infilarmi una station grigia per la revisione domani alle 5? La targa non me la lasciata.")
    assert p.intent == "book" and p.reason == "missing:plate", (p.intent, p.reason, p.slots)
    p = parse_it("Un cliente nuovo vuole un tagliando venerdì alle 10 sulla Punto, ma la tagano me la lasciata.")
    assert p.intent == "book" and not p.handled and p.reason.startswith("missing"), (p.intent, p.reason, p.slots)


def test_me_la_before_anything_else_stays() -> None:
    assert heard_tokens("la targa me la manda dopo")[-4:] == ["me", "la", "manda", "dopo"]
    assert "ha" not in heard_tokens("me la segni per venerdì")
    assert "ha" not in heard_tokens("ha portato una mela lasciata sul banco")[2:]
