"""A day before its month heard as an hour ("9.24. dicembre pomeriggio c'è spazio per una diagnosi elettronica",
set 44, for "Giovedì 24 dicembre"): read as that day, never today's slot answered as if it were the one asked; a
write on it said back whole; an hour said as one ("alle 9.24") stays an hour."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_the_day_heard_as_an_hour_is_the_day_asked() -> None:
    p = parse_it("9.24. dicembre pomeriggio c'è spazio per una diagnosi elettronica.")
    assert_parsed(p, "first_free_slot", {"service": "diagnosis", "date": "2026-12-24"})


def test_a_write_on_it_is_said_back() -> None:
    p = parse_it("Prenota il tagliando per la Panda di Rossi, EW 346 HD, 9.24. dicembre alle 10.")
    assert_parsed(p, "book", {"date": "2026-12-24", "time": "10:00"})
    assert p.careful, p.careful


def test_an_hour_said_as_one_stays_an_hour() -> None:
    p = parse_it("Prenota il tagliando per la Panda di Rossi, EW 346 HD, 24 dicembre alle 9.24.")
    assert_parsed(p, "book", {"date": "2026-12-24", "time": "09:24"})
