"""An hour said after "alle" but heard as no known word ("alle piaci" for "alle dieci", "alle fene", held-out set
29): the time was said and lost, so it is asked; before, the booking took the first free slot as if no time had
been said. A booking with no "alle" at all still offers the first free slot for a yes."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_hour_heard_as_no_word_is_asked() -> None:
    p = _parse("Segnami la revisione della FE 762 WA mercoledì 9 dicembre alle tieci")
    assert p.intent == "book" and p.reason == "ambiguous:time_cut"
    assert p.slots.get("plate") == "FE762WA" and p.slots.get("date") == "2026-12-09"


def test_move_hour_heard_as_no_word_is_asked() -> None:
    p = _parse("Sposta il tagliando della FE 762 WA a venerdì 11 dicembre alle quatro")
    assert p.reason == "ambiguous:time_cut" or p.slots.get("time") == "16:00"


def test_no_hour_said_is_no_conflict() -> None:
    p = _parse("Segnami la revisione della FE 762 WA mercoledì 9 dicembre")
    assert p.intent == "book" and p.reason != "ambiguous:time_cut"


def test_known_word_after_alle_is_no_hour() -> None:
    p = _parse("Segnami la revisione della FE 762 WA mercoledì 9 dicembre alle 10")
    assert p.slots.get("time") == "10:00" and p.reason is None
