"""Hours counted after a weekday's date are a shift, never the hour of the day: "falla slittare a venerdì 11, 1 ora
dopo" (held-out set 23, "un'ora" written "1 ora" over noise) had "alle" put between the date and the "1" (as for
"venerdì 11 9": alle 9) and read as 13:00; "2 ore dopo" as 14:00. "1 ora" is now one hour, as "un'ora". Parses on
the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(("said", "minutes"), [("1 ora dopo", 60), ("2 ore prima", -120)])
def test_a_shift_after_the_date_is_a_shift(said: str, minutes: int) -> None:
    p = parse_it(f"Il tagliando della Punto, AB 123 CD, di giovedì: spostalo a venerdì 11, {said}.")
    assert p.intent == "move" and p.slots.get("time_shift") == minutes, (p.intent, p.reason, p.slots)
    assert "time" not in p.slots, p.slots


def test_an_hour_right_after_the_date_still_gets_its_alle() -> None:
    assert heard_tokens("spostalo a venerdì 11 9") == ["spostalo", "a", "venerdi", "11", "alle", "9"]
