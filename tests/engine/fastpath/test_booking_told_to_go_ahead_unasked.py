"""Leave to go ahead said with the booking ("… ha bisogno di una diagnosi. Primo giorno disponibile, fissalo pure
senza chiedermi.", set 53; "book it without checking with me"): told, no negation and no second action; the booking
is read as it would be without it (and still said back when what was heard is not sure: this only lifts the refusal).
A refusal said with "senza" of anything else stays. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Eh, la Patrician beige della Scuderi, FJ 7 5 9 DM, ha bisogno di una diagnosi. Primo giorno disponibile, "
        "fissalo pure senza chiedermi.",
        "La Panda, AB 123 CD, deve fare il tagliando: primo posto libero, prenotalo senza richiamarmi.",
        "La Panda, AB 123 CD, deve fare il tagliando: primo posto libero, non serve chiedermelo, prenotalo.",
        "Tagliando per la Panda AB 123 CD al primo posto libero, fissalo senza sentirmi.",
    ],
)
def test_booking_with_leave_to_go_ahead(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.intent, p.reason)
    assert p.slots.get("first_free") and p.slots.get("plate"), p.slots


def test_booking_with_leave_to_go_ahead_en() -> None:
    p = parse_en("The Panda AB 123 CD needs a service: first free slot, book it without checking with me.")
    assert p.intent == "book" and p.handled and p.slots.get("first_free"), (p.intent, p.reason, p.slots)


def test_senza_of_something_else_is_not_lifted() -> None:
    p = parse_it("La Panda, AB 123 CD, deve fare il tagliando: primo posto libero, prenotalo senza lavarla.")
    assert not p.handled, (p.intent, p.reason)
