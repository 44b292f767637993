"""Room asked as "c'è un posto" (set 52: "Cambio gomme martedì 1 dicembre, dopo pranzo: c'è un posto o siamo pieni?"
was read as the afternoon's agenda): the first free slot for the job, that day and its part. "Siamo pieni?" alone
stays the agenda asked."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service", "date", "part"),
    [
        ("Cambio gomme martedì 1 dicembre, dopo pranzo: c'è un posto o siamo pieni?", "tyres", "2026-12-01",
         "afternoon"),
        ("Cambio gomme martedì 1 dicembre, dopo pranzo: c'è un posto?", "tyres", "2026-12-01", "afternoon"),
        ("Martedì mattina c'è un posticino per un tagliando?", "service", "2026-12-01", "morning"),
        ("Giovedì pomeriggio c'è un posto libero per la revisione?", "inspection", "2026-11-26", "afternoon"),
        ("Martedì pomeriggio c'è uno spazio per un cambio gomme o siamo al completo?", "tyres", "2026-12-01",
         "afternoon"),
    ],
)  # fmt: skip
def test_a_place_asked_is_the_first_free_slot(text: str, service: str, date: str, part: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"service": service, "date": date, "part_of_day": part})


def test_full_asked_alone_is_the_agenda() -> None:
    p = parse_it("Martedì 1 dicembre pomeriggio siamo pieni?")
    assert p.intent == "day_appointments", (p.intent, p.reason)
