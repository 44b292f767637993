"""The slot held for the car as whisper writes it (set 44): "appena si" run together ("Apenasì libera un posto …,
tienelo per lui"), "tienimi" with its t heard "ch" ("Chienemi libero lunedì 21"), "diagnosi elettronica" run together;
a booking as when said plainly, and the hold with no first free slot or day said books nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("La Panda di Rossi, EW 346 HD: apenasì libera un posto per la diagnosi, tienelo per lui.",
         {"plate": "EW346HD", "service": "diagnosis", "first_free": True}),
        ("Per la Panda di Rossi, EW 346 HD, chienemi libero lunedì 21 dicembre alle 10.",
         {"plate": "EW346HD", "date": "2026-12-21", "time": "10:00"}),
        ("Prenotiamo la diagnozieletronica per la Panda di Rossi, EW 346 HD, lunedì 14 dicembre alle 16 e 30.",
         {"plate": "EW346HD", "service": "diagnosis", "date": "2026-12-14", "time": "16:30"}),
    ],
)  # fmt: skip
def test_the_slot_held_as_heard_books(text: str, want: dict[str, object]) -> None:
    p = _parse(text)
    assert p.intent == "book", (p.reason, p.slots)
    for key, value in want.items():
        got = p.slots.get(key)
        assert (got["key"] if key == "service" and isinstance(got, dict) else got) == value, (key, p.slots)


def test_held_with_no_first_free_slot_books_nothing() -> None:
    assert _parse("La Panda di Rossi, EW 346 HD: tienelo acceso dieci minuti.").intent != "book"


def test_the_plain_hold_still_books_its_job_asked() -> None:
    p = _parse("Per la Panda di Rossi, EW 346 HD, tienimi libero lunedì 21 dicembre alle 10.")
    assert (p.intent, p.reason, p.slots["date"]) == ("book", "missing:service", "2026-12-21")
