"""English counter phrasing the fast path lacked (classes learnt from held-out set 9's English as whisper heard
it, tested on new sentences). What stays unclear is still refused or asked, never written."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_en


def test_a_weekday_dated_by_an_ordinal_in_words_is_that_day() -> None:
    booked = parse_en("Book an oil change for the Corsa RS 450 DT on Thursday the tenth at 9.")
    assert booked.handled and booked.slots["date"] == "2026-12-10", booked.slots
    # no Thursday the 9th in sight: which day is asked, never the coming Thursday taken
    unsure = parse_en("Book an oil change for the Corsa RS 450 DT on Thursday the ninth at 9.")
    assert not unsure.handled and unsure.reason == "ambiguous:which_day", unsure.reason
    first_free = parse_en("Book an oil change for the Corsa RS 450 DT on Tuesday, the first free slot.")
    assert first_free.slots["date"] == "2026-12-01" and first_free.slots["first_free"], first_free.slots
