"""A plate read out nearly whole, its digits one by one, then taken back and said again whole ("EE 2 6 1 F... no,
scusa, EE 2 6 1 EF", set 31): the plate said last is the one read (its "EF" two letters written, not the letter F's
name). A correction with no whole plate after it stays refused (the fast path never guesses)."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_plate_said_again_whole_is_read() -> None:
    p = parse_it("La Golf di Bassi, DA 3 8 4 K... no, scusa, DA 3 8 4 EF: un cambio olio sabato 12 alle 10.")
    assert p.intent == "book" and p.slots.get("plate") == "DA384EF", (p.intent, p.reason, p.slots)
    assert p.slots.get("date") == "2026-12-12" and p.slots.get("time") == "10:00", p.slots


def test_plate_said_again_by_groups_is_read() -> None:
    p = parse_it("Prenota per la Golf di Bassi, DA 3 8 4 KF... no, scusa, DA 3 8 4 KE, il tagliando venerdì alle 9.")
    assert p.intent == "book" and p.slots.get("plate") == "DA384KE", (p.intent, p.reason, p.slots)


def test_correction_without_the_plate_stays_refused() -> None:
    p = parse_it("La Golf di Bassi, DA 3 8 4 K... no, scusa, un cambio olio sabato 12 alle 10.")
    assert p.intent is None, (p.intent, p.reason, p.slots)
    p = parse_it("La Golf di Bassi, DA 3 8 4 K... no, scusa, 3 8 5: un cambio olio sabato 12 alle 10.")
    assert p.intent is None or p.slots.get("plate") != "DA384K", (p.intent, p.reason, p.slots)
