"""The plate asked for while the person fetches it from a note: "mi cerchi un proprietario da una targa? Aspetta che
la ritrovo sul foglio" (set 30) was refused for its "aspetta". Like "aspetta che la leggo dal libretto": no waiting
to do, the plate is asked."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_owner_asked_while_the_plate_is_found_on_a_note() -> None:
    p = parse_it("Mi trovi il proprietario di una targa? Aspetta che la recupero dal foglietto.")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason)


def test_owner_asked_while_the_plate_is_found_again() -> None:
    p = parse_it("Di chi è una targa? Un attimo che la ritrovo sul quaderno.")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason)


def test_waiting_for_someone_is_still_refused() -> None:
    p = parse_it("Aspetta il cliente della Punto e poi chiamami.")
    assert p.intent is None and p.reason == "out_of_scope:unsupported_action", (p.intent, p.reason)
