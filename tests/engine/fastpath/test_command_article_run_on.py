"""A write command said with "mi" and the article after it written as one word ("Spostamila Y 10, FT 238 KD, a venerdì
4 dicembre", set 33; "mettimila"): put apart as the command said whole and its article. Nothing is guessed from a
sound: a word with a command cut or misheard in it is left to the repairs that say it back, and a word that is
Italian as heard ("camomilla"), or no such command with an article, stays. Parses on the bench's Wednesday 25
November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("heard", "said"),
    [
        ("spostamila", ["spostami", "la"]),
        ("mettimila", ["mettimi", "la"]),
        ("prenotamilo", ["prenotami", "lo"]),
        ("fissamile", ["fissami", "le"]),
        ("segnamiil", ["segnami", "il"]),
    ],
)
def test_the_command_and_its_article_are_put_apart(heard: str, said: list[str]) -> None:
    tokens = heard_tokens(f"{heard} panda")
    assert tokens[:-1] == said, tokens


def test_a_move_dictated_with_its_article_run_on() -> None:
    p = parse_it("Spostamila Panda, AB 123 CD, a venerdì 4 dicembre stessa ora.")
    assert p.intent == "move" and p.slots.get("plate") == "AB123CD", (p.intent, p.reason, p.slots)


def test_a_booking_dictated_with_its_article_run_on() -> None:
    p = parse_it("Prenotamila Punto, AB 123 CD, tagliando venerdì 4 dicembre alle 10.")
    assert p.intent == "book" and slot(p, "service") == "service", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize("word", ["camomilla", "spostamilla", "prenotamili"])  # no article, or a word of its own
def test_no_command_with_an_article_stays(word: str) -> None:
    assert word in heard_tokens(f"la {word} di ieri")
