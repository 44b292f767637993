"""The day asked back by the speaker and answered unknown, said last ("Tagliando per la Zele di Scarcella, GT 9 5 7 JL,
alle 9. Che giorno? Ancora non si sa, dipende dalle ferie", set 50, refused: "ferie" read as the workshop's
holidays): the booking with its day to come, asked; what it depends on no words of the request. Asked and answered
anywhere else, nothing changes."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Tagliando per la GT 9 5 7 JL, alle 9. Che giorno? Ancora non si sa, dipende dalle ferie.", "book"),
        ("Cambio gomme per la GT 957 JL alle 10 e mezza. Quale giorno? Non lo sa ancora.", "book"),
        ("Sposta il tagliando della GT 957 JL alle 9. Quando? Non si sa, dipende da lui.", "move"),
    ],
)
def test_day_asked_back_unknown_is_its_day_to_come(text: str, intent: str) -> None:
    p = parse_it(text)
    assert p.intent == intent and p.reason == "missing:date", p
    assert "date" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    ["Che giorno ha la GT 957 JL il tagliando? Non si sa?", "Quando chiude l'officina per ferie? Non si sa ancora"],
)
def test_asked_otherwise_no_booking(text: str) -> None:
    assert parse_it(text).intent not in ("book", "move")
