"""The owner asked for over the noise: "proprietario" with its second r lost ("propietario"), or its last o split
off ("il proprietari o della Dacia"), taken for an "or" offering two choices. Put back; a read answers its best
match. Two vehicles truly offered stay a choice the fast path does not make."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Targa Como Bologna 417 Roma Milano, chi è il propietario?", "CB417RM"),
        ("Chi è il proprietari o della Golf nera, DZ 130 KS?", "DZ130KS"),
        ("Mi dici il propietari o del Doblò EB 512 CR?", "EB512CR"),
    ],
)  # fmt: skip
def test_owner_word_heard_off_is_a_look_up(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


def test_two_vehicles_offered_stay_refused() -> None:
    p = parse_it("Chi è il proprietario della Golf nera o della Panda bianca?")
    assert p.intent is None, (p.intent, p.reason)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Scusa, di che la macchina targata DZ 130 KS?", "DZ130KS"),
        ("Guardami un po' che alla Golf, EB 512 CR.", "EB512CR"),
    ],
)  # fmt: skip
def test_whose_chi_heard_che_is_a_look_up(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


def test_che_of_a_colour_asked_is_no_owner() -> None:
    assert "chi" not in put_back(tokenize("di che colore è la macchina DZ 130 KS?"))
