"""A booking whose day no longer suits, "non gli va più bene", heard with its "gli" run onto "va" ("non diva più
bene", "non gliva bene"): read as a negation of nothing, the move was refused outright. Put back, it is the move it
was: the new day asked when it is left to a later call, moved when said. "Diva" said elsewhere is left as it is."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "heard", ["non diva più bene", "non gliva più bene", "non liva bene", "non givà più bene"]
)
def test_the_move_whose_day_no_longer_suits_asks_the_new_day(heard: str) -> None:
    p = parse_it(f"La revisione di giovedì della Punto di Ferretti {heard}, il giorno nuovo lo risentiamo.")
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert p.slots.get("customer") == "Ferretti" and "old_date" in p.slots, p.slots


def test_the_new_day_said_moves_it() -> None:
    p = parse_it("Il cambio gomme di venerdì della Clio di Ferretti non diva bene, spostalo a lunedì alle 10")
    assert p.intent == "move" and p.slots.get("time") == "10:00" and "old_date" in p.slots, p.slots


def test_diva_elsewhere_is_kept() -> None:
    assert put_back(tokenize("la diva del cinema")) == ["la", "diva", "del", "cinema"]


def test_no_day_said_with_it_is_still_not_written() -> None:
    p = parse_it("Non diva più bene")
    assert not p.handled, (p.intent, p.reason)
