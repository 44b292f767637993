"""The month "dicembre" heard split after its "di", the rest written as it sounds ("15 di Cemre", "11 di Cemme",
"5 di Gemre"), and a weekday heard cut before its date ("Saba 5"). Put back only right after (or
before) a day of the month, so the weekday is still checked against the date; elsewhere the words stay as heard."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("martedi 15 di cemre alle 11", "martedi 15 dicembre alle 11"),
        ("venerdi 11 di cemme", "venerdi 11 dicembre"),
        ("sabato 5 di gemre", "sabato 5 dicembre"),
        ("lunedi 21 di cemore alle 9", "lunedi 21 dicembre alle 9"),
        ("saba 5 dicembre alle 10", "sabato 5 dicembre alle 10"),
    ],
)
def test_month_and_weekday_cut_are_put_back(heard: str, want: str) -> None:
    assert " ".join(put_back(tokenize(heard))) == want


@pytest.mark.parametrize(
    "heard", ["la lancia di cemre", "cemre alle 3", "la saba", "saba e poi", "ne venne di 4 tipi"]
)
def test_no_month_or_weekday_without_a_date_beside(heard: str) -> None:
    words = put_back(tokenize(heard))
    assert "dicembre" not in words and "sabato" not in words and "venerdi" not in words


def test_a_booking_with_its_month_cut() -> None:
    p = parse_it("Targa FF 7 4 0 RF, il Ducato bianco della ditta Rossi: cambio olio martedì 15 di Cemre alle 11.")
    assert_parsed(
        p, "book", {"plate": "FF740RF", "service": "oil_change", "date": "2026-12-15", "time": "11:00"}
    )


def test_a_cut_weekday_that_disagrees_with_its_date_is_not_taken() -> None:
    """ "Saba 4 dicembre": the 4th is a Friday; the day is asked, never guessed."""
    p = parse_it("Targa FF 7 4 0 RF, il Ducato bianco della ditta Rossi: cambio olio Saba 4 dicembre alle 10.")
    assert not p.handled and p.reason == "ambiguous:weekday_vs_date"
