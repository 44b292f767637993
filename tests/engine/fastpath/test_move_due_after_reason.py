"""The appointment said due to be moved right after the reason it is off (set 48: "Crisafulli mi avvisa che giovedì
15 aprile non può: le pastiglie della Shengdafei, FC 624 WZ, sono da spostare, il nuovo giorno lo richiama lui." was
refused as a negation): a move, its new day asked when not said; "mi avvisa che" the customer's notice, told."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_the_new_day_to_come_is_asked() -> None:
    p = parse_it(
        "Crisafulli mi avvisa che giovedì 15 aprile non può: le pastiglie della Shengdafei, FC 624 WZ, sono da "
        "spostare, il nuovo giorno lo richiama lui."
    )
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert p.slots["plate"] == "FC624WZ" and p.slots["old_date"] == "2027-04-15", p.slots


def test_with_the_new_day_said_it_moves() -> None:
    p = parse_it("Rossi venerdì non può: il tagliando della Panda, AB 123 CD, è da spostare a lunedì 30 alle 9.")
    assert_parsed(p, "move", {"plate": "AB123CD", "old_date": "2026-11-27", "date": "2026-11-30", "time": "09:00"})


@pytest.mark.parametrize(
    "text",
    [
        "Rossi venerdì non può: il tagliando della Panda, AB 123 CD, non è da spostare.",
        "Rossi mi avvisa che la Panda AB 123 CD è pronta.",  # told, nothing asked
        "Avvisa Rossi che la Panda AB 123 CD è pronta.",  # a notice of ours: no tool for it
    ],
)
def test_no_move(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled) and p.intent is None, (p.intent, p.reason, p.slots)
