"""A booking with its reminder said as a message sent ahead, with no reminder's word (set 37: "Ricarica del clima per
la Nio blu, EM 6 9 8 SN, sabato 5 dicembre alle 10 e mezza, e falle arrivare un SMS il giorno prima" was read as the
reminder of an appointment already booked, and found none): the message made to reach the customer ("falle
arrivare", "fagli avere") is a follow-up of the booking, and a message sent the day, the evening or N days before is
its reminder, in Italian and in English. "Fagli arrivare i pezzi" sends nothing; a message with no day before it is
no reminder; a message told as sent stays unread."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "channel", "days"),
    [
        ("Ricarica del clima per la Punto grigia, AB 123 CD, sabato 5 dicembre alle 10 e mezza, e falle arrivare un "
         "SMS il giorno prima.", "sms", 1),
        ("Cambio gomme per la Punto grigia, AB 123 CD, venerdì 4 alle 9, e fagli arrivare un WhatsApp la sera prima.",
         "whatsapp", 1),
        ("Prenota il tagliando per la Punto grigia, AB 123 CD, venerdì 4 alle 9, e falle arrivare una mail due giorni "
         "prima.", "email", 2),
        ("Cambio gomme per la Punto grigia, AB 123 CD, venerdì 4 alle 9, e mandagli un WhatsApp la sera prima.",
         "whatsapp", 1),
    ],
)
def test_the_message_sent_ahead_is_the_bookings_reminder(text: str, channel: str, days: int) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.intent, p.reason)
    assert [part.intent for part in p.parts] == ["book", "send_reminder"], p.parts
    reminder = p.parts[1].slots
    assert reminder["channel"] == channel and reminder["reminder"]["days_before"] == days, reminder
    assert p.parts[0].slots["plate"] == "AB123CD" and p.parts[0].slots["date"] in ("2026-12-04", "2026-12-05")


def test_made_to_reach_them_sends_the_confirmation_named() -> None:
    p = parse_it("Revisione per la Punto grigia, AB 123 CD, venerdì 4 alle 9, e fagli avere la conferma per SMS.")
    assert [part.intent for part in p.parts] == ["book", "send_confirmation"], (p.reason, p.parts)
    assert p.parts[1].slots["channel"] == "sms"


@pytest.mark.parametrize(
    "text",
    [
        "Oil change for the Panda, AB 123 CD, Friday December 4th at 9, and send her a text the day before.",
        "Book the Panda AB 123 CD in for a service Friday at 9 and send him a WhatsApp two days before.",
    ],
)
def test_in_english_too(text: str) -> None:
    p = parse_en(text)
    assert [part.intent for part in p.parts] == ["book", "send_reminder"], (p.reason, p.parts)


@pytest.mark.parametrize(
    "text",
    [
        # things made to arrive, no message: nothing sent, nothing booked
        "Tagliando per la Punto grigia, AB 123 CD, sabato 5 dicembre alle 10, e fagli arrivare i pezzi.",
        # a message with no day before it: no reminder
        "Tagliando per la Punto grigia, AB 123 CD, sabato 5 dicembre alle 10, e mandagli un SMS.",
        # a message told as sent
        "Prenota la revisione per la Punto, AB 123 CD, venerdì 4 alle 9; gli abbiamo mandato un SMS il giorno prima.",
    ],
)
def test_no_reminder_read_where_none_is_asked(text: str) -> None:
    p = parse_it(text)
    assert not p.handled and "send_reminder" not in [part.intent for part in p.parts], (p.intent, p.reason, p.parts)


def test_the_reminder_of_one_booked_stays_one() -> None:
    p = parse_it("Manda alla signora Rossi un SMS il giorno prima del tagliando della Punto AB 123 CD.")
    assert p.intent == "send_reminder" and not p.parts, (p.intent, p.parts)
