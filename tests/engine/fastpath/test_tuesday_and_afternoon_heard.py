"""Two parts of a day whisper base respells. "martedì 8" heard "parte di 8" (its m lost): with no day read, "cosa
c'è parte di 8?" answered today's agenda. "pomeriggio" heard with its "gg" respelt ("pomerizzo", "pomericcio"): the
part of the day lost, "chi viene oggi pomerizzo?" read the whole day. Both are put back where a day is plainly said;
"da parte di" and "una parte di 8 pezzi" stay, and a word that only opens like the afternoon is left."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize("text", ["che c'è in agenda parte di 15?", "chi arriva parte di 15 pomeriggio?",
                                  "cosa abbiamo in agenda parte di 15 dicembre"])  # fmt: skip
def test_tuesday_heard_as_parte_di_is_the_day_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "day_appointments" and str(p.slots.get("date", "")).endswith("-15"), p.slots


@pytest.mark.parametrize("text", ["me l'ha detto da parte di 15 clienti", "una parte di 8 pezzi"])
def test_parte_di_said_as_words_stays(text: str) -> None:
    assert "martedi" not in put_back(tokenize(text))


@pytest.mark.parametrize("heard", ["pomerizzo", "pomericcio", "pomerigio", "pomerijo"])
def test_the_afternoon_respelt_is_the_afternoon(heard: str) -> None:
    p = parse_it(f"chi arriva domani {heard}?")
    assert p.intent == "day_appointments" and p.slots.get("part_of_day") == "afternoon", p.slots


def test_a_longer_word_opening_alike_is_left() -> None:
    assert put_back(tokenize("pomeridianissimamente")) == ["pomeridianissimamente"]
