"""An Italian move said due ("va spostato") with where to not known yet, "dove" said last ("il tagliando di venerdì
12 febbraio non gli va più bene, va spostato ma non so ancora dove", set 42): the move, its day asked; the day
that does not suit no negation. "Non so dove l'ha lasciata" asks nothing of a booking: it stays a negation."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La Renovatio di Zanasi, ER 0 6 2 JL: il tagliando di venerdì 12 febbraio non gli va più bene, va spostato "
        "ma non so ancora dove.",
        "Il tagliando della Panda, ER 062 JL, di venerdì 12 febbraio va spostato, non so ancora dove.",
        "Il tagliando della Panda, ER 062 JL, di venerdì 12 febbraio spostalo, ma dove non lo so ancora.",
    ],
)
def test_moved_day_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason)
    assert p.slots.get("plate") == "ER062JL" and p.slots.get("old_date") == "2027-02-12", p.slots


def test_said_due_with_its_day_is_a_move() -> None:
    p = parse_it("Il tagliando della Panda, ER 062 JL, di venerdì 12 febbraio va spostato a lunedì 15 alle 9.")
    assert p.intent == "move" and p.handled, (p.intent, p.reason)
    assert p.slots.get("date") == "2027-02-15", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La Panda, ER 062 JL: non so dove l'ha lasciata.",  # "dove" not said last
        "Il tagliando della Panda, ER 062 JL, di venerdì 12 febbraio: non so dove sia il libretto.",
    ],
)
def test_where_not_said_last_stays_a_negation(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None and not p.handled, (p.intent, p.reason)
