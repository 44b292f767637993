"""The day's cars or customers asked for are its agenda: "Which cars are coming through the door on Thursday the
3rd, and at what times?" (set 41, refused), "what cars are due in tomorrow?", and in Italian the customers awaited
listed ("Leggimi la lista dei clienti attesi per oggi", set 41, heard "Leijumilla lista …"). Cars listed by what
they share ("la lista dei clienti con la revisione scaduta") and a customer's cars asked stay as they were."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Which cars are coming through the door on Thursday the 3rd, and at what times?", "2026-12-03"),
        ("What cars are due in tomorrow?", "2026-11-26"),
        ("Which cars are we expecting Friday?", "2026-11-27"),
        ("What cars have we got coming on Monday the 30th?", "2026-11-30"),
        ("Which cars are coming through the door tomorrow?", "2026-11-26"),
    ],
)
def test_the_days_cars_asked_in_english(text: str, date: str) -> None:
    assert_parsed(parse_en(text), "day_appointments", {"date": date})


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Leggimi la lista dei clienti attesi per oggi.", "2026-11-25"),
        ("Leijumilla lista dei clienti attesi per oggi.", "2026-11-25"),
        ("Dammi l'elenco dei clienti in arrivo domani.", "2026-11-26"),
        ("Venerdì, la lista dei clienti prenotati?", "2026-11-27"),
        ("Mi leggi la lista dei clienti di domani?", "2026-11-26"),
    ],
)
def test_the_customers_awaited_listed(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Which cars does Mrs Carraro have?", "en"),
        ("Fammi la lista dei clienti con la revisione scaduta.", "it"),
        ("Leggimi la lista dei clienti che hanno la revisione scaduta.", "it"),
    ],
)
def test_no_days_cars_asked_is_no_agenda(text: str, lang: str) -> None:
    p = parse_it(text) if lang == "it" else parse_en(text)
    assert p.intent != "day_appointments", (p.intent, p.reason, p.slots)
