"""A car's history asked as what it has behind it with us ("Il furgoncino di Sbrana, il Lorimas, FB 826 BM: cos'ha alle
spalle con noi?", set 46) or as everything it has ever had done ("The Rinspeed, F X 8 8 8 H B: pull up everything it's
ever had done here.", set 46): a read. "Un incidente alle spalle" names no history, and a booking said with it books."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Il furgoncino di Sbrana, il Lorimas, FB 826 BM: cos'ha alle spalle con noi?",
        "La FB 826 BM cosa ha alle spalle?",
    ],
)
def test_what_it_has_behind_it_is_its_history(text: str) -> None:
    assert_parsed(parse_it(text), "vehicle_history", {"plate": "FB826BM"})


@pytest.mark.parametrize(
    "text",
    [
        "The Rinspeed, F X 8 8 8 H B: pull up everything it's ever had done here.",
        "Pull up everything that's been done on FX 888 HB.",
        "Show me everything she's ever had done, FX 888 HB.",
    ],
)
def test_everything_it_has_had_done_is_its_history(text: str) -> None:
    assert_parsed(parse_en(text), "vehicle_history", {"plate": "FX888HB"})


def test_an_accident_behind_it_is_no_history() -> None:
    assert parse_it("Ha un incidente alle spalle la FB 826 BM.").intent != "vehicle_history"


def test_a_booking_said_with_it_books() -> None:
    text = "Book FX 888 HB for a service Monday at 9, it's had everything done here."
    assert_parsed(parse_en(text), "book", {"date": "2026-11-30", "time": "09:00"})
