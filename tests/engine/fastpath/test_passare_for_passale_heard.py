"""A move said "passale a giovedì" heard with its clitic's l as r, "passare a giovedì" (and "pastiglie" with its
"gli" lost, "pastie", as already put back): the same move only with the job named, the day it had and a new day right after; "vuole
passare a giovedì" alone (someone coming by) is no move. New sentences."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it, slot


def test_the_job_passes_from_its_day_to_another() -> None:
    p = parse_it("Le pastie della Punto, FB 771 CD, da martedì passare a venerdì 4 dicembre alle 10.")
    assert p.intent == "move" and slot(p, "service") == "brakes", p.slots
    assert (slot(p, "old_date"), slot(p, "date"), slot(p, "time")) == ("2026-12-01", "2026-12-04", "10:00"), (
        p.slots
    )


def test_coming_by_is_no_move() -> None:
    assert parse_it("Il signor Bianchi vuole passare a venerdì").intent != "move"
