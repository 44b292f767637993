"""A message wanted the day or the evening before ("un SMS il giorno prima", "fai partire un WhatsApp la sera
prima verso le 7"), after the customer's wish told ("vuole essere avvisata"): a reminder, like the English "a
text the day before"; a message told as sent, or refused, stays none. Set 24 asked both (and named an Altea)."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse
from engine.fastpath.vehicles import find_vehicle_description

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "channel", "when", "time"),
    [
        (
            "Il signor Bonetti vuole essere avvisato: un SMS il giorno prima del tagliando, EB 417 KM.",
            "sms",
            "day_before",
            None,
        ),
        (
            "Per la Clio, EB 4 1 7 KM, manda un WhatsApp la sera prima verso le 8.",
            "whatsapp",
            "day_before",
            "20:00",
        ),
        ("Alla EB 417 KM fai partire una mail il giorno prima.", "email", "day_before", None),
    ],
)
def test_a_message_the_day_before_is_a_reminder(text: str, channel: str, when: str, time: str | None) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "send_reminder"
    assert parsed.slots["plate"] == "EB417KM" and parsed.slots["channel"] == channel
    assert parsed.slots["reminder"]["when"] == when
    if time is not None:
        assert parsed.slots["reminder"]["time"] == time


@pytest.mark.parametrize(
    "text",
    [
        "Gli abbiamo mandato un SMS il giorno prima per la EB 417 KM.",
        "Non mandare un SMS il giorno prima alla EB 417 KM.",
    ],
)
def test_a_message_told_or_refused_is_no_reminder(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent is None and not parsed.handled


def test_the_altea_is_a_seat() -> None:
    desc = find_vehicle_description(tokenize("l'Altea rossa della signora"))
    assert (desc.make, desc.model, desc.colour) == ("Seat", "Altea", "red")
