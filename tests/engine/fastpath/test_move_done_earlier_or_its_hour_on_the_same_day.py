"""Italian moves of an appointment named by its job, no day it had said with "di" (set 42): done earlier or later,
"prima" / "dopo" and the new day ("la batteria gliela facciamo prima, martedì 22 dicembre alle 2"), or put at a
new hour with its day kept said after ("…, lunedì 15 febbraio: …, mettila alle 4 e mezza, sempre quel giorno").
"La facciamo prima di martedì", "mettila alle 4" with no day kept, a booking's verb before, stay as they were."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Il Mosler di Malaguti, DA 1 2 9 TE: la batteria gliela facciamo prima, martedì 22 dicembre alle 2.",
        "La Panda, DA 129 TE: la batteria la facciamo prima, martedì 22 dicembre alle 2.",
        "La batteria della Panda, DA 129 TE, gliela facciamo dopo, martedì 22 dicembre alle 2.",
    ],
)
def test_done_earlier_or_later_is_a_move(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.handled, (p.intent, p.reason)
    assert p.slots.get("date") == "2026-12-22" and p.slots.get("time") == "14:00", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Per la revisione della Xheos, GL 7 5 5 KF, lunedì 15 febbraio: la Marangoni può solo di pomeriggio, "
        "mettila alle 4 e mezza, sempre quel giorno.",
        "La revisione della Panda, GL 755 KF, lunedì 15 febbraio: mettila alle 4 e mezza, stesso giorno.",
        "La revisione della Panda, GL 755 KF, lunedì 15 febbraio, fallo alle 4 e mezza, lo stesso giorno.",
    ],
)
def test_new_hour_on_its_day_is_a_move(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.handled, (p.intent, p.reason)
    assert p.slots.get("date") == "2027-02-15" and p.slots.get("time") == "16:30", p.slots
    assert p.slots.get("old_date") == "2027-02-15", p.slots  # the day it had, kept


@pytest.mark.parametrize(
    "text",
    [
        "La batteria della Panda, DA 129 TE, la facciamo prima di martedì 22 dicembre?",  # before a day: asked
        "Prenota la revisione della Panda, GL 755 KF, lunedì 15 febbraio: mettila alle 4 e mezza, stesso giorno.",
        "La revisione della Panda, GL 755 KF, lunedì 15 febbraio, mettila alle 4 e mezza.",
    ],
)
def test_no_move_read(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "move", (p.intent, p.reason)


def test_day_moved_to_is_never_the_day_it_had() -> None:
    p = parse_it("Sposta la revisione della Panda, GL 755 KF, a lunedì 15 febbraio alle 4 e mezza, sempre quel giorno.")
    assert p.intent == "move", (p.intent, p.reason)
    assert p.slots.get("date") == "2027-02-15" and "old_date" not in p.slots, p.slots
