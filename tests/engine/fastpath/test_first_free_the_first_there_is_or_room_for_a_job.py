"""The first free slot asked as the first there is (set 42: "Revisione: da quando riesco a prenderla? Il primo
giorno che c'è"), as "il primo spazio" whisper heard "e prima spazio" (set 43), and as room for a job said right
after "a fare entrare" whatever the verb before was heard as (set 43: "riusciamo" heard "riguosamo"): a read, never
the day's agenda ("che c'è" inside "il primo giorno che c'è"); an hour and a booking verb still book."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Revisione: da quando riesco a prenderla? Il primo giorno che c'è.",
        "Per un tagliando, la prima data che c'è?",
        "Cambio gomme: quando riusciamo a prenderla?",
        "e prima spazio buono in agenda per fare una revisione, quando cade",
        "Il primo posto che c'è per le pastiglie?",
    ],
)
def test_the_first_there_is_asked_is_the_first_free_slot(text: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {})


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Giovedì 3 dicembre, in mattinata, riguosamo a fare entrare un tagliando", "2026-12-03"),
        ("Giovedì 3 dicembre di usiamo a far entrare una revisione", "2026-12-03"),
        ("Domani ce la facciamo a fare entrare un cambio olio?", "2026-11-26"),
    ],
)
def test_room_for_a_job_said_after_it_is_the_first_free_slot(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"date": date})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Che c'è domani?", "day_appointments"),
        ("Prenota un tagliando per la AB 123 CD giovedì alle 10, riesci a farla entrare?", "book"),
        ("Fai entrare la AB 123 CD in officina", None),
    ],
)
def test_the_agenda_and_bookings_stay_what_they_were(text: str, intent: str | None) -> None:
    assert parse_it(text).intent == intent
