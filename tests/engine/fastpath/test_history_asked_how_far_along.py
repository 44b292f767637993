"""How far along a car is with its upkeep, asked ("A che punto è la Fulvia della Pelizzoni con la manutenzione?",
set 33; "a che punto siamo coi tagliandi della Signum?", set 32): its history, a read. "La manutenzione" said so is
the upkeep as a whole (every job shown), a job named ("coi tagliandi") still filters it; with no vehicle named it is
no history, and a write said after it is still that write."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text",
    [
        "A che punto è la Fulvia della Pelizzoni con la manutenzione? FV 149 ZF.",
        "A che punto siamo con la manutenzione della FV 149 ZF?",
        "La Fulvia, FV 149 ZF: a che punto sta con la manutenzione?",
    ],
)
def test_how_far_along_with_the_upkeep_is_the_whole_history(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "vehicle_history" and parsed.handled
    assert parsed.slots["plate"] == "FV149ZF" and "service" not in parsed.slots


def test_a_job_named_still_filters_the_history() -> None:
    parsed = parse("A che punto siamo coi tagliandi della Signum, ED 333 SA?", language="it", today=TODAY)
    assert parsed.intent == "vehicle_history" and parsed.slots["service"]["key"] == "service"


def test_the_last_maintenance_asked_stays_the_last_tagliando() -> None:
    parsed = parse("Quando ha fatto l'ultima manutenzione la FV 149 ZF?", language="it", today=TODAY)
    assert parsed.intent == "vehicle_history" and parsed.slots["service"]["key"] == "service"


@pytest.mark.parametrize(
    "text",
    [
        "A che punto siamo con la manutenzione?",
        "A che punto è il preventivo della Fulvia, FV 149 ZF?",
    ],
)
def test_no_vehicle_or_a_quote_is_no_history(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent != "vehicle_history"


def test_a_move_said_after_it_is_the_move() -> None:
    parsed = parse(
        "A che punto è la Panda della Pelizzoni? Spostala a domani alle 10, FV 149 ZF.", language="it", today=TODAY
    )
    assert parsed.intent == "move" and parsed.slots["date"] == "2026-11-26"
