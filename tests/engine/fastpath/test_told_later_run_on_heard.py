"""The day to be told later with "lei"/"lui" run onto "sapere" ("ce lo fa saperele", set 30): put back, so the
move asks its new day instead of refusing it as a hypothetical; "sapere le date" said apart stays. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_the_new_day_told_later_is_asked() -> None:
    p = parse_it(
        "Il Rossi vuole spostare il tagliando della Polo, FA 204 KL, ma il giorno nuovo ce lo fa saperelui."
    )
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason, p.slots)


def test_lei_run_on_is_put_back() -> None:
    assert heard_tokens("il giorno ce lo fa saperele")[-2:] == ["sapere", "lei"]


def test_sapere_said_apart_stays() -> None:
    assert heard_tokens("vorrei sapere le date")[-3:] == ["sapere", "le", "date"]
