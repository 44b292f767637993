"""Room asked as the job "getting in" ("un cambio olio dopodomani in mattinata ci entra o siamo pieni?", set 31): the
first free slot that day, not the day's agenda; "chi ci entra?" still asks who the day brings."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Una ricarica del clima venerdì pomeriggio ci entra o siamo pieni?",
         {"service": "aircon", "date": "2026-11-27"}),
        ("Lunedì 30 in mattinata mi entra un tagliando?", {"service": "service", "date": "2026-11-30"}),
    ],
)  # fmt: skip
def test_a_job_getting_in_asks_the_first_free_slot(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "first_free_slot", want)


@pytest.mark.parametrize(
    "text",
    [
        "Venerdì chi ci entra?",
        "Lunedì 30 cosa mi entra?",
        "Venerdì siamo pieni?",
        "Venerdì quante macchine ci entrano?",
    ],
)
def test_who_gets_in_is_still_the_agenda(text: str) -> None:
    p = _parse(text)
    assert p.intent == "day_appointments", (p.intent, p.reason)
