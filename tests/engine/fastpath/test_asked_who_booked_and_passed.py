"""Questions set 18 asked in words the fast path did not know: who booked in for a day ("chi ci ha prenotato per
lunedì 7?", heard "chi sia prenotato"), when a car passed its inspection ("quand'è che il Kadjar ha passato la
revisione?"). New sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    ["Chi ci ha prenotato per giovedì 5 marzo? Dimmeli con gli orari.", "chi sia prenotato per venerdì 6"],
)
def test_who_booked_in_for_a_day_is_the_agenda(text: str) -> None:
    p = _p(text)
    assert p.intent == "day_appointments" and p.slots["date"] in ("2026-03-05", "2026-03-06"), p


def test_who_booked_a_job_names_no_day_and_is_no_agenda() -> None:
    assert _p("chi ha prenotato il tagliando della AB 123 CD?").intent != "day_appointments"


def test_when_the_inspection_was_passed_is_the_history() -> None:
    p = _p("Quand'è che la Panda di Rossi ha passato la revisione? AB 123 CD.")
    assert p.intent == "vehicle_history" and p.slots["plate"] == "AB123CD", p


def test_the_inspection_passed_told_before_a_booking_stays_a_booking() -> None:
    p = _p("la Panda AB 123 CD ha passato la revisione, prenotale un tagliando giovedì alle 10")
    assert p.intent == "book" and p.slots["service"]["key"] == "service", p
