"""Room asked in the present ("Ci infili l'Elfin verde di Codazzi, EB 1 7 4 RW, per un cambio olio martedì 22
dicembre alle 16 e 30?", set 43; "ci facciamo stare un cambio olio giovedì 3 dicembre alle 10 e mezza?", "me la blocchi
la revisione … sabato 12 alle 11?", set 42): as "riesci a infilarmi …", at an hour said a booking asked for, said back
whole for a yes (its day named or dated by its month); with no hour, or no day, the first free slot. "Mi blocchi
la carta?" holds no slot."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "service", "day", "hour"),
    [
        ("Ci infili la Panda verde di Codazzi, EB 1 7 4 RW, per un cambio olio martedì 22 dicembre alle 16 e 30?",
         "oil_change", "2026-12-22", "16:30"),
        ("La Panda blu della signora Zuccherelli, EB 174 RW: ci facciamo stare un cambio olio giovedì 3 dicembre "
         "alle 10 e mezza?", "oil_change", "2026-12-03", "10:30"),
        ("Ce la blocchi la Panda EB 174 RW per le gomme venerdì 4 alle 9?", "tyres", "2026-12-04", "09:00"),
        ("Mi incastri la EB 174 RW lunedì alle 10 per un tagliando?", "service", "2026-11-30", "10:00"),
        # the day dated by its month, its weekday lost in the noise (set 43: "…, Matteo B, 22, dicembre alle 16 e 30")
        ("Cinfili la Panda di Codazzi, EB 174 RW, per un cambio olio, 22 dicembre alle 16 e 30.", "oil_change",
         "2026-12-22", "16:30"),
        ("Riesci a infilarmi un tagliando per la Panda EB 174 RW il 22 dicembre alle 10?", "service", "2026-12-22",
         "10:00"),
    ],
)
def test_room_asked_at_an_hour_is_a_booking_said_back(text: str, service: str, day: str, hour: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.slots["plate"] == "EB174RW" and parsed.slots["service"]["key"] == service
    assert (parsed.slots["date"], parsed.slots["time"]) == (day, hour)
    assert parsed.careful == "asked"


@pytest.mark.parametrize(
    "text",
    [
        "Mi infili la Panda EB 174 RW giovedì per un tagliando?",
        "Riesci a infilarmi un tagliando per la Panda EB 174 RW alle 10?",  # no day: the first free slot
    ],
)
def test_with_no_hour_or_no_day_the_first_free_slot_is_asked(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent == "first_free_slot"


@pytest.mark.parametrize("text", ["Mi blocchi la carta?", "Mi blocchi il numero di telefono?"])
def test_no_room_asked(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent not in ("book", "first_free_slot")


def test_no_car_nor_hour_books_nothing() -> None:
    # as "riesci a infilarmi la giacca?": the service asked, nothing written
    assert parse("Mi infili la giacca, per favore?", language="it", today=TODAY).intent != "book"
