"""A move said by its two days and no move verb (set 40): "il cambio olio …, non più mercoledì 27 gennaio ma venerdì
18 dicembre alle 11" (the day it had after "non più", the new one after "ma": no negation, no condition), "le pastiglie
di giovedì 28 gennaio vanno a mercoledì 3 febbraio" (the job's day said before "va a"), "her MOT … moved from Monday
the 25th to Friday the 22nd". "Non più" or "va a" with no day on both sides stay what they were. Parses on the bench's
Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "old", "new", "time"),
    [
        (
            "Rossi ha richiamato: il cambio olio della Panda, EY 632 BT, non più mercoledì 27 gennaio ma venerdì 18 "
            "dicembre alle 11.",
            "2027-01-27", "2026-12-18", "11:00",
        ),
        ("La revisione della Panda, AB 123 CD, non è più lunedì 30 novembre ma martedì 1 dicembre alle 9.",
         "2026-11-30", "2026-12-01", "09:00"),
        ("Il tagliando della Clio, EF 456 GH: non più giovedì 26, ma venerdì 27 alle 10 e mezza.",
         "2026-11-26", "2026-11-27", "10:30"),
        (
            "Per la Fiat Tipo, GK 560 PF, le pastiglie di giovedì 28 gennaio vanno a mercoledì 3 febbraio, alle 3 del "
            "pomeriggio.",
            "2027-01-28", "2027-02-03", "15:00",
        ),
        ("La revisione della Panda, AB 123 CD, di lunedì 30 novembre va a martedì 1 dicembre alle 9.",
         "2026-11-30", "2026-12-01", "09:00"),
        ("Le gomme della Clio, EF 456 GH, quelle di giovedì 26 vanno a venerdì 27 alle 11.",
         "2026-11-26", "2026-11-27", "11:00"),
    ],
)
def test_the_two_days_said_italian_are_a_move(text: str, old: str, new: str, time: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "move", {"old_date": old, "date": new, "time": time})


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (
            "Mrs Vezzosi wants her MOT on the Aurus, Echo Tango 2 0 7 X-ray Echo, moved from Monday the 25th of "
            "January to Friday the 22nd of January at 9.",
            "2027-01-25", "2027-01-22",
        ),
        ("She'd like the service on the Clio, EF 456 GH, moved from Thursday the 26th to Friday the 27th at 10.",
         "2026-11-26", "2026-11-27"),
        ("Can I have the tyres on the Panda, AB 123 CD, shifted from Monday the 30th to Tuesday the 1st at 9?",
         "2026-11-30", "2026-12-01"),
    ],
)
def test_moved_from_one_day_to_another_english(text: str, old: str, new: str) -> None:
    p = parse_en(text)
    assert p.intent == "move", (p.intent, p.reason, p.slots)
    assert p.slots.get("old_date") == old and p.slots.get("date") == new, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Il cambio olio della Panda, AB 123 CD, non più il tagliando ma la revisione.",  # no days
        "La Panda, AB 123 CD, va a gasolio.",  # no day after "va a"
        "La Panda, AB 123 CD, non più di mercoledì.",  # no new day
        "La signora Rossi della Panda, AB 123 CD, di venerdì passa a lunedì.",  # someone coming by
    ],
)
def test_no_two_days_no_move(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)


def test_a_customer_moved_house_is_no_move() -> None:
    p = parse_en("Mr Rossi moved to Rome, the Panda, AB 123 CD, needs an MOT on Friday at 9.")
    assert p.intent != "move", (p.intent, p.reason, p.slots)
