"""A job's history asked in the past perfect ("i dischi quando li avevamo cambiati?"), and the history asked
with its mileage ("lo storico della Panda, chilometri compresi"): reads of the vehicle's history. New sentences
in the shape set 21 heard."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "plate", "service"),
    [
        ("I freni della Yaris, EK 417 MA, quando li avevamo cambiati?", "EK417MA", "brakes"),
        ("La batteria della Panda AB 123 CD quando l'avevamo cambiata?", "AB123CD", "battery"),
        ("Le gomme della Clio, FG 208 LT, quando gliele avevamo montate?", "FG208LT", "tyres"),
    ],
)
def test_when_it_was_done_asked_in_the_past_perfect(text: str, plate: str, service: str) -> None:
    assert_parsed(_parse(text), "vehicle_history", {"plate": plate, "service": service})


@pytest.mark.parametrize(
    "text",
    [
        "Tirami fuori lo storico della Punto, EB 519 WK, chilometri compresi.",
        "Fammi vedere lo storico lavori della Tipo HA 771 NB con i chilometri.",
    ],
)
def test_the_history_asked_with_its_mileage(text: str) -> None:
    p = _parse(text)
    assert p.intent == "vehicle_history" and p.handled, (p.reason, p.slots)
    assert p.slots.get("mileage") is True


def test_the_mileage_without_the_history_is_still_no_fast_path_job() -> None:
    # recording kilometres is no tool of the fast path: "segna i chilometri" stays refused
    p = _parse("Segna i chilometri della Punto EB 519 WK, chilometri compresi.")
    assert p.intent is None and p.reason == "out_of_scope:unsupported_action"


def test_a_statement_in_the_past_perfect_books_nothing() -> None:
    p = _parse("Quando le avevamo cambiate erano ancora buone.")
    assert p.intent is None or p.intent == "vehicle_history"
