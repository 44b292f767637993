"""A model the tables do not know, said right after its article with its plate, colour or owner and plate after it
("prenota la Korando, DR 815 DL, …"), is never put back as the job it sounds like ("la collaudo": an inspection
booked that nobody asked for). It is kept as heard, the car's model: the job is asked when none was said, and a
dictated booking with its job reads as before. A job misheard in its own place ("la revizione della Panda") is
still put back."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Prenota la Korando, DR 815 DL, lunedì 30 alle 9.",
        "Metti la Korando grigia, DR 815 DL, per lunedì 30 alle 9.",
    ],
)
def test_the_model_is_no_job_and_the_job_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and not p.handled and p.reason == "missing:service", (p.reason, p.slots)
    assert "service" not in p.slots


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Il Korando di Ruggiu, EA 839 WC: revisione venerdì 11 dicembre alle 10.", "inspection"),
        ("La Korando grigia, DR 815 DL: tagliando lunedì 30 alle 9 e mezza.", "service"),
    ],
)
def test_a_dictated_booking_of_the_model_keeps_its_own_job(text: str, service: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.slots["service"]["key"] == service, (p.reason, p.slots)


def test_a_job_misheard_in_its_own_place_is_still_put_back() -> None:
    p = parse_it("Prenota la revizione della Panda, AB 123 CD, lunedì 30 alle 9.")
    assert p.intent == "book" and p.handled and p.slots["service"]["key"] == "inspection", (p.reason, p.slots)
