"""The owner asked in words run together: "a nome di chi è la" heard "a nome di Chiela" right before a plate spelt
by city words ("Mi trovi a nome di Chiela Genova O'Tel 4, 9-9 Sararoma", set 41), and "è di chi" heard "edici"
("Controla EV04725T, che auto edici", set 41): both read as the look-up asked. A surname after "di" with no plate
spelt after it stays a name."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Mi trovi a nome di Chiela Genova O'Tel 4, 9-9 Sararoma.", "GH499ZR"),
        ("Sai dirmi a nome di chiela Delta Alfa 423 Alfa Kilo?", "DA423AK"),
        ("Controla EV 047 WT, che auto edici.", "EV047WT"),
        ("Guarda la GH 499 ZR: che macchina edichi?", "GH499ZR"),
    ],
)
def test_the_owner_asked_run_together_is_a_look_up(text: str, plate: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.handled and p.slots.get("plate") == plate, (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando di Chiela Genova",  # no "a nome di" nor a plate: a name
        "Prenota il cambio olio di Chiela per domani alle 9",
    ],
)
def test_a_name_after_di_stays_a_name(text: str) -> None:
    assert "chi" not in heard_tokens(text)
