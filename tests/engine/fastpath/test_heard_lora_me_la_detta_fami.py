"""Whisper's spellings that recur across sets: "l'ora" run together before what is said of it ("Lora, non me la
detta", set 39; "Lora poi la decide lui", set 37), "l'ha" heard "la" after "me" ("non me la detta", "però non me la
detto"), and "fammi" with its m said once ("Fami un appuntamento per la Spyker …", set 39): put back, so the hour said
not known is asked and "fammi" books. "Allora" and "me la data" are left as said."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La Punto di Conti, AB 123 CD, va messa per la diagnosi mercoledì 16 dicembre. Lora, non me la detta.",
        "Prenota la revisione per la Clio, EW 275 HS, giovedì 17 dicembre. Lora poi la decide lui.",
        "Prenota il tagliando per la Punto, AB 123 CD, venerdì 18 dicembre, l'ora non me la detto.",
    ],
)
def test_the_hour_said_not_known_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:time", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Fami un appuntamento per la Punto, AB 123 CD, lunedì 30 alle 11 per il tagliando.",
         {"plate": "AB123CD", "service": "service", "date": "2026-11-30", "time": "11:00"}),
        ("Fami un cambio olio alla Clio, EW 275 HS, giovedì 3 dicembre alle 9.",
         {"plate": "EW275HS", "service": "oil_change", "date": "2026-12-03", "time": "09:00"}),
    ],
)  # fmt: skip
def test_fami_books(text: str, slots: dict[str, object]) -> None:
    p = parse_it(text)
    assert p.intent == "book" and all(
        (p.slots.get(k) or {}).get("key") == v if k == "service" else p.slots.get(k) == v for k, v in slots.items()
    ), (p.reason, p.slots)


def test_other_words_are_left_as_said() -> None:
    assert heard_tokens("Allora, la Punto non me la data?")[:1] == ["allora"]
    assert heard_tokens("Lora la batteria della Punto")[:1] == ["lora"]
    assert "la" in heard_tokens("non me la data la Punto")
    assert heard_tokens("i fami del lupo")[:2] == ["i", "fami"]
