"""A dictated booking with its message added after "e dopo", "e infine", or with the customer's pronoun said before
the verb sending it (set 52: "Pierina Torrisi, l'Edsel verde, GD 2 6 7 JM: diagnosi venerdì 8 gennaio alle 11, e dopo
le spedisci la conferma" was read as the confirmation of an appointment alone). A booking with its confirmation (or
reminder), said back whole for a yes; the message said of an appointment, or of a day with no hour, stays a message."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it

_BOOKING = "Pierina Torrisi, la Punto verde, GD 2 6 7 JM: diagnosi venerdì 8 gennaio alle 11"


@pytest.mark.parametrize(
    ("added", "message"),
    [
        ("e dopo le spedisci la conferma", "send_confirmation"),
        ("e poi le mandi la conferma", "send_confirmation"),
        ("e dopo mandale la conferma", "send_confirmation"),
        ("e infine le invii una conferma su WhatsApp", "send_confirmation"),
        ("e gli spedisci la conferma per SMS", "send_confirmation"),
        ("e dopodiché le mandi un promemoria il giorno prima", "send_reminder"),
    ],
)
def test_the_booking_is_read_with_its_message(added: str, message: str) -> None:
    p = parse_it(f"{_BOOKING}, {added}.")
    assert p.intent == "book" and p.handled, (p.intent, p.reason)
    assert p.slots["plate"] == "GD267JM" and p.slots["date"] == "2027-01-08" and p.slots["time"] == "11:00", p.slots
    assert [q.intent for q in p.parts] == ["book", message], p.parts
    assert p.careful is not None  # it may still tell of the one booked: said back whole, never written as heard


@pytest.mark.parametrize(
    "text",
    [
        # the appointment named, then its message: no booking
        "La diagnosi di venerdì 8 gennaio alle 11 della GD 2 6 7 JM: le spedisci la conferma?",
        # a day with no hour, the message of the one booked that day
        "La Punto verde, GD 2 6 7 JM: diagnosi venerdì 8 gennaio, e dopo le spedisci la conferma.",
    ],
)
def test_a_message_of_an_appointment_stays_one(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "send_confirmation", (p.intent, p.reason, p.slots)


def test_a_move_to_later_is_no_message_added() -> None:
    p = parse_it("Sposta la revisione della GD 2 6 7 JM a dopo, e mandagli la conferma.")
    assert p.intent == "move" and not p.handled, (p.intent, p.reason)
