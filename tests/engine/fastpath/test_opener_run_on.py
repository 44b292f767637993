"""An opener whisper ran onto the request's verb ("Sentimetimi un cambio olio …", found speaking to the app under Xvfb
with Kokoro's Italian): split where the rest sounds exactly like a request's word, never where the word is a name or
a noun that happens to start like an opener."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("heard", "intent", "slots"),
    [
        ("Sentimetimi una revisione per la Clio GA 118 KP venerdì alle 10", "book",
         {"plate": "GA118KP", "service": "inspection", "time": "10:00"}),
        ("Allorasegnami il cambio olio per la Yaris FD 602 LM lunedì alle 9", "book",
         {"plate": "FD602LM", "service": "oil_change", "date": "2026-11-30"}),
        ("Dunquesposta la Golf EF 456 GH a giovedì", "move", {"plate": "EF456GH", "date": "2026-11-26"}),
    ],
)  # fmt: skip
def test_an_opener_run_onto_the_verb_is_split(heard: str, intent: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(heard), intent, slots)


@pytest.mark.parametrize("word", ["sentimentale", "allorquando", "eccome", "dunquesto"])
def test_names_and_nouns_that_start_like_an_opener_stay(word: str) -> None:
    assert put_back(tokenize(f"la Panda di {word}")) == ["la", "panda", "di", word]
