"""Two words whisper ran together, the second spelt as it sounds with a consonant doubled ("il primo postolibbero":
posto libero, found speaking to the app): put apart when the first is a known word and the second sounds like one
known word only. A word run on that sounds like nothing known, or a surname, stays as heard."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_a_run_on_second_word_with_a_doubled_consonant_is_put_apart() -> None:
    assert "libero" in heard_tokens("qual è il primo postolibbero per un tagliando?")
    assert parse_it("qual è il primo postolibbero per un tagliando?").intent == "first_free_slot"


@pytest.mark.parametrize("word", ["postazzurro", "casalnuovo", "bellavista"])
def test_a_run_on_word_sounding_like_nothing_known_stays(word: str) -> None:
    assert word in heard_tokens(f"ha chiamato {word} per la Panda")
