"""Lunedì heard over workshop noise with its "lu" as "non" ("non è di 30", "non edì 30"): a day of the month and
its time follow, so it is the weekday, never a negation of the request. "non è di" before a name or an amount
stays a negation (refused). New sentences."""

from __future__ import annotations

from datetime import date

from engine.fastpath.parser import parse

_TODAY = date(2026, 11, 26)  # a Thursday: Monday 30 November follows


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=_TODAY, unknown_ok=True)


def test_non_e_di_before_a_date_and_its_time_is_monday() -> None:
    p = _p("segnami un tagliando per la GB 123 CD non è di 30 alle 10")
    assert p.intent == "book" and p.slots.get("date") == "2026-11-30" and p.slots.get("time") == "10:00", p


def test_non_edi_written_as_one_word() -> None:
    p = _p("cambio gomme per la GB 123 CD, non edì 30 alle 3")
    assert p.slots.get("date") == "2026-11-30", p


def test_a_negation_before_a_name_or_an_amount_stays() -> None:
    assert _p("la GB 123 CD non è di Rossi").intent is None
    assert _p("il tagliando della GB 123 CD non è di 30 euro").intent is None
