"""A move told by the day the appointment was booked for ("il tagliando fissato per domani slitta a giovedì 3
dicembre", set 27) and a job named in the plural carried to another day ("le gomme della Mazda 2, …, portale a
lunedì 30"): both were refused. "portale" with no "a" before the day still brings the car in (a booking)."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_booked_for_a_day_then_slips_is_a_move() -> None:
    p = parse_it("la Panda di Ricci, GA 412 KB: la revisione prevista per venerdì slitta a lunedì 30 alle 9")
    assert_parsed(
        p, "move", {"plate": "GA412KB", "old_date": "2026-11-27", "date": "2026-11-30", "time": "09:00"}
    )


def test_fixed_for_tomorrow_passes_is_a_move() -> None:
    p = parse_it("il tagliando fissato per domani della Clio, GA 412 KB, passa a martedì 1 dicembre alle 4")
    assert_parsed(p, "move", {"plate": "GA412KB", "old_date": "2026-11-26", "date": "2026-12-01"})


def test_plural_job_carried_to_a_day_is_a_move() -> None:
    p = parse_it("le pastiglie della Clio, GA 412 KB, portale a giovedì 3 alle 10")
    assert_parsed(p, "move", {"plate": "GA412KB", "date": "2026-12-03", "time": "10:00"})


def test_slips_without_the_day_it_had_is_no_move() -> None:
    p = parse_it("il tagliando fissato della Clio, GA 412 KB, slitta alle 4")
    assert p.intent != "move" or not p.handled


def test_carried_al_a_day_is_a_move() -> None:
    # "a lunedì" heard "all'und…" and put back "al lunedì": the same carrying to a day
    p = parse_it("le gomme della Clio, GA 412 KB, portale al lunedì 30 alle 11")
    assert_parsed(p, "move", {"plate": "GA412KB", "date": "2026-11-30", "time": "11:00"})


def test_carried_al_a_place_is_no_move() -> None:
    p = parse_it("le gomme della Clio, GA 412 KB, portale al gommista")
    assert p.intent != "move" or not p.handled
