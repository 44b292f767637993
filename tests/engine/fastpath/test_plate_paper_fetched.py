"""The owner asked of a plate not said yet, the paper it is written on being fetched ("Mi risali al padrone di una
macchina? Aspetta che prendo il foglio dove ho scritto la targa.", set 51): no waiting to do, the plate asked for. The
paper is heard as itself ("foglio", never "figlio"). Sentences are new; parsed on the bench's Wednesday 25 November
2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Mi risali al padrone di una macchina? Aspetta che prendo il foglio dove ho scritto la targa.",
        "Di chi è una macchina? Un attimo che cerco il libretto.",
        "Mi dici di chi è una targa? Aspetta che la ritrovo sul foglio.",
    ],
)
def test_owner_asked_while_the_plate_is_fetched(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason)


def test_the_paper_is_heard_as_itself() -> None:
    assert "foglio" in heard_tokens("aspetta che prendo il foglio")
