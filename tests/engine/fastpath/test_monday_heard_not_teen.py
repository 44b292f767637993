""" "lunedì 7 dicembre" heard "non è 17 dicembre" over the noise (sets 24 and 26): "lunedì" heard "non è di" as
before, its "di" and the date's "sette" written as one number ("diciassette"). Put back only before a month, so the
weekday is checked against the date: a date that is no Monday is asked, and "non è il 17 dicembre" stays a
negation. Parses on the bench's Wednesday 25 November 2026 (Monday 7 December; Thursday 17 December)."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_non_e_teen_before_the_month_is_monday() -> None:
    assert_parsed(parse_it("Segnami il cambio gomme per la Punto, AB 123 CD, non è 17 dicembre alle 10"), "book",
                  {"date": "2026-12-07", "time": "10:00"})  # fmt: skip


def test_non_e_teen_on_a_date_no_monday_is_asked() -> None:
    p = parse_it("Segnami il cambio gomme per la Punto, AB 123 CD, non è 13 dicembre alle 10")
    assert not p.handled and p.reason == "ambiguous:weekday_vs_date", (p.reason, p.slots)


def test_non_e_il_date_stays_a_negation() -> None:
    p = parse_it("Segnami il cambio gomme per la Punto, AB 123 CD, non è il 17 dicembre")
    assert p.intent is None, (p.intent, p.reason)
