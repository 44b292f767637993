"""The engine jobs the counter names by the catalogue's name ("la frizione", "la distribuzione"): understood as
that service, never refused as unknown words."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse
from engine.fastpath.services import match_catalogue

TODAY = date(2026, 12, 5)
CATALOGUE = [
    {"service_id": 3, "name": "Cambio gomme", "category": "tyres"},
    {"service_id": 4, "name": "Equilibratura e convergenza", "category": "tyres"},
    {"service_id": 12, "name": "Distribuzione", "category": "engine"},
    {"service_id": 13, "name": "Frizione", "category": "engine"},
]


@pytest.mark.parametrize(
    ("text", "key", "service_id"),
    [
        ("mi segni la frizione per la Fiesta di Vitale venerdì alle nove", "clutch", 13),
        ("prenota la frizione per la Golf grigia di Rinaldi martedì alle dieci", "clutch", 13),
        ("la distribuzione per la Panda nera di Conte giovedì alle otto e mezza", "timing_belt", 12),
    ],
)
def test_job_word_names_the_service(text: str, key: str, service_id: int) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book"
    assert parsed.slots["service"]["key"] == key
    slot = parsed.slots["service"]
    assert [s["service_id"] for s in match_catalogue(slot["key"], slot["category"], CATALOGUE)] == [
        service_id
    ]


def test_tyre_change_still_the_tyre_change() -> None:
    slot = parse("cambio gomme per la Clio di Sanna mercoledì alle undici", language="it", today=TODAY).slots[
        "service"
    ]
    assert slot["key"] == "tyres"


def test_a_job_the_workshop_does_not_name_is_still_no_service() -> None:
    parsed = parse(
        "prenota una lucidatura per la Clio di Sanna mercoledì alle undici", language="it", today=TODAY
    )
    assert not parsed.handled
