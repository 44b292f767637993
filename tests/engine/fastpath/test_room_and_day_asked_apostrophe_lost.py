"""Questions whose "è" whisper wrote without its apostrophe or lost: "c'è spazio" written "ce spazio", "com'è
messa oggi?" written "come messa oggi". Put back so the room or the day's agenda is read (reads, never a write);
with no day asked, or a car named, "come messa" stays unread."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Giovedì 3 dicembre ce spazio per un tagliando?", "2026-12-03"),
        ("lunedì 30 di mattina ce posto per la revisione", "2026-11-30"),
        ("Domani ce un buco per un cambio gomme?", "2026-11-26"),
    ],
)  # fmt: skip
def test_room_asked_with_ce_is_read(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"date": date})


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Come messa domani la giornata?", "2026-11-26"),
        ("venerdì come messo, siamo carichi?", "2026-11-27"),
    ],
)  # fmt: skip
def test_day_look_with_e_lost_is_read(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


@pytest.mark.parametrize("text", ["Come messa la Panda di Rossi?", "come messa"])
def test_come_messa_with_no_day_or_a_car_stays_unread(text: str) -> None:
    assert parse_it(text).intent != "day_appointments"
