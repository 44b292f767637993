"""A plate's digits whisper base wrote as a time right before W said as two words ("e a 8.39 Topia Vucci" for
E A 839 W C, set 31): the time is the plate's digits, as it already is between letter groups. The plate is read
by the mishearing model, so a write with it is said back first. New sentences in the shape the set heard; a time
after "alle", or before no letters, stays a time."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates
from tests.engine.fastpath.italian import assert_parsed, parse_it, plates_in


def test_clock_between_letters_and_doppia_vu() -> None:
    text = "Senti, la Panda verde di Rossi e a 4.52 Topia Vucci, revisione venerdì 11 dicembre alle 10"
    assert plates_in(text) == ["EA452WC"]
    assert [m.misheard for m in find_plates(heard_tokens(text))] == [True]
    assert_parsed(parse_it(text), "book", {"plate": "EA452WC", "service": "inspection", "time": "10:00"})


def test_time_after_alle_before_doppia_stays_a_time() -> None:
    assert plates_in("la Panda alle 8.39 doppia vu") == []


def test_time_before_no_letters_stays_a_time() -> None:
    assert plates_in("e a 8.39 per la revisione") == []
