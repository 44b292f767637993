"""A reminder said as the customer to be told by a channel so many days early ("Per le gomme della Keating, GM 4 8 3
MA, la Gualtierotti va avvisata per SMS con 3 giorni di anticipo", set 41), or as a message sent "per ricordare a"
someone ("Programma una mail per ricordare a Calzavara la diagnosi del Melkus, DW 0 3 3 KZ, il giorno prima", set
41): a reminder, its channel and how early read. "Con 3 giorni di anticipo" with no channel before it, the infinitive
with nobody reminded ("non riesco a ricordare la targa"), or a notice of anything else stay no reminder."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "channel", "days"),
    [
        ("Per le gomme della Keating, GM 4 8 3 MA, la Gualtierotti va avvisata per SMS con 3 giorni di anticipo.", "sms", 3),
        ("Il tagliando della Panda, AB 123 CD: il signor Rossi va avvisato via mail con due giorni d'anticipo.", "email", 2),
        ("Per la revisione della Golf, EF 456 GH, avvisa la Bianchi su WhatsApp con un giorno di anticipo.", "whatsapp", 1),
        ("Per le gomme della Polo, FA 204 KL, avvisala per SMS con 2 giorni d'anticipo.", "sms", 2),
    ],
)
def test_told_by_a_channel_days_early_is_a_reminder(text: str, channel: str, days: int) -> None:
    p = parse_it(text)
    assert_parsed(p, "send_reminder", {"channel": channel})
    assert p.slots["reminder"]["days_before"] == days, p.slots


@pytest.mark.parametrize(
    ("text", "plate", "channel"),
    [
        ("Programma una mail per ricordare a Calzavara la diagnosi del Melkus, DW 0 3 3 KZ, il giorno prima.", "DW033KZ", "email"),
        ("Manda un WhatsApp per ricordare alla Bianchi il tagliando della Panda, AB 123 CD.", "AB123CD", "whatsapp"),
        ("Fai partire un SMS per ricordare al signor Rossi la revisione della Golf, EF 456 GH, la sera prima.", "EF456GH", "sms"),
    ],
)
def test_a_message_sent_to_remind_someone_is_a_reminder(text: str, plate: str, channel: str) -> None:
    assert_parsed(parse_it(text), "send_reminder", {"plate": plate, "channel": channel})


@pytest.mark.parametrize(
    "text",
    [
        "Non riesco a ricordare la targa della Panda, AB 123 CD.",  # the listener's memory, nobody reminded
        "La Gualtierotti con 3 giorni di anticipo per le gomme della Keating, GM 483 MA.",  # no channel, no notice
        "Avvisa la Bianchi per SMS che la Panda, AB 123 CD, è pronta.",  # a notice of something else
        "Il signor Rossi ci ha avvisato con due giorni di anticipo che non viene.",  # a notice told, given to us
    ],
)
def test_no_channel_or_nobody_reminded_is_no_reminder(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "send_reminder" and p.handled), (p.intent, p.reason, p.slots)
