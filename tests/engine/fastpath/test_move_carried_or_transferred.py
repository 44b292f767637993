"""A booked job carried to another day: "Trasferisci la revisione della Rosengart, GY 0 5 3 KH, da lunedì 15 marzo a
martedì 9 marzo alle 2 e mezza del pomeriggio" (set 46), and "porta" with the job named right after it and the day it
had said ("La signora Biancofiore ha un imprevisto mercoledì 10 marzo: porta le pastiglie della Panoz, FG 0 52 GA, a
giovedì 18 febbraio alle 9", set 46): a move. Told of the customer ("… la Biancofiore porta le pastiglie …") it is said
back; with no day it had ("porta le gomme … a giovedì") or no job ("porta la FG 052 GA a giovedì") it is no move."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "old", "date", "time"),
    [
        ("Trasferisci la revisione della Rosengart, GY 0 5 3 KH, da lunedì 15 marzo a martedì 9 marzo alle 2 e mezza "
         "del pomeriggio.", "GY053KH", "2027-03-15", "2027-03-09", "14:30"),
        ("Trasferiscimi il tagliando della GY 053 KH da venerdì a lunedì alle 10.", "GY053KH", "2026-11-27",
         "2026-11-30", "10:00"),
        ("La signora Biancofiore ha un imprevisto mercoledì 10 marzo: porta le pastiglie della Panoz, FG 0 52 GA, a "
         "giovedì 18 febbraio alle 9.", "FG052GA", "2027-03-10", "2027-02-18", "09:00"),
        ("Porta le pastiglie della FG 052 GA da mercoledì 10 marzo a giovedì 18 febbraio alle 9.", "FG052GA",
         "2027-03-10", "2027-02-18", "09:00"),
        ("Mercoledì 10 marzo non ce la fa, allora portiamo le pastiglie della FG 052 GA a giovedì 18 febbraio alle 9.",
         "FG052GA", "2027-03-10", "2027-02-18", "09:00"),
    ],
)
def test_the_job_carried_to_another_day_is_moved(text: str, plate: str, old: str, date: str, time: str) -> None:
    parsed = parse_it(text)
    assert_parsed(parsed, "move", {"plate": plate, "old_date": old, "date": date, "time": time})
    assert parsed.careful is None


def test_transferred_said_with_we_is_a_move() -> None:
    assert_parsed(parse_it("Il tagliando della GY 053 KH trasferiamolo a giovedì alle 9."), "move", {"time": "09:00"})


def test_carried_as_told_of_the_customer_is_said_back() -> None:
    parsed = parse_it("Mercoledì 10 marzo la Biancofiore porta le pastiglie della FG 052 GA a giovedì 18 febbraio alle 9.")
    assert_parsed(parsed, "move", {"date": "2027-02-18"})
    assert parsed.careful == "asked"


@pytest.mark.parametrize(
    "text",
    [
        "Porta le gomme della FG 052 GA a giovedì alle 9.",
        "Porta la FG 052 GA a giovedì alle 9.",
        "Si è trasferito a Milano, la GY 053 KH.",
    ],
)
def test_no_day_it_had_or_no_job_is_no_move(text: str) -> None:
    assert parse_it(text).intent != "move", text
