"""The day's agenda asked as which jobs or cars get in ("Domani che lavori ci entrano? Fammi l'elenco, per favore",
set 50: asked which service, as room for a job); a job named getting in stays room asked."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Domani che lavori ci entrano? Fammi l'elenco, per favore.", "2026-11-26"),
        ("Venerdì 4 dicembre quali macchine ci entrano?", "2026-12-04"),
        ("Che auto ci entrano lunedì?", "2026-11-30"),
    ],
)
def test_which_jobs_get_in_is_the_days_agenda(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


def test_a_job_getting_in_is_room_asked() -> None:
    assert_parsed(parse_it("Un cambio olio per la FZ 199 JT domani ci entra?"), "first_free_slot", {})
