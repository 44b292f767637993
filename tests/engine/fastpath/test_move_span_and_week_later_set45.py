"""Moves said the counter's way in set 45: the old day's weekday and number with the month said only at the span's
end ("da giovedì 4 a giovedì 11 marzo"), the put verb with how far it goes before the new day ("mettilo una settimana
dopo, martedì 16 marzo"), and the old hour kept then said ("alla stessa ora, le 10"). A span with no month to place
its start, or a shift with no new day, is never a move written on a guess."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Posticipa il cambio gomme della AB 123 CD da giovedì 4 a giovedì 11 marzo, alle 3 del pomeriggio come prima.",
         "2027-03-04", "2027-03-11"),
        ("Sposta la revisione della AB 123 CD da lunedì 1 a venerdì 5 marzo alle 10", "2027-03-01", "2027-03-05"),
        # the start in the month before the end's
        ("Sposta la revisione della AB 123 CD da venerdì 26 a martedì 2 marzo alle 10", "2027-02-26", "2027-03-02"),
    ],
)  # fmt: skip
def test_span_start_takes_the_month_of_its_end(text: str, old: str, new: str) -> None:
    assert_parsed(parse_it(text), "move", {"old_date": old, "date": new})


def test_span_start_not_on_its_weekday_stays_asked() -> None:
    p = parse_it("Sposta la revisione della AB 123 CD da giovedì 5 a giovedì 11 marzo alle 10")
    assert not p.handled and p.reason == "ambiguous:which_day", p


@pytest.mark.parametrize(
    ("text", "old", "new", "time"),
    [
        ("La AB 123 CD: il tagliando di martedì 9 marzo mettilo una settimana dopo, martedì 16 marzo, alla stessa ora, "
         "le 10.", "2027-03-09", "2027-03-16", "10:00"),
        ("La AB 123 CD: il tagliando di martedì 9 marzo mettilo una settimana prima, martedì 2 marzo, alle 10.",
         "2027-03-09", "2027-03-02", "10:00"),
        ("La AB 123 CD: il tagliando di martedì 9 marzo spostalo a martedì 16 marzo, stesso orario, le 3 del "
         "pomeriggio.", "2027-03-09", "2027-03-16", "15:00"),
    ],
)  # fmt: skip
def test_put_a_week_later_to_its_new_day_is_a_move(text: str, old: str, new: str, time: str) -> None:
    assert_parsed(parse_it(text), "move", {"old_date": old, "date": new, "time": time})


def test_a_week_later_with_no_new_day_is_no_move() -> None:
    p = parse_it("La AB 123 CD: il tagliando di martedì 9 marzo mettilo una settimana dopo, alle 10.")
    assert p.intent != "move" or not p.handled, p
