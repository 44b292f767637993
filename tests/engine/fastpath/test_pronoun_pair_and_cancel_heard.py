"""Little words of a command as whisper writes them: "me lo" run together with its l single ("melo segni", "mela
prenoti"), and "annulla" with its u heard o ("annollala"). Only before such a verb is "melo" put apart (the
fruit stays), and only the command's own forms are put back. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("melo segni", ["me", "lo", "segni"]),
        ("mela prenoti", ["me", "la", "prenoti"]),
        ("annollala", ["annullala"]),
    ],
)
def test_the_command_words_put_back(heard: str, want: list[str]) -> None:
    assert heard_tokens(heard) == want


def test_the_fruit_stays() -> None:
    assert heard_tokens("una mela rossa")[:2] == ["una", "mela"]


def test_a_cancel_said_annollala_is_read() -> None:
    p = parse_it("La revisione della Panda di giovedì 26, AB 123 CD, non serve più: annollala.")
    assert p.intent == "cancel" and p.slots.get("plate") == "AB123CD", (p.intent, p.reason, p.slots)
