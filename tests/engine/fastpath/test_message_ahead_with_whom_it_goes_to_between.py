"""A message said to go the day (or days) before the appointment, its channel and whom it goes to between ("Programma
un messaggio WhatsApp alla Nardecchia il giorno prima dell'olio della Denza, …", set 39): a reminder, as "un SMS il
giorno prima" said with nothing between is. Anything else between ("un messaggio che arriva il giorno prima"), or a
message told as received, is no reminder."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "channel", "days"),
    [
        ("Programma un messaggio WhatsApp alla Rossi il giorno prima dell'olio della Panda, AB 123 CD.", "whatsapp",
         1),
        ("Manda un SMS alla signora Rossi la sera prima del cambio olio della Panda, AB 123 CD.", "sms", 1),
        ("Per la Panda, AB 123 CD, fai partire un messaggio al signor Rossi tre giorni prima del tagliando.",
         "whatsapp", 3),
        ("Imposta una mail alla Rossi il giorno prima della revisione della AB 123 CD.", "email", 1),
    ],
)
def test_the_message_before_with_whom_between_is_a_reminder(text: str, channel: str, days: int) -> None:
    p = parse_it(text)
    assert_parsed(p, "send_reminder", {"plate": "AB123CD", "channel": channel})
    assert p.slots["reminder"]["days_before"] == days, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Alla Rossi le è arrivato un messaggio il giorno prima dell'olio della Panda, AB 123 CD?",
        "Per la Panda AB 123 CD, un messaggio che arriva il giorno prima, come si fa?",
        "Un messaggio della Rossi della Bianchi il giorno prima, AB 123 CD.",
    ],
)
def test_anything_else_between_is_no_reminder(text: str) -> None:
    assert parse_it(text).intent != "send_reminder", parse_it(text)
