"""The customer's wish to bring the car again ("Lovecchio vuole riportarci la Bandit, GX 564 SG, giovedì 7 gennaio
alle 11", set 53), a booking word as "vuole portarci" is; its job said not known ("Per fare cosa non me l'ha
detto.", "cosa deve fare non l'ha detto", "il lavoro da fare non me l'ha detto"): asked, no negation. "Non vuole
riportarci …" stays one. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it

_BROUGHT = "Lovecchio vuole riportarci la Bandit, GX 564 SG, giovedì 7 gennaio alle 11"


@pytest.mark.parametrize(
    "text",
    [
        f"{_BROUGHT}. Per fare cosa non me l'ha detto.",
        f"{_BROUGHT}, cosa deve fare non l'ha detto.",
        f"{_BROUGHT}, il lavoro da fare non me l'ha detto.",
        "Lovecchio vuole portarci la Bandit, GX 564 SG, giovedì 7 gennaio alle 11. Per fare cosa non lo so.",
    ],
)
def test_job_not_known_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:service", (p.intent, p.reason)
    assert (p.slots.get("plate"), p.slots.get("date"), p.slots.get("time")) == ("GX564SG", "2027-01-07", "11:00")


def test_brought_again_with_its_job_is_booked() -> None:
    p = parse_it(f"{_BROUGHT} per un tagliando.")
    assert p.intent == "book" and p.handled and p.slots["service"]["key"] == "service", (p.intent, p.reason)


def test_not_brought_again_stays_a_negation() -> None:
    p = parse_it("Lovecchio non vuole riportarci la Bandit, GX 564 SG, giovedì 7 gennaio alle 11.")
    assert not p.handled, (p.intent, p.reason)
