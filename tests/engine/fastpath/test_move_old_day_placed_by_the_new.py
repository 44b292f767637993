"""Moves of set 50 whose old day (or new one) is a weekday's number with no month ("Iacobelli ha un funerale
venerdì 7: la ricarica clima …, rimettila venerdì 14 maggio alle 11", "il tagliando di lunedì 10 trasferiscilo al
lunedì successivo, il 17 maggio", "can it go to Tuesday the 11th at 3 p.m. instead of Wednesday the 5th of May?"):
placed in the month of the other day said, when the number falls on its weekday there (or, alone, in the month
beside it); never when two months fit or it falls on no such day. "Rimettila" with any day said before it, and
"can it go to <day> instead of <day>", are moves; "can it go to <day>" alone stays a booking's."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Iacobelli ha un funerale venerdì 7: la ricarica clima della FZ 199 JT, rimettila venerdì 14 maggio alle 11.",
         "2027-05-07", "2027-05-14"),
        ("La DH 507 MN: il tagliando di lunedì 10 trasferiscilo al lunedì successivo, il 17 maggio, ore 11 come prima.",
         "2027-05-10", "2027-05-17"),
        ("La Rossi lunedì 10 ha una visita: il tagliando della DH 507 MN rimettilo martedì 18 maggio alle 9",
         "2027-05-10", "2027-05-18"),
        # the old day in the month before the new one's
        ("Il tagliando della DH 507 MN di venerdì 30 spostalo a lunedì 3 maggio alle 9", "2027-04-30", "2027-05-03"),
    ],
)  # fmt: skip
def test_old_day_takes_the_month_of_the_new(text: str, old: str, new: str) -> None:
    assert_parsed(parse_it(text), "move", {"old_date": old, "date": new})


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Mrs Pisapia's MOT on EK 366 KD, can it go to Tuesday the 11th at 3 p.m. instead of Wednesday the 5th of May?",
         "2027-05-05", "2027-05-11"),
        ("The service on EK 366 KD, can we make it Friday the 4th of December at 9 instead of Thursday the 3rd?",
         "2026-12-03", "2026-12-04"),
        ("EK 366 KD, could it go on Friday the 4th of December at 9 instead of Thursday the 3rd",
         "2026-12-03", "2026-12-04"),
    ],
)  # fmt: skip
def test_gone_to_a_day_instead_of_another_is_a_move(text: str, old: str, new: str) -> None:
    assert_parsed(parse_en(text), "move", {"old_date": old, "date": new})


def test_gone_to_a_day_alone_is_no_move() -> None:
    assert parse_en("EK 366 KD needs an MOT, can it go to Tuesday the 1st of December at 3?").intent != "move"


@pytest.mark.parametrize(
    "text",
    [
        # Thursday the 5th: no Thursday in March, nor February or April
        "Sposta la revisione della AB 123 CD da giovedì 5 a giovedì 11 marzo alle 10",
        "Il tagliando della DH 507 MN di giovedì 5 rimettilo a martedì 16 marzo alle 9",
    ],
)
def test_a_number_on_no_such_weekday_stays_asked(text: str) -> None:
    p = parse_it(text)
    assert not p.handled and p.reason == "ambiguous:which_day", p


def test_the_weekday_after_a_date_is_never_that_date() -> None:
    p = parse_it("Prenota un tagliando alla GT 957 JL il sabato dopo il 5 dicembre alle 9")
    assert p.slots.get("date") != "2026-12-05" or not p.handled, p
