"""The car's visit told with "viene" (set 45, it-ee17: "Fammi un appunto: mercoledì 13 gennaio la Dayun della
Bertolotti, GE 145 JB, viene per le gomme. L'orario lo sento e ti faccio sapere."): a booking told, as "passa"
(`COMES_BY_TOLD`), its hour asked and the whole said back for a yes; never asked ("viene venerdì per il tagliando?"),
never who comes ("domani chi viene per il tagliando", the day's agenda, its "?" unheard)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


def test_car_comes_for_its_job_on_a_day_asks_the_hour() -> None:
    p = parse_it("Fammi un appunto: mercoledì 13 gennaio la Panda della Rossi, AB 123 CD, viene per le gomme. L'orario "
                 "lo sento e ti faccio sapere.")
    assert p.intent == "book" and p.reason == "missing:time", (p.intent, p.reason)
    assert p.slots.get("date") == "2027-01-13", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Mercoledì 13 gennaio la Panda della Rossi, AB 123 CD, viene per le gomme alle 10.",
        "Il signor Rossi viene domani alle 10 per la revisione della AB 123 CD",
    ],
)
def test_visit_told_with_its_hour_is_said_back(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.careful == "asked", (p.intent, p.reason, p.careful)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Domani chi viene per il tagliando", "day_appointments"),
        ("Domani chi passa per il tagliando", "day_appointments"),
        ("La AB 123 CD viene venerdì alle 10 per il tagliando?", None),
        ("Viene a ritirare la AB 123 CD domani alle 10", None),
    ],
)
def test_who_comes_or_asked_books_nothing(text: str, intent: str | None) -> None:
    assert parse_it(text).intent == intent
