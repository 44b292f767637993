"""The air-con's recharge asked of as a job done ("Il clima della Zeekr, EB 674 SV, l'abbiamo mai ricaricato?", set
38; "gliel'abbiamo mai ricaricato", "l'abbiamo già ricaricato?", "l'hanno mai ricaricato?"): its "mai" asks, no
negation, and the vehicle's aircon history is read. "Non l'abbiamo mai ricaricato" stays a negation, and "ricarica
il clima" with a day stays a booking."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Il clima della Zeekr, EB 674 SV, l'abbiamo mai ricaricato?",
        "La EB 674 SV, il clima gliel'abbiamo mai ricaricato?",
        "Il clima della EB 674 SV l'abbiamo già ricaricato?",
        "La EB 674 SV il gas del clima l'hanno mai ricaricato?",
    ],
)
def test_a_recharge_asked_of_is_the_aircon_history(text: str) -> None:
    parsed = parse_it(text)
    assert_parsed(parsed, "vehicle_history", {"plate": "EB674SV"})
    assert parsed.slots["service"]["key"] == "aircon"


@pytest.mark.parametrize(
    "text",
    [
        "Il clima della EB 674 SV non l'abbiamo mai ricaricato.",  # told, with its negation
        "Ricarica il clima alla EB 674 SV domani alle 9.",  # a booking
    ],
)
def test_a_recharge_told_or_booked_is_no_history(text: str) -> None:
    assert parse_it(text).intent != "vehicle_history", text
