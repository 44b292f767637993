"""A history question closed by "o no?" ("la batteria l'abbiamo sostituita noi in officina o no? In che data?",
set 31): asked, no negation, and "l'abbiamo sostituita noi" asks whether we did the job (a read). Said of a write
("… la prenoto o no?") the "no" stays a negation: refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Sulla Megane grigia, FB 7 2 4 KA, la batteria l'abbiamo sostituita noi o no? In che data?", "battery"),
        ("La Yaris di Pozzi, GA 118 TR: le pastiglie le abbiamo cambiate noi in officina o no?", "brakes"),
    ],
)
def test_or_not_closing_a_history_question(text: str, service: str) -> None:
    p = parse_it(text)
    assert p.intent == "vehicle_history", (p.intent, p.reason)
    assert (p.slots.get("service") or {}).get("key") == service, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Prenota il cambio olio per la Megane, FB 724 KA, martedì alle 9 o no?",
        "Sposta il tagliando della Megane, FB 724 KA, a venerdì alle 10, o no?",
        "La Megane, FB 724 KA: la batteria non l'abbiamo sostituita noi, prenota il cambio olio domani alle 9.",
    ],
)
def test_or_not_of_a_write_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None, (p.intent, p.reason, p.slots)
