"""A move whose new day the customer will give in a call back, the customer named after the verb ("la rimandiamo,
mi richiama lei per la data", set 36; "ci richiamerà lui per il nuovo giorno"): the move, its day asked; no call
for the workshop to make. Said with no move, it is no request."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La signora mercoledì 9 non può venire per le gomme della Panda, DE 783 CJ: la rimandiamo, mi richiama lei "
        "per la data.",
        "La signora mercoledì 9 non può venire per le gomme della Panda, DE 783 CJ: rimandala, ci richiamerà lei "
        "per il nuovo giorno.",
        "Le gomme della Panda, DE 783 CJ, di mercoledì 9 le spostiamo, mi fa sapere lei il giorno.",
    ],
)
def test_moved_day_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason)
    assert p.slots.get("plate") == "DE783CJ" and "date" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Mi richiama lei per la data, DE 783 CJ",  # no move asked
        "La Scandroglio mi richiama lei per il giorno della revisione.",
    ],
)
def test_call_back_alone_is_no_move(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "move" and not p.handled, (p.intent, p.reason)
