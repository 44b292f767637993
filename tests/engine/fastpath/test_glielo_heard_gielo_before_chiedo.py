"""The day to come said "il giorno glielo chiedo" with the "l" of "glielo" lost ("gielo chiedo", set 27): "gielo" is
"glielo" before the verb it goes with, so the day is asked, never guessed; "gela" alone stays frost."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_day_to_come_glielo_chiedo_heard_gielo_asks_the_day() -> None:
    # "glielo" with its l lost before "chiedo": the day to come, asked; never a guessed day
    p = parse_it("Revisione per la Clio, GA 412 KB, alle 10; il giorno gielo chiedo e ti faccio sapere")
    assert p.intent == "book" and not p.handled and p.reason == "missing:date", (p.reason, p.slots)


def test_gela_alone_stays() -> None:
    assert "gela" in heard_tokens("stanotte il motore gela")
