"""A "sì" whisper ran onto the "va" of "va bene" ("Siva bene.", "Sivabene", found speaking to the app after the times
offered for one taken): a yes, so the offer asks which time rather than taking the words as a new request. "Siva"
alone, or in a sentence, is no yes."""

from __future__ import annotations

import pytest

from engine.fastpath.choices import answer_tokens, says_only_yes


@pytest.mark.parametrize("text", ["Siva bene.", "Sivabene!", "siva bene"])
def test_si_run_onto_va_bene_is_a_yes(text: str) -> None:
    assert answer_tokens(text)[:3] == ["si", "va", "bene"]
    assert says_only_yes(text)


@pytest.mark.parametrize("text", ["Siva.", "la siva bene no", "Siva bene, ma alle 11"])
def test_siva_without_its_bene_or_with_more_is_no_plain_yes(text: str) -> None:
    assert not says_only_yes(text)


def test_a_short_si_heard_cia_alone_is_a_yes() -> None:
    assert answer_tokens("CIA") == ["si"] and says_only_yes("CIA.")


@pytest.mark.parametrize("text", ["Ciao.", "CIA, no", "la cia"])
def test_cia_with_more_or_ciao_is_no_yes(text: str) -> None:
    assert not says_only_yes(text)
