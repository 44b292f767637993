"""A booking said bare, then a reminder put to the customer with the verb's pronoun ("…: revisione lunedì 22 febbraio
alle 3 e mezza, e mettile pure un promemoria su WhatsApp", set 54, read as a reminder alone): the booking with its
reminder. A reminder alone stays one, and a negated one refuses."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La Aerosport marrone della Spampinato, EM 870 DR: revisione lunedì 22 febbraio alle 3 e mezza, e mettile pure "
        "un promemoria su WhatsApp.",
        "La EM 870 DR: revisione lunedì 22 febbraio alle 3 e mezza, e mettile un promemoria su WhatsApp.",
        "La EM 870 DR: revisione lunedì 22 febbraio alle 3 e mezza, e aggiungile un promemoria via SMS.",
        "La EM 870 DR: revisione lunedì 22 febbraio alle 3 e mezza, e impostagli un promemoria il giorno prima.",
    ],
)
def test_booking_with_its_reminder(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.slots.get("time") == "15:30"
    assert [part.intent for part in p.parts] == ["book", "send_reminder"]


def test_reminder_alone_stays_one() -> None:
    p = parse_it("Alla EM 870 DR mettile un promemoria su WhatsApp per la revisione di lunedì 22 febbraio.")
    assert p.intent == "send_reminder"


def test_negated_reminder_refused() -> None:
    text = "La EM 870 DR: revisione lunedì 22 febbraio alle 3 e mezza, e non mettile il promemoria."
    assert parse_it(text).reason == "out_of_scope:negation"
