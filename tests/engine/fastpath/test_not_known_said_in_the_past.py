"""What the customer did not know, told in the past ("un signore che la targa non se la ricordava", "non si
ricordava la targa"): the plate to be asked for, not a negation of the booking. The day with its hour said right
after it ("…, domani alle 4") is the booking's own, never when the plate will be told."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Segnami un tagliando per una monovolume blu, di una signora che la targa non se la ricordava, domani alle 9",
         "2026-11-26", "09:00"),
        ("Prenota un cambio olio per la Panda bianca, il cliente non si ricordava la targa, venerdì alle 10",
         "2026-11-27", "10:00"),
    ],
)  # fmt: skip
def test_plate_not_remembered_asks_for_it(text: str, date: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:plate", (p.intent, p.reason)
    assert p.slots.get("date") == date and p.slots.get("time") == time, p.slots


def test_plate_told_tomorrow_is_no_day() -> None:
    p = parse_it("prenota il tagliando per la Panda bianca, la targa me la manda domani")
    assert p.intent == "book" and "date" not in p.slots, p.slots


def test_not_remembering_whether_stays_refused() -> None:
    p = parse_it("prenota il tagliando della FC 436 VX, non si ricordava se venerdì o sabato")
    assert p.intent is None, (p.intent, p.reason)
