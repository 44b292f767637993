"""A weekday and its number, then "è" said of the customer ("sabato 5 è fuori città", set 28's shape; the sentences
below are new): the accent lost, "e" was taken for the "and" of minutes, so the 5 was left a stray number and the
next Saturday taken. Before a word no minutes are, the number dates the weekday; before minutes ("giovedì 10 e mezza")
it is still a time said without "alle", asked."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def test_the_number_dates_the_weekday_before_is() -> None:
    p = parse(
        "Cancella la revisione della Clio, AB 123 CD, la Rossi venerdì 4 è in ferie.",
        language="it",
        today=today(),
    )
    assert p.intent == "cancel"
    assert p.slots["old_date"] == "2026-12-04"


def test_before_minutes_it_is_still_asked() -> None:
    for said in (
        "prenota la Clio AB 123 CD venerdì 4 e mezza",
        "prenota la Clio AB 123 CD venerdì 4 e un quarto",
    ):
        p = parse(said, language="it", today=today())
        assert not p.handled
        assert "time" not in p.slots
