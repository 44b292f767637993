"""Italian says one o'clock "all'una", never "alle 1": over noise whisper writes "alle 11" so, its second 1 lost
("dopodomani alle 1", "anzi no, alle 1": held-out set 21 and the main set's, both "alle 11" said). The hour is asked,
never written as 13:00 nor guessed as 11; "all'una", "alle 13", "alle 11" stay as said. Parses on the bench's
Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


def test_alle_1_is_asked() -> None:
    p = parse_it("Prenota un tagliando per la Punto, AB 123 CD, dopodomani alle 1.")
    assert not p.handled and p.reason == "ambiguous:time_cut", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(("said", "time"), [("all'una", "13:00"), ("alle 13", "13:00"), ("alle 11", "11:00")])
def test_the_hour_said_whole_is_booked(said: str, time: str) -> None:
    p = parse_it(f"Prenota un tagliando per la Punto, AB 123 CD, dopodomani {said}.")
    assert p.handled and p.slots.get("time") == time, (p.intent, p.reason, p.slots)
