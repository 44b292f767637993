"""The customer's wish to bring the car on a day, the job said not to be known ("la vuole portare venerdì 4
dicembre alle 3, ma non mi ha detto per cosa", set 31): a booking with its service asked, the day and hour kept.
Without the job said unknown, "la vuole portare" alone is no booking; negated ("non la vuole portare"), refused;
a job named and then said unknown is asked, never taken."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Ha chiamato il signor Gatti: la Clio, FR 412 KD, la vuole portare giovedì 3 dicembre alle 4, ma non mi ha "
        "detto per cosa.",
        "La Clio di Gatti, FR 412 KD, la vuole portare giovedì 3 dicembre alle 4, non so che lavoro.",
    ],
)
def test_job_not_known_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:service", (p.intent, p.reason)
    assert p.slots.get("date") == "2026-12-03" and p.slots.get("time") == "16:00", p.slots


def test_wish_alone_is_no_booking() -> None:
    p = parse_it("La Clio di Gatti, FR 412 KD, la vuole portare giovedì 3 dicembre alle 4.")
    assert p.intent is None, (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "La Clio di Gatti, FR 412 KD, non la vuole portare giovedì 3 dicembre alle 4, non so per cosa.",
        "Non prenotare la Clio di Gatti, FR 412 KD, giovedì alle 4, non mi ha detto per cosa.",
    ],
)
def test_negated_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None, (p.intent, p.reason)


def test_job_named_then_unknown_is_asked() -> None:
    p = parse_it("Prenota il tagliando per la Clio, FR 412 KD, giovedì alle 4, ma non so per cosa.")
    assert "service" not in p.slots, p.slots
