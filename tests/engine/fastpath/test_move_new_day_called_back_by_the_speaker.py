"""A move whose new day the one speaking will call back with ("la batteria di venerdì 19 febbraio non ce la fa, ti
richiamo per il nuovo giorno", set 43): the move, its day asked, as when the customer calls back. Said with no
day that does not suit, or asked of nothing, it stays no request."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Quello della Tuatara, Gianoli, DR 7 3 9 PX: la batteria di venerdì 19 febbraio non ce la fa, ti richiamo "
        "per il nuovo giorno.",
        "La Tuatara di Gianoli, DR 739 PX: la batteria di venerdì 19 febbraio non gli va più bene, ti faccio sapere "
        "il nuovo giorno.",
        "Gianoli, DR 739 PX: la batteria di venerdì 19 febbraio non ce la fa, vi richiamo per la data.",
    ],
)
def test_moved_day_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason)
    assert p.slots.get("plate") == "DR739PX" and p.slots.get("old_date") == "2027-02-19", p.slots
    assert "date" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Ti richiamo per il nuovo giorno, DR 739 PX.",  # no day that does not suit: no move asked
        "La batteria di venerdì 19 febbraio per la DR 739 PX, ti richiamo per sapere se va bene.",
    ],
)
def test_call_back_alone_is_no_move(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "move" and not p.handled, (p.intent, p.reason)
