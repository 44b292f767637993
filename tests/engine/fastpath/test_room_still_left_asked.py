"""Room still left asked ("per un cambio olio, sabato 5 dicembre di mattina c'è ancora posto?", held-out set 26; the
sentences below are new): the first free slot of that day, a read. "Ancora" between "c'è" and "posto" was no room
asked. A booking with its hour said stays a booking."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Per un tagliando, venerdì 4 dicembre di pomeriggio c'è ancora posto?", "2026-12-04"),
        ("Per le gomme, lunedì 30 di mattina avete ancora spazio?", "2026-11-30"),
        ("C'è ancora un posto giovedì 3 per una revisione?", "2026-12-03"),
    ],
)
def test_room_still_left_is_the_first_free_slot(text: str, date: str) -> None:
    p = parse_it(text)
    assert p.intent == "first_free_slot" and p.handled, (p.intent, p.reason, p.slots)
    assert slot(p, "date") == date


def test_a_booking_with_its_hour_is_no_question() -> None:
    p = parse_it("Segna un tagliando alla Panda AB 123 CD venerdì 4 alle 10.")
    assert p.intent == "book"
