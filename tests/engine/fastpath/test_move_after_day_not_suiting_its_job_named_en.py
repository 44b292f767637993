"""An English move said as the day that does not suit, the job and vehicle named after that day, then the new day
("Mr Brugnolo's after ringing, he can't do the 25th of January for the tyres on the Bohema, FC 253 MC, so put him in
Tuesday the 2nd of February at 11", set 40): a move from that day (the month after "of" read with it). With no new
day after "so", or no "so", it is no move. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (
            "Mr Rossi's after ringing, he can't do the 25th of January for the tyres on the Panda, FC 253 MC, so put "
            "him in Tuesday the 2nd of February at 11.",
            "2027-01-25", "2027-02-02",
        ),
        ("Mrs Bianchi can't make Monday the 30th for the MOT on her Clio, EF 456 GH, so let's do Tuesday the 1st at 9.",
         "2026-11-30", "2026-12-01"),
        ("He can't do the 27th of November for the service on the Golf, AB 123 CD, so put him on Friday the 4th "
         "of December at 10.", "2026-11-27", "2026-12-04"),
    ],
)
def test_the_new_day_after_the_job_is_a_move(text: str, old: str, new: str) -> None:
    p = parse_en(text)
    assert p.intent == "move" and p.handled, (p.intent, p.reason, p.slots)
    assert p.slots.get("old_date") == old and p.slots.get("date") == new, p.slots


@pytest.mark.parametrize(
    "text",
    [
        # no new day after "so": what is put in is a job
        "He can't do the 25th of January for the tyres on the Panda, FC 253 MC, so put him in for the brakes.",
        # no "so", nothing asked
        "He can't do the 25th of January for the tyres on the Panda, FC 253 MC.",
    ],
)
def test_no_new_day_no_move(text: str) -> None:
    p = parse_en(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)
