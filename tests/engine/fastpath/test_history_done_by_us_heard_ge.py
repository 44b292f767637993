"""A job asked done by us with "gliel'abbiamo" heard "gelabiamo" ("La Checker Marathon, FA 9 22 HL: la diagnosi
gliel'abbiamo fatta noi?" heard "… L'adiañosi gelabiamo fatta noi.", set 41, refused): put back, the car's history of
that job. The word alone elsewhere is no history."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("La FA 922 HL, la diagnosi gelabiamo fatta noi?", "diagnosis"),
        ("La FA 922 HL, il tagliando gelabbiamo fatto noi?", "service"),
        ("La GH 499 ZR, la revisione gielabiamo fatta noi?", "inspection"),
    ],
)
def test_done_by_us_heard_ge_is_the_history(text: str, service: str) -> None:
    assert_parsed(parse_it(text), "vehicle_history", {"service": service})


def test_a_word_like_it_is_left_alone() -> None:
    assert heard_tokens("gelati per tutti") == ["gelati", "per", "tutti"]
