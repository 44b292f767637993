"""A car asked for by its model at the counter, "mi cerchi la Polo rossa di Romano?", "trovami la Clio della
Ferretti": no plate and no owner's question word, it was refused (no intent) and left to the model. It is a look-up
of that car and its owner, as "di chi è la Polo rossa?" is. Not a search of a job ("cercami la revisione della
Golf"), nor a car searched with a job or a day said (a booking's words, never read as a look-up), nor "cerca di …",
nor a person searched."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "said",
    [
        "Mi cerchi la Polo rossa di Romano?",
        "Cercami la Polo di Romano.",
        "Trovami la Clio della Ferretti",
        "mi trovi la Panda grigia?",
    ],
)
def test_the_car_searched_is_looked_up(said: str) -> None:
    p = parse_it(said)
    assert p.intent == "lookup_plate" and p.handled, (p.intent, p.reason, p.slots)
    assert p.slots.get("vehicle_description", {}).get("model"), p.slots


@pytest.mark.parametrize(
    "said",
    [
        "Mi cerchi la revisione della Polo di Romano?",  # a job searched: left as it was
        "Cercami la Polo, la revisione domani alle 9",  # a booking's words: no look-up
        "Mi cerchi la Polo e la porti dentro domani alle 9?",
        "Cerca di mettere la Polo domani",
        "Mi cerchi la signora Romano?",  # a person, no car
    ],
)
def test_no_look_up_without_the_car_alone(said: str) -> None:
    assert parse_it(said).intent != "lookup_plate"
