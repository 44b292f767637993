"""A weekday's stressed "dì" heard again apart before its date ("batteria nuova giovedì di 17 alle 11", set 41), and
"martedì primo" heard "parte di primo" ("vorrebbe fare il tagliando parte di primo nel pomeriggio", set 41): the
day put back so that its date is read (and checked against the weekday). "Lunedì di dicembre" (a month, no date),
"di 17 anni", "la parte di 8 nel motore" stay as said."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Batteria nuova alla GH 499 ZR giovedì di 17 alle 11.", "2026-12-17"),
        ("Metti il tagliando della GH 499 ZR lunedì di 30 alle 9.", "2026-11-30"),
        ("Segna le gomme alla GH 499 ZR venerdì di 4 dicembre alle 10.", "2026-12-04"),
    ],
)
def test_the_day_said_twice_is_its_date(text: str, day: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book" and parsed.slots.get("date") == day, parsed


@pytest.mark.parametrize(
    "text",
    [
        "La Keating della Gualtierotti, GM 483 MA, vorrebbe fare il tagliando parte di primo nel pomeriggio.",
        "Per la GM 483 MA segna il tagliando parte di primo alle 9.",
    ],
)
def test_tuesday_the_first_heard_parte_di_primo(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book" and parsed.slots.get("date") == "2026-12-01", parsed


@pytest.mark.parametrize(
    "text",
    ["la parte di 8 nel motore", "un ragazzo di giovedì di 17 anni", "lunedì di dicembre alle 9",
     "da parte di primo livello"],
)
def test_other_words_stay(text: str) -> None:
    said = put_back(tokenize(text))
    assert said.count("di") == tokenize(text).count("di"), said
