"""What the car fails to do, said in English before the request ("the Duster won't start: …", "it isn't charging,
so …"): the reason for it, no negation of the request; and the car put in said roughly ("stick it in for …",
"pop her in for …"). A "won't" said of the job itself, or an order not to, stays a negation (refused)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("The Duster, FP 218 NC, won't start: put it in for a new battery on Friday at 9.", "battery"),
        ("FP 218 NC isn't starting in the mornings, book it in for a battery tomorrow at 10.", "battery"),
        ("Her Clio, FP 218 NC, doesn't turn over, stick it in for a diagnostic Monday at 2.", "diagnosis"),
        ("The aircon on FP 218 NC won't blow cold: book it for an aircon regas Tuesday at 11.", "aircon"),
    ],
)
def test_a_failing_said_in_english_is_the_reason_not_a_negation(text: str, service: str) -> None:
    assert_parsed(parse_en(text), "book", {"plate": "FP218NC", "service": service})


@pytest.mark.parametrize(
    "text",
    [
        "Stick it in for an oil change, FP 218 NC, Monday at 9.",
        "The Clio, FP 218 NC: pop her in for an oil change Monday at 9.",
        "Bung it in for an oil change Monday at 9, FP 218 NC.",
    ],
)
def test_the_car_put_in_said_roughly_is_a_booking(text: str) -> None:
    assert_parsed(parse_en(text), "book", {"plate": "FP218NC", "service": "oil_change", "time": "09:00"})


@pytest.mark.parametrize(
    "text",
    [
        "We won't start the brakes on FP 218 NC until Monday.",
        "Don't start the oil change on FP 218 NC, the customer rang.",
        "Don't book FP 218 NC in for an oil change Monday at 9.",
        "It won't need tyres, FP 218 NC, Monday at 9.",
    ],
)
def test_a_won_t_said_of_the_job_stays_a_negation(text: str) -> None:
    p = parse_en(text)
    assert not p.handled and p.reason == "out_of_scope:negation", (p.reason, p.slots)
