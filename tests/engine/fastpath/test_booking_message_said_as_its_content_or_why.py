"""Set 40's bookings with their message added, said as what the message tells or why it is sent:
- "…, e dopo gli scrivi su WhatsApp che è confermato" (it-kk10): the message says the booking is confirmed, its
  confirmation ("che è tutto confermato", "che l'appuntamento è confermato" too); "che non è confermato" is none;
- "…, e fagli arrivare un SMS la sera prima così non se lo scorda" (it-kk11): why the reminder is sent, said last,
  no negation of the request; said with no message before it, it stays what it is."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Segna la Punto grigia di Rossi, AB 123 CD, per un cambio olio lunedì 7 dicembre a mezzogiorno, e dopo gli "
         "scrivi su WhatsApp che è confermato.", "whatsapp"),
        ("Metti la Clio della Bianchi, EW 275 HS, per il tagliando venerdì 4 dicembre alle 9, e mandale un SMS che è "
         "tutto confermato.", "sms"),
        ("Prenota la revisione per la Punto, AB 123 CD, giovedì 3 dicembre alle 3, poi gli scrivi per mail che "
         "l'appuntamento è confermato.", "email"),
    ],
)  # fmt: skip
def test_the_message_saying_it_is_confirmed_is_its_confirmation(text: str, channel: str) -> None:
    p = parse_it(text)
    assert [part.intent for part in p.parts] == ["book", "send_confirmation"], (p.intent, p.reason, p.parts)
    assert p.parts[1].slots["channel"] == channel, p.parts[1].slots


@pytest.mark.parametrize(
    "text",
    [
        "Segna la Punto di Rossi, AB 123 CD, per un tagliando lunedì 7 dicembre alle 9, e gli scrivi che non è "
        "confermato.",
        "Segna la Punto di Rossi, AB 123 CD, per un tagliando lunedì 7 dicembre alle 9, e gli scrivi che passi prima.",
    ],
)
def test_other_things_written_send_no_confirmation(text: str) -> None:
    p = parse_it(text)
    assert "send_confirmation" not in [part.intent for part in p.parts], (p.intent, p.reason, p.parts)
    assert not p.handled or p.intent != "send_confirmation", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Tagliando per la Punto blu, AB 123 CD, venerdì 11 dicembre alle 4, e fagli arrivare un SMS la sera prima così "
        "non se lo scorda.",
        "Prenota la revisione per la Clio, EW 275 HS, lunedì 30 alle 10, e mandale un promemoria su WhatsApp il giorno "
        "prima, così non se la scorda.",
        "Segna la Punto, AB 123 CD, per il cambio olio giovedì 3 dicembre alle 9, con un promemoria per SMS la sera "
        "prima per non scordarselo.",
    ],
)
def test_why_the_reminder_is_sent_is_no_negation(text: str) -> None:
    p = parse_it(text)
    assert [part.intent for part in p.parts] == ["book", "send_reminder"], (p.intent, p.reason, p.parts)


@pytest.mark.parametrize(
    "text",
    [
        # no message before it: said of the request, it stays a negation
        "Segna la Punto, AB 123 CD, per il tagliando giovedì 3 dicembre alle 9, così non se lo scorda.",
        # said before the message, not last
        "Così non se lo scorda, mandagli un SMS per la Punto, AB 123 CD, e poi non prenotare niente.",
    ],
)
def test_not_forgetting_said_elsewhere_stays_a_negation(text: str) -> None:
    p = parse_it(text)
    assert not p.handled, (p.intent, p.reason, p.parts)
