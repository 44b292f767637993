"""The first free slot asked in set 34's words: the hour a job could go in, asked as a wish ("a che ora potrei
farlo?"); the first date the workshop has, given and booked ("dammi la prima data che hai e prenota"); in English
the first day and time ("what's the first day and time you could fit them?"), the customer to come its frame ("if a
customer wanted an inspection, …"). A read stays a read; a write said on such a frame is refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Un cambio d'olio veloce, giovedì 10 dicembre prima di pranzo: a che ora potrei farlo?",
         {"service": "oil_change", "date": "2026-12-10", "part_of_day": "morning"}),
        ("Giovedì 10 dicembre a che ora potremmo fare una revisione?", {"service": "inspection", "date": "2026-12-10"}),
        ("Un tagliando venerdì 27, a che ora riusciremmo a farlo?", {"service": "service", "date": "2026-11-27"}),
    ],
)
def test_the_hour_a_job_could_go_in_is_the_first_free_slot(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "first_free_slot", slots)


def test_the_hour_to_come_by_is_no_free_slot() -> None:
    assert parse_it("A che ora potrei passare giovedì?").intent != "first_free_slot"


@pytest.mark.parametrize(
    "text",
    [
        "Revisione per la Panda bianca, AB 123 CD: dammi la prima data che hai e prenota.",
        "Tagliando per la AB 123 CD, la prima data che avete, e prenotalo.",
        "Per la AB 123 CD un cambio gomme, il primo orario che hai, prenota pure.",
    ],
)
def test_the_first_date_given_and_booked_is_a_first_free_booking(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"plate": "AB123CD"})
    assert p.slots.get("first_free") is True, p.slots


def test_the_first_date_asked_stays_a_read() -> None:
    p = parse_it("Per la AB 123 CD, qual è la prima data che hai per la revisione?")
    assert p.intent == "first_free_slot", (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "If a customer wanted an inspection, what's the first day and time you could fit them?",
        "If someone comes in wanting an inspection, when's the first free slot?",
        "What's the first date and time you could fit an MOT?",
    ],
)
def test_the_first_day_and_time_asked_is_the_first_free_slot(text: str) -> None:
    assert_parsed(parse_en(text), "first_free_slot", {"service": "inspection"})


@pytest.mark.parametrize(
    "text",
    [
        "If a customer wants it, book AB 123 CD for a service Friday at 10.",
        "Book a service for AB 123 CD Friday at 10 if a customer wants it.",
    ],
)
def test_a_write_on_a_customer_to_come_is_refused(text: str) -> None:
    assert not parse_en(text).handled
