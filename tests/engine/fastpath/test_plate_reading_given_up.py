"""The plate's reading given up on ("Mi dici di chi è questa targa? Aspetta che te la leggo... niente, è tutta sporca,
non si legge.", set 35): its "niente" is no negation of the request, the plate is asked for (never a refusal). A
"niente" that drops the request ("… niente, lascia perdere") stays one."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Mi dici di chi è questa targa? Aspetta che te la leggo... niente, è tutta sporca, non si legge.",
        "Mi dici di chi è questa targa, aspetta che te la leggo niente e tutta sporca non si legge.",
        "Di chi è quella macchina in cortile? La targa... niente, è piena di fango, non si legge.",
        "A chi è intestata questa? La targa... macché, non si vede più.",
    ],
)
def test_the_plate_is_asked_for(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Di chi è questa targa? Niente, lascia perdere.",
        "Niente, non si legge, lascia stare",
    ],
)
def test_a_request_dropped_is_no_look_up(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None, (p.intent, p.reason)
