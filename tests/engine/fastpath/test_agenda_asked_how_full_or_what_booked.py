"""A day's agenda asked by how full it is ("Com'è piena la giornata di lunedì 30 novembre?", set 35) or by what is
booked on it, its "chi" heard "che" ("Savato 12 dicembre che abbiamo prenotato.", set 35): read with the day said
and no vehicle named; "che abbiamo prenotato" of a car is no agenda (its move or cancel is read)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Com'è piena la giornata di lunedì 30 novembre?", "2026-11-30"),
        ("Venerdì 4 quanto è carica?", "2026-12-04"),
        ("Com'è presa la giornata di domani?", "2026-11-26"),
        ("Savato 12 dicembre che abbiamo prenotato.", "2026-12-12"),
        ("Cosa ho segnato per venerdì 4?", "2026-12-04"),
        ("Che cosa abbiamo in agenda giovedì 3 dicembre?", "2026-12-03"),
    ],
)  # fmt: skip
def test_the_day_asked_is_its_agenda(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


def test_how_full_a_car_is_no_agenda() -> None:
    p = parse_it("Com'è piena la Panda di Rossi?")
    assert p.intent != "day_appointments", (p.intent, p.reason)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("La Panda che abbiamo prenotato per lunedì spostala a martedì alle 9", "move"),
        ("Il tagliando che abbiamo fissato venerdì alla Panda di Rossi, cancellalo", "cancel"),
    ],
)
def test_what_was_booked_for_a_car_is_its_move_or_cancel(text: str, intent: str) -> None:
    assert parse_it(text).intent == intent
