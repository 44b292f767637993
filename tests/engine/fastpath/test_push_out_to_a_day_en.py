"""An English move said "push … out to <day>" ("Push the Orbita's oil change, Echo Romeo 574 Bravo Kilo, out to
Friday June 4th, 2 o'clock", set 51): later, to the day said after "to". With no day after it ("push the car out to
the yard") there is no move. Sentences are new; parsed on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Push the Clio's oil change, AB 123 CD, out to Friday December 4th, 2 o'clock.", "2026-12-04", "14:00"),
        ("Bump the MOT on the Golf, FG 321 AB, out to Monday the 7th of December at 10.", "2026-12-07", "10:00"),
    ],
)
def test_pushed_out_to_a_day(text: str, date: str, time: str) -> None:
    assert_parsed(parse_en(text), "move", {"date": date, "time": time})


def test_pushed_out_with_no_day_is_no_move() -> None:
    p = parse_en("Push the Clio, AB 123 CD, out to the yard.")
    assert p.intent != "move", (p.intent, p.reason)
