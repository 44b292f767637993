""" "Alle" run onto the word before it and the half hour onto its hour, as whisper writes them: "una ricarica del
climale 4" (clima alle 4), "alle 4mesa" (alle 4 e mezza). Put back only before an hour and only as a known word
that is no day; a word that merely ends in "-ale" stays. Then a booking opened by "per" and the vehicle with its
plate, its time said and no day, is a booking whose day is asked: nothing is written. Parses on the bench's
Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("il tagliandoale 9", ["il", "tagliando", "alle", "9"]),
        (
            "una ricarica del climale 3 e mezza",
            ["una", "ricarica", "del", "clima", "alle", "3", "e", "mezza"],
        ),
        ("il tagliando alle 5mesa", ["il", "tagliando", "alle", "5", "e", "mezza"]),
    ],
)
def test_alle_and_the_half_put_back(heard: str, want: list[str]) -> None:
    assert heard_tokens(heard) == want


@pytest.mark.parametrize("heard", ["la finale 3 a 1", "il locale 2", "il climale"])
def test_a_word_ending_in_ale_stays(heard: str) -> None:
    assert "alle" not in heard_tokens(heard)


def test_for_the_vehicle_with_a_time_and_no_day_asks_the_day() -> None:
    p = parse_it("Per la Panda della Ferri, AB 123 CD, una ricarica del climale 3 e mezza.")
    assert p.intent == "book" and not p.handled and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert p.slots.get("time") == "15:30", p.slots


def test_without_the_vehicle_first_nothing_is_booked() -> None:
    p = parse_it("Una ricarica del clima alle 3 e mezza.")
    assert p.intent != "book", (p.intent, p.reason)
