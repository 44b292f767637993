"""The job said due in the passive, its service right after and its day after that ("Vanno montate le gomme nuove:
lunedì 14 dicembre alle 2 del pomeriggio", set 53; "va fatta la revisione giovedì 3 dicembre alle 9"): a booking.
The car's state told ("ha le gomme che vanno cambiate"), the job with no day, or asked, is none. Parses on the bench's
Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("C'è la signora Mangano per la Scorpion rossa, GC 5 8 6 RD. Vanno montate le gomme nuove: lunedì 14 "
         "dicembre alle 2 del pomeriggio.", "tyres", "2026-12-14", "14:00"),
        ("Per la Panda, AB 123 CD, va fatta la revisione giovedì 3 dicembre alle 9.", "inspection", "2026-12-03",
         "09:00"),
        ("La Golf, EF 456 GH: vanno cambiate le pastiglie, venerdì alle 10.", "brakes", "2026-11-27", "10:00"),
        ("Alla Golf EF 456 GH va sostituita la batteria, domani alle 11.", "battery", "2026-11-26", "11:00"),
    ],
)  # fmt: skip
def test_job_due_in_the_passive_is_booked(text: str, service: str, day: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.intent, p.reason)
    assert (p.slots["service"]["key"], p.slots.get("date"), p.slots.get("time")) == (service, day, time), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La Golf, EF 456 GH, ha le gomme che vanno cambiate.",
        "Per la Golf, EF 456 GH, vanno cambiate le pastiglie?",
        "Per la Golf, EF 456 GH, vanno cambiate le pastiglie.",
    ],
)
def test_state_told_or_asked_or_undated_is_no_booking(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason)
