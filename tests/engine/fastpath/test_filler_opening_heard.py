"""A hesitation whisper base writes as a lone "m" set apart by a pause ("M. Senti, …", "Mm, allora …") opens
the turn: no word of the request. The sentences are new, in the shape set 18 heard."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    [
        "M. Senti, la Panda bianca di Rossi, AB 123 CD, tagliando dopodomani alle 11.",
        "Mm. Allora, la Panda bianca di Rossi, AB 123 CD, tagliando dopodomani alle 11.",
        "Hmm, la Panda bianca di Rossi, AB 123 CD, tagliando dopodomani alle 11.",
    ],
)
def test_a_lone_m_before_a_pause_is_a_hesitation(text: str) -> None:
    p = _p(text)
    assert p.intent == "book" and p.slots["plate"] == "AB123CD" and p.slots["time"] == "11:00", p


def test_a_letter_run_into_the_plate_is_not_taken_off() -> None:
    # "M AB 123": no pause after it, it may be what was said of the plate; left as heard
    p = _p("M AB 123 CD tagliando dopodomani alle 11")
    assert p.intent != "book" or p.slots.get("plate") != "AB123CD" or p.reason is not None


def test_a_hesitation_alone_asks_nothing_of_the_agenda() -> None:
    assert _p("M. Senti, aspetta un attimo.").intent is None
