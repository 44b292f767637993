"""The new day not given, heard with "l'ha" lost: "… non le torna più, ma un altro giorno non me la dato" (set 40,
whisper's "me la dato" for "me l'ha dato"): the move taken, its day asked (never written). "Me la dai giovedì" (no
participle) is left as it is. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import heard_tokens, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Il cambio gomme della Panda, EN 935 SW, di giovedì 26 non le torna più, ma un altro giorno non me la dato.",
        "La revisione della Clio, EF 456 GH, di venerdì 27 non gli va bene: la nuova data non me la data.",
        "Il tagliando della Golf, AB 123 CD, di lunedì 30 non le va più: il giorno nuovo non ce la dato.",
    ],
)
def test_the_move_is_taken_its_day_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and not p.handled and p.reason == "missing:date", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("non me la dato", ["non", "me", "l", "ha", "dato"]),
        ("me la dai giovedì", ["me", "la", "dai", "giovedi"]),
        ("una mela data", ["una", "mela", "data"]),
    ],
)
def test_only_before_the_participle(text: str, want: list[str]) -> None:
    assert heard_tokens(text) == want
