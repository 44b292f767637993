"""The cars a day takes, counted, with "ci entrano" run into one word ("Venerdì 4 dicembre quante auto ci entrano?"
heard "… quante auto scentano" and "Venne il D4 di cembre quante auto-cientano", set 41, refused): put back after
the cars counted, the day's agenda; its day, a number run into a letter right before its month ("il D4 dicembre"),
read as that date for a read only. The same sounds elsewhere are left as heard; no month, no day."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("E ne hai di 4 dicembre quante auto scentano.", "2026-12-04"),
        ("Sabato quante macchine cientrano?", "2026-11-28"),
        ("Domani quante auto cientano?", "2026-11-26"),
    ],
)
def test_ci_entrano_run_on_is_the_days_agenda(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


@pytest.mark.parametrize("text", ["Il signor Scentano ha chiamato", "Prenota la Cientano della Rossi"])
def test_without_the_cars_counted_nothing_is_put_back(text: str) -> None:
    assert "entrano" not in heard_tokens(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Venne il D4 di cembre quante auto-cientano.", "2026-12-04"),
        ("Venne il D4 dicembre quante auto ci entrano?", "2026-12-04"),
        ("Chi entra il D18 dicembre?", "2026-12-18"),
    ],
)
def test_a_day_run_into_a_letter_before_its_month_is_read(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


@pytest.mark.parametrize(
    "text",
    [
        "Venne il D18 di Gembre quantine entrano in Oficina, Echisono.",  # no month heard: which day, asked
        "Prenota la GH 499 ZR il D4 dicembre alle 9 per un tagliando",  # a write never takes a day from a run-on
    ],
)
def test_no_month_or_a_write_takes_no_run_on_day(text: str) -> None:
    p = parse_it(text)
    assert not p.handled and "date" not in p.slots, (p.intent, p.reason, p.slots)
