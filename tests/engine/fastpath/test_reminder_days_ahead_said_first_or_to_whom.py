"""A reminder asked as a message sent so many days ahead (set 48): "Fai partire un SMS per l'Anzalone due giorni
prima delle pastiglie del Genlyon, …" (whom after its elided article) and "Tre giorni prima delle pastiglie della
Shengdafei, …, mandi un WhatsApp a Crisafulli per rammentarglielo?" (how early said first, "rammentare" for
"ricordare") were refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "channel", "days"),
    [
        ("Fai partire un SMS per l'Anzalone due giorni prima delle pastiglie del Genlyon, EF 1 6 4 AJ, così se lo "
         "ricorda.", "sms", 2),
        ("Manda un WhatsApp all'Anzalone il giorno prima del tagliando della Panda, AB 123 CD.", "whatsapp", 1),
        ("Tre giorni prima delle pastiglie della Shengdafei, FC 6 2 4 WZ, mandi un WhatsApp a Crisafulli per "
         "rammentarglielo?", "whatsapp", 3),
        ("Due giorni prima del tagliando della Panda AB 123 CD mandagli un SMS per rammentargli l'appuntamento.",
         "sms", 2),
    ],
)
def test_the_reminder_is_read(text: str, channel: str, days: int) -> None:
    p = parse_it(text)
    assert p.intent == "send_reminder" and p.handled, (p.intent, p.reason, p.slots)
    assert p.slots["channel"] == channel and p.slots["reminder"]["days_before"] == days, p.slots


def test_the_appointments_hour_is_not_the_reminders() -> None:
    p = parse_it("Tre giorni prima del tagliando della Panda AB 123 CD di lunedì alle 9, mandagli un promemoria.")
    assert p.intent == "send_reminder", (p.intent, p.reason)
    assert p.slots["reminder"] == {"when": "days_before", "days_before": 3, "time": "18:00"}, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Non riesco a rammentarle la targa.",
        "Tre giorni prima delle pastiglie della Panda AB 123 CD gli abbiamo mandato un SMS.",  # told, sent
    ],
)
def test_no_reminder(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "send_reminder" and p.handled), (p.intent, p.reason, p.slots)
