"""A booking said bare (the vehicle opening it, no verb) with its message added in the same breath, joined by "con",
"poi" or "e" (set 32: "La Signum …, ED 333 SA: revisione lunedì 14 dicembre alle 2 e mezza, con un promemoria su
WhatsApp la sera prima"; set 33: "…, tagliando mercoledì 16 dicembre alle 10; poi gli mandi due righe di conferma",
"…: ricarica dell'aria condizionata venerdì 18 dicembre alle 3, e ricordaglielo con un messaggio 2 giorni prima")
were read as the message of an appointment booked, and found none. Read as the booking with its message, said back
whole for a yes (it may still tell of the one booked); a message said alone after the appointment stays its message."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("La Punto grigia, AB 123 CD: revisione lunedì 14 dicembre alle 2 e mezza, con un promemoria su WhatsApp la "
         "sera prima.", "send_reminder"),
        ("La Punto grigia di Rossi, AB 123 CD, tagliando mercoledì 16 dicembre alle 10; poi gli mandi due righe di "
         "conferma.", "send_confirmation"),
        ("Punto grigia di Rossi, AB 123 CD: ricarica del clima venerdì 18 dicembre alle 3, e ricordaglielo con un "
         "messaggio 2 giorni prima.", "send_reminder"),
    ],
)
def test_the_booking_and_its_added_message_are_said_back(text: str, message: str) -> None:
    p = parse_it(text)
    assert [part.intent for part in p.parts] == ["book", message], (p.intent, p.reason, p.parts)
    assert p.careful in ("verbless", "dictated"), p.careful
    assert p.parts[0].slots["plate"] == "AB123CD"


def test_two_days_early_is_the_reminders() -> None:
    p = parse_it(
        "Punto grigia di Rossi, AB 123 CD: ricarica del clima venerdì 18 dicembre alle 3, e ricordaglielo con un "
        "messaggio 2 giorni prima."
    )
    assert p.parts[1].slots["reminder"]["days_before"] == 2, p.parts[1].slots
    assert p.parts[0].slots["time"] == "15:00", p.parts[0].slots


@pytest.mark.parametrize(
    "text",
    [
        # the appointment named by its day ("di"): its message, no booking
        "La Punto grigia, AB 123 CD, il tagliando di mercoledì 16 dicembre, e mandagli la conferma.",
        # no time said: the message of the one booked that day
        "La Punto grigia, AB 123 CD: revisione lunedì 14 dicembre, con un promemoria su WhatsApp la sera prima.",
        # no joining word: the message of the one booked
        "La Punto grigia, AB 123 CD, il tagliando mercoledì 16 dicembre alle 10: mandagli la conferma.",
    ],
)
def test_a_message_of_the_appointment_stays_one(text: str) -> None:
    p = parse_it(text)
    assert p.intent in ("send_confirmation", "send_reminder"), (p.intent, p.reason, p.parts)


def test_a_note_not_said_as_a_message_is_still_refused() -> None:
    p = parse_it("La Punto grigia, AB 123 CD, tagliando mercoledì 16 dicembre alle 10; poi gli mandi due righe.")
    assert not p.handled, (p.intent, p.reason, p.parts)
