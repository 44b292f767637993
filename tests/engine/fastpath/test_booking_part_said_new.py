"""A booking said without a verb with the part said new between the service and the vehicle (set 34: "Batteria
nuova per la Pixo arancio zucca di Ardizzone, DC 0 41 EB, sabato 28 novembre alle 9, e mettigli un promemoria su
WhatsApp il giorno prima") was refused, or read as the reminder of an appointment that does not exist: the same
booking as the service said bare ("Batteria per la Pixo …"), with its message after it. A question, or a day told
as one already had, stays as it was."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("Batteria nuova per la Punto di Rossi, AB 123 CD, sabato 28 novembre alle 9.", "battery", "2026-11-28",
         "09:00"),
        ("Gomme nuove per la Punto di Rossi, AB 123 CD, venerdì alle 10.", "tyres", "2026-11-27", "10:00"),
    ],
)
def test_the_part_said_new_books(text: str, service: str, day: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "AB123CD", "service": service, "date": day, "time": time})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Una batteria nuova per la Punto di Rossi, AB 123 CD, sabato 28 novembre alle 9, e mettigli un promemoria "
         "su WhatsApp il giorno prima.", "send_reminder"),
        ("Pastiglie nuove sulla Punto, AB 123 CD, lunedì alle 3, e mandagli la conferma per SMS.", "send_confirmation"),
    ],
)
def test_the_booking_keeps_its_message(text: str, message: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.reason, p.slots)
    assert [q.intent for q in p.parts] == ["book", message]


@pytest.mark.parametrize(
    "text",
    [
        "Batteria nuova per la Punto di Rossi, AB 123 CD?",
        "Batteria nuova per la Punto di Rossi, AB 123 CD, era sabato alle 9.",
        "Batteria nuova per la Punto di Rossi, AB 123 CD: quanto costa?",
    ],
)
def test_no_booking_read_from_the_new_part(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)
