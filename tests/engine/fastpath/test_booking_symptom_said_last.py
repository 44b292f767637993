"""What the car does said last, after a booking said without a verb ("Ehm, la Rolls-Royce Cullinan della X, GE 404
NW, domani alle 4 e mezza per la diagnosi, che le si accende una spia", set 39, left unread): why, no words of the
request; the booking is read as without it (said back where it was). A warning light coming on is a symptom ("si
accende una spia"); "si accende" of nothing else, or anything but a symptom after "che", leaves it as it was."""

from __future__ import annotations

import pytest

from engine.fastpath.symptoms import is_symptom, symptom_said_last
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "service", "date", "time"),
    [
        ("Ehm, la Clio della Rossi, EW 275 HS, domani alle 4 e mezza per la diagnosi, che le si accende una spia.",
         "EW275HS", "diagnosis", "2026-11-26", "16:30"),
        ("La Punto di Conti, AB 123 CD, lunedì 30 alle 9 per la diagnosi, perché frena male.", "AB123CD",
         "diagnosis", "2026-11-30", "09:00"),
        ("La Clio della Rossi, EW 275 HS, lunedì 30 alle 9 per una diagnosi, che le si è accesa la spia del motore.",
         "EW275HS", "diagnosis", "2026-11-30", "09:00"),
    ],
)  # fmt: skip
def test_a_booking_with_why_said_last_is_read(text: str, plate: str, service: str, date: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": plate, "service": service, "date": date, "time": time})


@pytest.mark.parametrize(
    "text",
    [
        "La Clio della Rossi, EW 275 HS, lunedì 30 alle 9 per la diagnosi, che lo decide il marito.",
        "La Clio della Rossi, EW 275 HS, lunedì 30 alle 9 per la diagnosi, che si accende la radio da sola.",
    ],
)
def test_anything_else_said_last_is_not_dropped(text: str) -> None:
    p = parse_it(text)
    assert not (p.handled and p.intent == "book"), (p.intent, p.reason, p.slots)


def test_a_light_coming_on_is_a_symptom() -> None:
    assert is_symptom(["le", "si", "accende", "una", "spia"], set())
    assert is_symptom(["si", "e", "accesa", "la", "spia", "del", "motore"], set())
    assert not is_symptom(["si", "accende", "la", "radio"], set())
    assert not is_symptom(["si", "accende"], set())
    assert symptom_said_last(["domani", "per", "la", "diagnosi", "che", "frena", "male"]) == 4
    assert symptom_said_last(["domani", "per", "la", "diagnosi", "che", "lo", "porta", "il", "marito"]) is None
