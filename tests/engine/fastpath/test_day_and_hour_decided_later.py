"""A booking whose day and hour are both left to later, said together ("Batteria nuova per il Microlino della
Scarabelli, DE 486 DJ... il giorno e l'ora li decidiamo dopo con lei", set 38): its day is asked, nothing written. "li"
(the two of them) is said as "lo" is of the day alone; said with no day nor hour before it ("…, martedì alle 10, li
decidiamo dopo i dettagli") it tells nothing not known, and the day said stands."""

from __future__ import annotations

import pytest

from engine.fastpath.intents import not_known
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Batteria nuova per il Microlino della Scarabelli, DE 4 8 6 DJ... il giorno e l'ora li decidiamo dopo con lei.",
        "Batteria nuova per la Panda di Rossi, AB 123 CD, giorno e ora te li dico dopo.",
        "Prenota una revisione per la Punto, FT 789 MN, la data e l'ora li fissiamo domani.",
        "Un tagliando per la Golf, EF 456 GH: il giorno e l'orario li sentiamo con il cliente.",
    ],
)
def test_the_day_and_hour_to_come_ask_the_day(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and not p.handled and p.reason == "missing:date", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Batteria per la Panda, AB 123 CD, martedì alle 10, li decidiamo dopo i dettagli.",
        "Le gomme li decidiamo dopo.",
    ],
)
def test_li_with_no_day_nor_hour_before_tells_nothing_unknown(text: str) -> None:
    assert not_known(tokenize(text)) is None
