"""Whisper's pronoun written apart from its command: "falla venire" heard "fa alla venire" (its "ll" an "a" of its own,
set 41's spoken "… GM 483MA fa alla venire venere di 18 dicembre alle 8 e mezza"), "portala avanti a domani" heard
"porta la avanti a domani": put back as the one word before an infinitive, or before "avanti" and a day. "Fa alla"
before anything else ("fa alla revisione") and "porta la avanti" with no day after it stay as heard."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("fa alla venire venerdì 18 dicembre alle 8 e mezza", ["falla", "venire"]),
        ("fa allo passare lunedì alle 9", ["fallo", "passare"]),
        ("la diagnosi porta la avanti a domani alle 10 e mezza", ["portala", "avanti"]),
        ("il tagliando porta lo avanti a giovedì", ["portalo", "avanti"]),
    ],
)
def test_the_pronoun_apart_is_put_back_on_its_command(text: str, want: list[str]) -> None:
    tokens = heard_tokens(text)
    assert any(tokens[i : i + len(want)] == want for i in range(len(tokens))), tokens


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("il controllo si fa alla revisione", "falla"),  # no infinitive after it
        ("porta la avanti tu", "portala"),  # no day after "avanti"
    ],
)
def test_without_its_infinitive_or_day_it_stays_as_heard(text: str, kept: str) -> None:
    assert kept not in heard_tokens(text)
