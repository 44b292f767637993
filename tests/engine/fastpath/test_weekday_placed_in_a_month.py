"""A weekday placed in a month rather than dated ("il primo lunedì di dicembre", "lunedì di dicembre", "a Monday in
January", whisper's "venerdì blu dicembre"): read as the weekday alone it was the coming Monday, 30 November — a booking
on a day nobody said. Its place in the month, when said, dates it; otherwise which day is asked. A weekday with its
number ("lunedì 7 dicembre", "lunedì sette dicembre") is dated as before. Today is Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Metti la revisione alla Punto, AB 123 CD, il primo lunedì di dicembre alle 10.", "2026-12-07"),
        ("Il tagliando della Clio EW 275 HS mettilo il terzo giovedì di gennaio alle 9.", "2027-01-21"),
        ("Prenota un cambio gomme per la Punto AB 123 CD l'ultimo venerdì di dicembre alle 11.", "2026-12-25"),
        ("Fissa la revisione della Punto AB 123 CD il secondo martedì del mese prossimo alle 15.", "2026-12-08"),
    ],
)
def test_a_weekday_by_its_place_in_the_month_is_dated(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "book", {"date": date})


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Book the Punto AB 123 CD in for a service the first Monday in December at 10.", "2026-12-07"),
        ("Put the Clio EW 275 HS down for an MOT on the last Thursday of January at 9.", "2027-01-28"),
    ],
)
def test_english_weekday_by_its_place_in_the_month(text: str, date: str) -> None:
    assert_parsed(parse_en(text), "book", {"date": date})


@pytest.mark.parametrize(
    "text",
    [
        "Metti la revisione alla Punto, AB 123 CD, lunedì di dicembre alle 10.",
        "Prenota il tagliando della Clio EW 275 HS un martedì a gennaio, alle 9.",
        "Metti la revisione alla Punto, AB 123 CD, venerdì blu dicembre alle 10.",
        "Segna la Punto AB 123 CD per le gomme giovedì del mese prossimo alle 10.",
        "Metti la revisione alla Punto AB 123 CD il primo lunedì di novembre alle 10.",
    ],
)
def test_a_weekday_only_placed_in_a_month_asks_which_day(text: str) -> None:
    p = parse_it(text)
    assert not p.handled and p.reason == "ambiguous:which_day", (p.reason, p.slots)


def test_english_weekday_in_a_month_asks() -> None:
    p = parse_en("Book the Punto AB 123 CD in for a service on a Monday in January at 10.")
    assert not p.handled and p.reason == "ambiguous:which_day", (p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Metti la revisione alla Punto, AB 123 CD, lunedì 7 dicembre alle 10.", "2026-12-07"),
        ("Metti la revisione alla Punto, AB 123 CD, lunedì sette dicembre alle 10.", "2026-12-07"),
        ("Metti la revisione alla Punto, AB 123 CD, lunedì prossimo alle 10.", "2026-11-30"),
        ("Metti la revisione alla Punto, AB 123 CD, il primo dicembre alle 10.", "2026-12-01"),
        ("Metti la revisione alla Punto, AB 123 CD, martedì primo dicembre alle 10.", "2026-12-01"),
        ("Prenota la Punto AB 123 CD per il tagliando venerdì, primo posto libero di mattina.", "2026-11-27"),
    ],
)
def test_dated_weekdays_stay(text: str, date: str) -> None:
    assert parse_it(text).slots.get("date") == date


def test_may_as_a_verb_is_no_month() -> None:
    p = parse_en("Book the Punto AB 123 CD for a service Monday, may I say at 10.")
    assert p.slots.get("date") == "2026-11-30", p.slots


def test_english_weekday_month_and_day_stays_a_date() -> None:
    p = parse_en("Tyres for the Punto, AB 123 CD, Tuesday, December the 1st at 11.")
    assert_parsed(p, "book", {"date": "2026-12-01"})
