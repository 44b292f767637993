"""The 1st said "primo" after its weekday ("a lunedì primo alle 14") is that day, as "lunedì 1" is: it read as the
next Monday, a date never said, and a move was written to it. Before a noun ("venerdì, primo posto libero") it is no
date, and "lunedì primo pomeriggio" is early in the afternoon. And a month run onto the weekday after it ("da giovedì
4 marzolunne di primo o marzo alle 14", set 45) put apart."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("sposta il tagliando della DW 816 NG da giovedì 4 marzo a lunedì primo alle 14", "2027-03-01"),
        ("sposta il tagliando della DW 816 NG a martedì primo alle 14", "2026-12-01"),
        ("sposta il tagliando della DW 816 NG da giovedì 4 marzo a lunedì primo o marzo alle 14", "2027-03-01"),
    ],
)  # fmt: skip
def test_primo_after_its_weekday_is_the_first(text: str, day: str) -> None:
    assert_parsed(parse_it(text), "move", {"plate": "DW816NG", "date": day, "time": "14:00"})


def test_primo_with_no_monday_the_first_near_asks() -> None:
    p = parse_it("prenota il tagliando per la DW 816 NG lunedì primo alle 9")
    assert not p.handled and p.reason == "ambiguous:which_day", (p.reason, p.slots)


def test_primo_pomeriggio_is_early_afternoon() -> None:
    p = parse_it("prenota il tagliando per la DW 816 NG lunedì primo pomeriggio")
    assert p.slots.get("date") == "2026-11-30"


def test_primo_posto_is_no_date() -> None:
    p = parse_it("venerdì, primo posto libero per la DW 816 NG")
    assert p.slots.get("date") != "2027-01-01"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Anticipiamo il tagliando della DW 816 NG, da giovedì 4 marzolunne di primo o marzo alle 14.", "2027-03-01"),
        ("sposta la revisione della DW 816 NG da venerdì 4 dicembremarte di 8 dicembre alle 10", "2026-12-08"),
    ],
)  # fmt: skip
def test_month_run_onto_the_weekday(text: str, day: str) -> None:
    assert_parsed(parse_it(text), "move", {"plate": "DW816NG", "date": day})


def test_word_opening_with_a_month_stays() -> None:
    assert not parse_it("la DW 816 NG da giovedì 4 marzolino").handled
