"""Small words whisper base runs onto the word before or spells as they sound: "hai" run on with its h silent ("che
orariai": che orari hai), "mezz'ora" with its zz heard s ("mesura"), "domani" with its d heard t ("Tomani") and
"chi viene" as one word ("Kiwiene"). Only unknown words are split or put back: "lavorai" stays."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("per una revisione venerdì che orariai", "per una revisione venerdi che orari hai"),
        ("gliele facciamo mesura prima", "gliele facciamo mezz ora prima"),
        ("Tomani Kiwiene?", "domani chi viene"),
    ],
)
def test_little_words_run_on_are_put_back(heard: str, want: str) -> None:
    assert " ".join(put_back(tokenize(heard))) == want


@pytest.mark.parametrize(
    "heard", ["ieri lavorai fino a tardi", "mi dai una mano", "il tagliando della Sandra"]
)
def test_known_words_keep_their_ai(heard: str) -> None:
    assert "hai" not in put_back(tokenize(heard))


def test_free_times_asked_with_hai_run_on() -> None:
    p = parse_it("Per una revisione, venerdì 4 dicembre di pomeriggio che orariai?")
    assert_parsed(p, "first_free_slot", {"service": "inspection", "date": "2026-12-04"})


def test_who_comes_tomorrow_heard_run_on() -> None:
    assert_parsed(parse_it("Tomani Kiwiene? Fammi l'elenco."), "day_appointments", {"date": "2026-11-26"})
