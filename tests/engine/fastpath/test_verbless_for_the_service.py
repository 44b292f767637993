"""A booking said without a verb, the vehicle (its owner) and its plate first, then "per" and the service and its
day ("l'Outlander di Rossi, GN 402 GE, per le pastiglie lunedì 30 alle 10"): most likely the job asked for, it may
still tell what the one booked is for, so it is said back whole for a yes (`careful == "verbless"`). Asked, or its
day said as the appointment's ("di lunedì"), nothing is booked. A model heard one sound off is put back where the
vehicle's slot is plain: right before "di", one name and the plate ("l'Otlander di Rossi, GN …"). Parses on the
bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


def test_per_the_service_after_the_plate_is_said_back() -> None:
    p = parse_it("La Panda bianca di Ferri, AB 123 CD, per le pastiglie lunedì 30 alle 10.")
    assert p.intent == "book" and p.careful == "verbless", (p.intent, p.reason, p.careful)
    assert (slot(p, "service"), slot(p, "date"), slot(p, "time")) == ("brakes", "2026-11-30", "10:00"), (
        p.slots
    )


@pytest.mark.parametrize(
    "text",
    [
        "La Panda bianca di Ferri, AB 123 CD, per le pastiglie lunedì 30 alle 10?",  # asked
        "La Panda bianca di Ferri, AB 123 CD, per le pastiglie di lunedì 30 alle 10.",  # the appointment's day
    ],
)
def test_asked_or_told_is_not_booked(text: str) -> None:
    assert parse_it(text).intent != "book"


def test_a_model_one_sound_off_before_its_owner_and_plate() -> None:
    assert heard_tokens("l otlander di ferri gn 402 ge")[1] == "outlander"


def test_one_sound_off_with_no_plate_after_stays() -> None:
    assert heard_tokens("il totale di ieri")[1] == "totale"
