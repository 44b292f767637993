"""Whisper's spellings of set 42's and 43's moves and cancels, put back (none of them Italian as heard): a move's
"ma" run onto the new weekday ("… giovedì 18 febbraio malunedì 22 febbraio"), "richiamo" with its c doubled,
"l'ha venduta" heard "o la venduta" (read as two options, refused), "per la revisione" heard "Pellare visione"."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("non più giovedì 18 febbraio malunedì 22 febbraio", "non piu giovedi 18 febbraio ma lunedi 22 febbraio"),
        ("non più lunedì mavenerdì", "non piu lunedi ma venerdi"),
        ("ti ricchiamo per il nuovo giorno", "ti richiamo per il nuovo giorno"),
        ("la Gambirasio o la venduta", "la gambirasio l ha venduta"),
        ("Pellare visione della Panda", "per la revisione della panda"),
        ("fagli lare visione lunedì", "fagli la revisione lunedi"),
    ],
)
def test_put_back(heard: str, meant: str) -> None:
    assert heard_tokens(heard) == meant.split()


@pytest.mark.parametrize(
    "heard",
    [
        "la mamma di Rossi",  # "ma" run onto no weekday
        "dalla Genova",
        "la vuoi nuova o la vuoi usata",  # two options, as said
    ],
)
def test_left_as_heard(heard: str) -> None:
    assert heard_tokens(heard) == [t.lower() for t in heard.split()]


def test_move_by_its_two_days_heard_run_on() -> None:
    p = parse_it("Le pastiglie della Panda, GR 189 YF: non più giovedì 18 febbraio malunedì 22 febbraio alle 15 e 30.")
    assert p.intent == "move" and p.handled, (p.intent, p.reason)
    assert p.slots.get("old_date") == "2027-02-18" and p.slots.get("date") == "2027-02-22", p.slots


def test_cancel_with_the_car_sold_heard_as_two_options() -> None:
    p = parse_it("Cancella la revisione della Panda, FA 741 VV: la Gambirasio o la venduta.")
    assert p.intent == "cancel", (p.intent, p.reason)
