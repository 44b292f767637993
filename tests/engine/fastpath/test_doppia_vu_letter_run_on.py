"""W's "doppia vu" with its "vu" written as the letter V and the next letter run on ("doppia VN" for W N,
held-out set 29): one letter after the V is that letter; a longer rest must read as letter names."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _heard(text: str) -> list[str]:
    return put_back(tokenize(text))


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_double_vu_written_v_with_next_letter() -> None:
    p = _parse("Prenota la revisione per la AB 427 doppia VR venerdì 4 dicembre alle 10")
    assert p.intent == "book" and p.slots.get("plate") == "AB427WR"


def test_double_vu_run_on_word_not_letters() -> None:
    from engine.fastpath.plate_hearing import join_letter_names

    assert join_letter_names(["doppia", "volta"]) == ["doppia", "volta"]
