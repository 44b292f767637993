"""The first free slot asked to be told ("dimmi il primo posto libero per cambiare le gomme", "Limmi" as
whisper hears it), with the day allowed said last ("anche domani se c'è"), or as the nearest day ("il giorno più
vicino in cui riusciamo a farla"): a read, no booking. New sentences in the shape set 21 heard."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Dimmi il primo posto libero per cambiare le pastiglie.", "brakes"),
        ("Limmi il primo posto libero per sostituire la batteria.", "battery"),
        ("Dimmi il primo posto libero per un tagliando, anche domani se c'è.", "service"),
        ("Ho una Panda per la revisione: dimmi il giorno più vicino in cui riusciamo a farla.", "inspection"),
    ],
)
def test_the_first_free_slot_told(text: str, service: str) -> None:
    p = _parse(text)
    assert p.intent == "first_free_slot" and p.handled, (p.reason, p.slots)
    assert p.slots["service"]["key"] == service


def test_a_booking_said_with_it_still_books_and_is_said_back() -> None:
    p = _parse("Dimmi il primo posto libero e prenota il tagliando per la Panda AB 123 CD.")
    assert p.intent == "book", (p.intent, p.reason)


def test_a_condition_not_said_last_stays_a_hypothetical() -> None:
    p = _parse("Se c'è posto anche oggi prenota la revisione della Panda AB 123 CD alle 5, se no domani.")
    assert p.intent is None and p.reason.startswith("out_of_scope")


def test_riesco_with_an_s_heard_in_it_asks_for_room() -> None:
    p = _parse("Un cambio olio risesco a infilarlo giovedì 26 di mattina, o siamo pieni?")
    assert p.intent == "first_free_slot" and p.handled, (p.reason, p.slots)
    assert p.slots.get("date") == "2026-11-26"


def test_riesco_heard_so_with_an_hour_is_still_asked_never_booked() -> None:
    p = _parse("Un cambio olio per la Panda AB 123 CD risiesco a infilarlo giovedì 26 alle 10?")
    assert p.intent == "first_free_slot", (p.intent, p.reason, p.careful)


def test_the_nearest_day_told_with_its_article_lost() -> None:
    p = _parse("C'è una Tipo per il tagliando. Dimmi giorno più vicino, che la facciamo.")
    assert p.intent == "first_free_slot" and p.handled, (p.intent, p.reason, p.slots)


def test_a_move_to_the_nearest_day_is_still_a_move_that_asks_the_day() -> None:
    p = _parse("Spostala al giorno più vicino, la revisione della Panda AB 123 CD.")
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason)
