"""The workshop's free time asked in the first person ("ho qualcosa libero martedì?"), and its "ho" written "o" as
whisper base wrote it in held-out set 19 ("… martedì prossimo o qualcosa libero prima di pranzo"): the first free slot
asked. "O" before anything else stays "or" (new sentences; the bench's Wednesday 25 November 2026)."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Per un tagliando martedì prossimo ho qualcosa libero?",
        "Per un cambio olio venerdì o qualcosa di libero in mattinata?",
        "Abbiamo qualcosa libero domani per una revisione?",
    ],
)
def test_something_free_asked(text: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {})


def test_o_before_something_free_is_have() -> None:
    assert heard_tokens("lunedì o qualcosa libero")[:3] == ["lunedi", "ho", "qual"]


def test_o_between_two_days_stays_or() -> None:
    assert "ho" not in heard_tokens("lunedì o martedì, qualcosa libero?")
    assert not parse_it("lunedì o martedì, qualcosa libero?").handled
