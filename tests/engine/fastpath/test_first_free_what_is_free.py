"""What is free asked after the job it is for ("per sostituire la batteria, cosa hai libero giovedì?"), with its
"per" lost ("sostituire la batteria cosa hai libero …") and "ho" written "o" ("cosa o libero"): a read of the free
slots, no booking. New sentences in the shape set 21 heard."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "service", "date"),
    [
        ("Per sostituire la batteria, cosa hai libero giovedì 26?", "battery", "2026-11-26"),
        ("Sostituire la batteria cosa ho libero venerdì 27 di pomeriggio", "battery", "2026-11-27"),
        ("Cambiare le pastiglie cosa o libero martedì primo dicembre?", "brakes", "2026-12-01"),
    ],
)
def test_what_is_free_for_a_job_is_asked(text: str, service: str, date: str) -> None:
    p = _parse(text)
    assert p.intent == "first_free_slot" and p.handled, (p.intent, p.reason, p.slots)
    assert p.slots["service"]["key"] == service and p.slots.get("date") == date


def test_the_job_ordered_with_its_day_and_hour_still_books() -> None:
    p = _parse("Sostituire la batteria della Panda AB 123 CD giovedì 26 alle 9.")
    assert p.intent == "book", (p.intent, p.reason)
