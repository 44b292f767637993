"""Reads asked in other words (set 49): the owner of a plate's keys in the plural ("di chi sono?"), the oil named
first with "quand'è che" before its pronoun (the oil change's history), room asked as whether we manage the job
("ce la facciamo a sostituire una batteria?") or as a gap in the agenda ("lo trovo un varco per …?")."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "intent", "want"),
    [
        ("Ho in mano le chiavi della GB 6 9 4 KT e manca il cartellino: di chi sono?", "lookup_plate",
         {"plate": "GB694KT"}),
        ("Di chi sono le chiavi della Panda EW 346 HD?", "lookup_plate", {"plate": "EW346HD"}),
        ("La Rocsta di Verrastro, DZ 900 JV: l'olio quand'è che gliel'abbiamo cambiato l'ultima volta?",
         "vehicle_history", {"plate": "DZ900JV", "service": "oil_change"}),
        ("La Panda EW 346 HD: l'olio quando è che l'avevamo fatto?", "vehicle_history",
         {"plate": "EW346HD", "service": "oil_change"}),
        ("Lunedì 7 dicembre in mattinata ce la facciamo a sostituire una batteria?", "first_free_slot",
         {"service": "battery", "date": "2026-12-07", "part_of_day": "morning"}),
        ("Ce la facciamo a fare la revisione alla Panda, EW 346 HD, venerdì?", "first_free_slot",
         {"plate": "EW346HD", "service": "inspection", "date": "2026-11-27"}),
        ("Mercoledì 9 dicembre lo trovo un varco per un controllo ai freni?", "first_free_slot",
         {"service": "brakes", "date": "2026-12-09"}),
        ("C'è un varco venerdì per la revisione della Panda, EW 346 HD?", "first_free_slot",
         {"plate": "EW346HD", "service": "inspection", "date": "2026-11-27"}),
    ],
)  # fmt: skip
def test_read_in_other_words(text: str, intent: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), intent, want)


def test_the_days_cars_by_whom_are_no_look_up() -> None:
    assert _parse("Domani di chi sono gli appuntamenti?").intent == "day_appointments"


def test_managed_at_an_hour_is_a_booking_asked_said_back() -> None:
    p = _parse("Ce la facciamo a cambiare le gomme alla Panda, EW 346 HD, venerdì alle 10?")
    assert p.intent == "book" and p.careful == "asked", (p.intent, p.careful)


def test_managing_a_move_stays_a_move() -> None:
    assert _parse("Ce la facciamo a spostare la revisione della Panda, EW 346 HD, a venerdì?").intent == "move"
