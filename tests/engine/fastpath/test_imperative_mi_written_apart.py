"""An imperative with its "mi" written apart by a hyphen, as whisper writes Spanish "-me" ("Guarda-me un attimo la
targa Delta Alfa 423 Alfa Kilo", set 41, was refused): the one known word ("guardami"), the look-up asked. A
hyphenated spelling of a plate, or a word whose joined form is no known word, is split as before."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Guarda-me un attimo la targa delta, alpha 423, alpha kilo.", "DA423AK"),
        ("Controlla-mi la EV 047 WT, di chi è?", "EV047WT"),
        ("Cerca-me la GH 499 ZR.", "GH499ZR"),
    ],
)
def test_the_imperative_written_apart_is_one_word(text: str, plate: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.handled and p.slots.get("plate") == plate, (p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("n-n-g-c-4-4-4-kappa", ["n", "n", "g", "c"]),  # a plate spelt with hyphens
        ("zeta-me", ["zeta", "me"]),  # "zetami" is no word
    ],
)
def test_other_hyphens_split_as_before(text: str, words: list[str]) -> None:
    assert heard_tokens(text)[: len(words)] == words
