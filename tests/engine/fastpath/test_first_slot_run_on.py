"""The first free slot asked ("al primo buco che hai") with "che hai" run onto its noun over the noise ("al primo
bucocai", "al primo postochai"): put apart, only right after "primo"/"prima", and the booking said back whole for a
yes. The noun elsewhere stays as heard."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import first_slot_heard
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La Golf nera, DZ 130 KS, tagliando al primo bucocai",
        "Per la Panda EB 512 CR una revisione al primo postochai",
    ],
)
def test_first_slot_run_on_books_the_first_free_said_back(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"first_free": True})
    assert p.careful == "words", (p.careful, p.reason)


@pytest.mark.parametrize("text", ["il bucocai della Panda", "un postochai per la Panda"])
def test_not_after_first_stays(text: str) -> None:
    assert not first_slot_heard(tokenize(text))
