"""A weekday whose own "l" whisper base wrote as an elided article ("tagliando l'UND 7", "l'unedì 30"), and a day's
number run onto its weekday with its vowel closed ("da gioveditri": da giovedì tre), as held-out set 19 heard them.
Put back only with the date said after the day, so `dates` checks the weekday against it (new sentences; the
bench's Wednesday 25 November 2026)."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_monday_with_its_l_as_an_article() -> None:
    p = parse_it("la Panda di Rossi, AB 123 CD, cambio olio l'und 30 alle 10")
    assert_parsed(p, "book", {"date": "2026-11-30", "time": "10:00"})
    assert heard_tokens("revisione l'unedì 7 alle 9")[:3] == ["revisione", "lunedi", "7"]


def test_a_weekday_that_does_not_fall_on_the_date_is_asked() -> None:
    p = parse_it("la Panda di Rossi, AB 123 CD, cambio olio l'und 8 alle 10")
    assert not p.handled and p.reason == "ambiguous:which_day"


def test_an_article_before_any_other_word_stays() -> None:
    assert heard_tokens("l'unica cosa, l'uno e l'altro")[:2] == ["l", "unica"]


def test_a_number_run_onto_its_weekday() -> None:
    assert heard_tokens("la spostiamo da gioveditri a venerdì 11")[2:5] == ["da", "giovedi", "tre"]
    assert heard_tokens("il giovediterzo")[1:] == ["giovediterzo"]  # no number heard: left as it was
