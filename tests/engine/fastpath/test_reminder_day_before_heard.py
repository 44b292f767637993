"""The reminder's day, "la sera prima", heard with the message word's last sound run onto its article ("e le mandi
un promemoria la sera prima" heard "… un promemori dalla sera prima"): put back right after a message or reminder
word, so the booking keeps its reminder the evening before. Anywhere else "dalla sera prima" stays as said."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import heard_tokens, parse


def test_the_reminder_the_evening_before() -> None:
    p = parse(
        "Segnami una revisione per la Yaris GB 4 19 KM venerdì alle 11, e mandale un promemoria dalla sera prima.",
        language="it",
        today=today(),
    )
    assert p.intent == "book" and p.handled
    assert [part.intent for part in p.parts] == ["book", "send_reminder"]
    reminder = p.parts[1].slots.get("reminder") or {}
    assert reminder.get("when") == "day_before"


def test_the_day_before_said_of_the_car_stays() -> None:
    assert "dalla" in heard_tokens("la Yaris GB 4 19 KM è ferma dalla sera prima")
