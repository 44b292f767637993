"""A weekday's date in December heard as a teen with the month cut and "alle" lost, from held-out set 18's and the
main set's transcripts (the sentences below are new): "giovedì 3 dicembre alle 9" heard "giovedì 13.9", "… alle 2 e
mezza" heard "giovedì 13.2 a 2.5". The 13 is "tre di(cembre)": read as 3 December only where the weekday falls on it
and on no coming 13th, and never the 13th; the hour after it is asked (never read). A day not sure is asked before
any time (a stray number never hides it)."""

from __future__ import annotations

from datetime import date

from benches.speech_workshop import today
from engine.fastpath.dates import extract_datetime
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_teen_after_the_weekday_is_three_december() -> None:
    assert today() == date(2026, 11, 25)  # a Wednesday: Thursday 3 December comes, no Thursday the 13th
    p = _parse("Sposta il tagliando della Clio, FE 762 WA, a giovedì 13.9.")
    assert p.intent == "move" and p.slots.get("date") == "2026-12-03"
    assert p.reason == "ambiguous:stray_number" and "time" not in p.slots  # the hour is asked
    p = _parse("Metti la revisione per la Clio FE 762 WA domenica 16.4.")
    assert p.slots.get("date") == "2026-12-06" and p.reason == "ambiguous:stray_number"


def test_the_weekday_disagreeing_or_no_hour_after_stays_asked() -> None:
    p = _parse("Metti la revisione per la Clio FE 762 WA venerdì 13.9.")  # 3 December is a Thursday
    assert p.reason == "ambiguous:which_day" and p.slots.get("date") != "2026-12-03"
    p = _parse("Metti la revisione per la Clio FE 762 WA giovedì 13 alle 10.")  # no hour run on: which day
    assert p.reason == "ambiguous:which_day"
    assert put_back(tokenize("giovedì 13.9")) == ["giovedi", "13", "9"]  # no "alle" put in: the hour is asked
    assert put_back(tokenize("giovedì 11 9")) == ["giovedi", "11", "alle", "9"]


def test_a_thursday_the_13th_stays_the_13th() -> None:
    slots = extract_datetime(["giovedi", "13", "9"], date(2027, 5, 1))  # Thursday 13 May 2027
    assert [m.day for m in slots.dates] == [date(2027, 5, 13)]
