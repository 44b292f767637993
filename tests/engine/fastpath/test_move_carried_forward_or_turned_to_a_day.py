"""Italian moves said in other words (set 42): "portare avanti" the appointment, asked or relayed ("Rovagnati ci
chiede di portare avanti la diagnosi del Q1, …: invece di giovedì 11 febbraio, lunedì 14 dicembre …"), and the job
of a day "girato" to another ("il cambio gomme del 15 febbraio va girato a lunedì 28 dicembre, stessa ora"). Only
with the day it goes to right after "girato a": "giralo al cliente" forwards something, no move."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Rovagnati ci chiede di portare avanti la diagnosi del Q1, GE 0 2 9 XN: invece di giovedì 11 febbraio, "
        "lunedì 14 dicembre alle 8 e mezza.",
        "Si può portare avanti la diagnosi della Panda, GE 029 XN, da giovedì 11 febbraio a lunedì 14 dicembre alle "
        "8 e mezza?",
        "Rovagnati vorrebbe portare avanti la diagnosi della GE 029 XN di giovedì 11 febbraio a lunedì 14 dicembre "
        "alle 8 e mezza.",
        "La diagnosi della Panda, GE 029 XN: si può portarla avanti da giovedì 11 febbraio a lunedì 14 dicembre alle "
        "8 e mezza?",
    ],
)
def test_carried_forward_is_a_move(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move", (p.intent, p.reason)
    assert p.slots.get("old_date") == "2027-02-11" and p.slots.get("date") == "2026-12-14", p.slots
    assert p.slots.get("time") == "08:30", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La Sonique di Pedrazzini, FZ 364 XN: il cambio gomme del 15 febbraio va girato a lunedì 28 dicembre, "
        "stessa ora.",
        "Il cambio gomme della Panda, FZ 364 XN, del 15 febbraio giralo a lunedì 28 dicembre.",
        "La Panda, FZ 364 XN: le gomme di lunedì 15 febbraio le giriamo a lunedì 28 dicembre alle 10.",
    ],
)
def test_turned_to_another_day_is_a_move(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move", (p.intent, p.reason)
    assert p.slots.get("old_date") == "2027-02-15" and p.slots.get("date") == "2026-12-28", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Il preventivo della Panda, FZ 364 XN, del 15 febbraio giralo al cliente.",  # forwarded, no day after
        "La Panda, FZ 364 XN, va girata a destra in officina.",
    ],
)
def test_turned_without_a_day_is_no_move(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "move", (p.intent, p.reason)


def test_carried_forward_leaves_avanti_a_word_to_put_back() -> None:
    assert heard_tokens("pastille ravanti giovedì") == ["pastiglie", "ravanti", "giovedi"]  # "avanti" or "davanti"?
