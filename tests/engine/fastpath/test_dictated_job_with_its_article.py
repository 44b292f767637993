"""A booking dictated with the job's definite article and nothing after its day and time ("Calibra rosso amaranto,
DV 837 MT, le pastiglie dei freni venerdì 11 dicembre alle 11", set 33, refused typed): the whole request is the
dictation, so it is read as a booking and said back whole for a yes (the job with its article may still be the one
booked), never written at once. (Until now refused: three blind sets' writers, 16, 23 and 33, dictated bookings so.)
With more told after the time ("…, ma non viene", "…: spostalo") or asked ("…?") it
is no such booking."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    "text",
    [
        "La Thema di Rossi, GC 175 HP, le pastiglie dei freni lunedì 9 marzo alle 3.",
        "La Thema di Rossi, GC 175 HP, il tagliando venerdì 6 marzo alle 11.",
        "La Fiesta bianca, CD 789 FG, il tagliando giovedì alle 10.",  # refused until set 33 (test_counter_phrasing_2)
        "La Clio grigia, FG 321 AB, il tagliando lunedì alle 11.",  # and test_counter_phrasing_6
        "Dunque, Thema rosso amaranto, Domodossola Venezia 837 Milano Torino, le pastiglie dei freni venerdì 6 marzo "
        "alle 11.",
    ],
)
def test_a_dictated_job_with_its_article_is_said_back(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.careful == "verbless" and slot(p, "time") is not None, p


@pytest.mark.parametrize(
    "text",
    [
        "La Thema di Rossi, GC 175 HP, il tagliando lunedì 9 marzo alle 3, ma non viene.",
        "La Thema di Rossi, GC 175 HP, il tagliando lunedì 9 marzo alle 3?",
        "La Thema di Rossi, GC 175 HP, il tagliando lunedì 9 marzo alle 3 l'abbiamo già fatto.",
    ],
)
def test_more_told_or_asked_is_no_booking(text: str) -> None:
    assert parse_it(text).intent != "book", text


def test_spostalo_after_it_is_the_move() -> None:
    p = parse_it("La Thema di Rossi, GC 175 HP, il tagliando lunedì 9 marzo alle 3: spostalo a martedì 10 alle 4.")
    assert p.intent == "move", p
