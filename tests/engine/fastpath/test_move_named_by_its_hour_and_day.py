"""A move whose appointment is named by its hour, then its day ("Quello delle 11 e mezza di venerdì 15 gennaio
spostalo alle 4 del pomeriggio, stesso giorno", set 39): "delle 11 e mezza di venerdì" is the hour and day it has,
the hour said after the verb the new one, on the same day when "stesso giorno" is said (before, the two hours were
asked about, the day read as the new one). With no plate the move is said back whole for a yes, as ever. An hour said
with "alle" before a day ("alle 15 di venerdì") is still the new day's."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Quello delle 11 e mezza di venerdì 27 novembre spostalo alle 4 del pomeriggio, stesso giorno.",
         ("2026-11-27", "11:30"), ("2026-11-27", "16:00")),
        ("L'appuntamento delle 9 di lunedì 30 novembre spostalo alle 11, stesso giorno.",
         ("2026-11-30", "09:00"), ("2026-11-30", "11:00")),
        ("Quello delle 10 e mezza di giovedì 26 novembre spostalo a venerdì 27 novembre alle 3 del pomeriggio.",
         ("2026-11-26", "10:30"), ("2026-11-27", "15:00")),
        ("Quello delle 8 di venerdì 27 novembre rimandalo alle 5 del pomeriggio, lo stesso giorno.",
         ("2026-11-27", "08:00"), ("2026-11-27", "17:00")),
    ],
)
def test_the_hour_and_day_it_has_then_the_new_hour(text: str, old: tuple[str, str], new: tuple[str, str]) -> None:
    p = parse_it(text)
    assert_parsed(p, "move", {"old_date": old[0], "old_time": old[1], "date": new[0], "time": new[1]})


def test_an_hour_said_with_alle_before_a_day_is_the_new_one() -> None:
    p = parse_it("La revisione della AB 123 CD spostala alle 15 di venerdì 27 novembre.")
    assert p.intent == "move" and p.slots.get("date") == "2026-11-27" and p.slots.get("time") == "15:00", p.slots
    assert "old_date" not in p.slots and "old_time" not in p.slots, p.slots


def test_the_day_alone_keeps_no_hour_of_its_own() -> None:
    p = parse_it("Quello di venerdì 27 novembre della AB 123 CD spostalo alle 4 del pomeriggio.")
    assert p.intent == "move" and p.slots.get("old_date") == "2026-11-27" and p.slots.get("time") == "16:00", p.slots
    assert "old_time" not in p.slots and "date" not in p.slots, p.slots
