"""The pronoun "gliele"/"gliela" as whisper base hears it with its "gli" lost and its l doubled ("le gomme gelle
abbiamo montate noi?"): no word of its own, put back even alone, so the car's history is asked. "gela" with a single
l stays a word ("il motore gela") unless after a sending verb. New sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    [
        "La GB 445 KT, le pastiglie gelle abbiamo cambiate noi?",
        "Alla GB 445 KT la batteria gella abbiamo montata noi, quando?",
    ],
)
def test_the_history_asked(text: str) -> None:
    p = _p(text)
    assert p.intent == "vehicle_history" and p.slots.get("plate") == "GB445KT", p


def test_only_the_pronoun_is_put_back() -> None:
    assert put_back(["le", "gomme", "gelle", "abbiamo", "montate"]) == [
        "le",
        "gomme",
        "gliele",
        "abbiamo",
        "montate",
    ]
    assert put_back(["il", "motore", "gela"]) == ["il", "motore", "gela"]
