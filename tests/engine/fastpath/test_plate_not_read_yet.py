"""The plate said not read yet (set 48: "Mi serve sapere di chi è un'auto parcheggiata qui in cortile, ma la targa
non sono ancora riuscito a leggerla bene.") was refused as a negation: what is not known, the plate is asked for.
The "non" before anything else stays a negation."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Mi serve sapere di chi è un'auto parcheggiata qui in cortile, ma la targa non sono ancora riuscito a "
         "leggerla bene.", "lookup_plate"),
        ("Di chi è la Panda bianca in cortile? La targa non sono riuscita a vederla.", "lookup_plate"),
        ("Prenota un tagliando alla Panda lunedì alle 9, la targa non sono riuscito a leggerla.", "book"),
    ],
)
def test_the_plate_not_read_is_asked(text: str, intent: str) -> None:
    p = parse_it(text)
    assert p.intent == intent and p.reason == "missing:plate", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un tagliando alla Panda AB 123 CD lunedì alle 9, non sono riuscito a chiamarlo.",
        "Non sono riuscito a leggerla, la targa: di chi è la Panda?",
    ],
)
def test_another_not_is_still_no_write(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)
