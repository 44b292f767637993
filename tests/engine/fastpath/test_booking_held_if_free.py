"""Room asked at a day and hour, then the slot taken on condition it is free (set 32: "C'è posto domani alle 4 per una
batteria nuova? È la Opirus …: se c'è, tienigliela"; set 33: "C'è posto domani alle 11 per montare le invernali alla
Ghibli di Buonocunto? … Se sì, bloccalo") were refused for their "se". Every booking is made only if its slot is free
(a slot taken is never written over), so they are bookings; a condition on anything else, or with no slot said, stays
refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service", "time"),
    [
        ("C'è posto domani alle 4 per una batteria nuova? È la Punto grigia di Rossi, AB 123 CD: se c'è, tienigliela.",
         "battery", "16:00"),
        ("C'è posto domani alle 11 per montare le invernali alla Punto di Rossi? AB 123 CD. Se sì, bloccalo.",
         "tyres", "11:00"),
    ],
)
def test_the_room_asked_then_held_is_booked(text: str, service: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "AB123CD", "service": service, "date": "2026-11-26", "time": time})


@pytest.mark.parametrize(
    "text",
    [
        # no slot said: which one to hold is not known
        "La Punto di Rossi, AB 123 CD: quando c'è posto per le gomme? Se c'è, bloccalo.",
        "C'è posto domani per le gomme della Punto di Rossi, AB 123 CD? Se c'è, bloccalo.",
        # a condition with no room asked before it
        "Se c'è, prenota la Punto di Rossi, AB 123 CD, domani alle 11 per le gomme.",
        # a condition on who comes, not on room
        "Chi c'è domani alle 11? Se c'è la Punto, bloccala.",
        # something said after the hold: the condition may be on it
        "C'è posto domani alle 11 per le gomme della Punto di Rossi? AB 123 CD. Se sì, bloccalo, se no domenica.",
    ],
)
def test_other_conditions_stay_refused(text: str) -> None:
    p = parse_it(text)
    assert not p.handled, (p.intent, p.reason, p.slots)
