"""A booking said without a verb, the vehicle and its plate first, then the service with its definite article, its
day and its time ("La Thema nera di Rossi, GC 175 HP, le pastiglie davanti lunedì 30 alle 3", "…, il clima da
ricaricare dopodomani alle 5"), the job itself told: most likely the job asked for, it may still tell of the one booked, so it is said
back whole for a yes (`careful == "verbless"`), never written at once; said bare ("le pastiglie venerdì alle 3") and
ending the request, too (test_dictated_job_with_its_article). The day said as the appointment's ("di
lunedì"), no time, or a question, and nothing is booked. The Lancia Thema is a model. Parses on the bench's
Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "service", "date", "time"),
    [
        ("La Thema grigia di Ferri, AB 123 CD, le pastiglie davanti venerdì 27 alle 3.", "brakes", "2026-11-27", "15:00"),
        ("Allora, la Golf nera di Conti, EF 456 GH, il clima da ricaricare dopodomani alle 5.", "aircon", "2026-11-27",
         "17:00"),
        ("La Thema grigia di Ferri, AB 123 CD, le pastiglie venerdì 27 alle 3.", "brakes", "2026-11-27", "15:00"),
    ],
)  # fmt: skip
def test_the_service_with_its_article_is_said_back(text: str, service: str, date: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.careful == "verbless", (p.intent, p.reason, p.careful)
    assert (slot(p, "service"), slot(p, "date"), slot(p, "time")) == (service, date, time), p.slots


def test_the_thema_is_a_model() -> None:
    assert (
        slot(
            parse_it("La Thema grigia di Ferri, AB 123 CD, le pastiglie davanti venerdì 27 alle 3."), "model"
        )
        == "Thema"
    )


@pytest.mark.parametrize(
    "text",
    [
        "La Thema grigia di Ferri, AB 123 CD, le pastiglie davanti di venerdì 27 alle 3.",  # the appointment's day
        "La Thema grigia di Ferri, AB 123 CD, le pastiglie davanti venerdì 27 alle 3?",  # asked
        "La Thema grigia di Ferri, AB 123 CD, le pastiglie davanti venerdì 27.",  # no time
    ],
)
def test_told_or_asked_is_not_booked(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled and p.careful is None), (p.intent, p.reason, p.careful)
    assert not (p.intent == "book" and "time" in p.slots), p.slots
