"""An appointment named by its day of the month with "del" ("la revisione dello Sprinter, quella del 10"), as held-out
set 19 said it: the 10 is the appointment's day, never a stray number. Only after "quella"/"quello"/"appuntamento"/
"prenotazione" (new sentences; the bench's Wednesday 25 November 2026)."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_the_one_of_the_tenth() -> None:
    p = parse_it("Cancella il tagliando della Panda di Rossi, AB 123 CD, quello del 3.")
    assert_parsed(p, "cancel", {"old_date": "2026-12-03"})


def test_the_appointment_of_the_third() -> None:
    p = parse_it("Togli l'appuntamento del 27 della Punto di Bianchi, CD 456 EF.")
    assert_parsed(p, "cancel", {"old_date": "2026-11-27"})


def test_del_after_another_word_is_no_day() -> None:
    assert parse_it("Cancella il modello del 2 della Panda di Rossi, AB 123 CD").slots.get("old_date") is None
