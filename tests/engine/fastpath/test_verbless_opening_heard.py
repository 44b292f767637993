"""A booking said without a verb, opened by the person having the vehicle there ("ho la Arkana della Bonfiglio, GK
274 SB, col clima che non sbrina: ricarica martedì alle 3"; whisper base also writes "ho" for a filler said before
the vehicle): a booking, said back whole for a yes since "ho" tells as much as it asks. One opened by "gomme
invernali" heard "Come invernali?": the question mark is whisper's, taken for "come". New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_held_vehicle_then_symptom_then_job_is_a_booking_said_back() -> None:
    p = _p("Ho la Yaris grigia di Bonacina, FG 318 KT, col clima che non butta più fresco: ricarica del clima giovedì alle 11.")
    assert p.intent == "book" and p.slots["plate"] == "FG318KT" and p.slots["time"] == "11:00", p
    assert p.careful == "verbless", p


def test_held_here_vehicle_then_a_bare_job() -> None:
    p = _p("Ho qui la Yaris di Bonacina, FG 318 KT, cambio gomme lunedì alle 9.")
    assert p.intent == "book" and p.slots["service"]["key"] == "tyres" and p.careful == "verbless", p


def test_ho_before_no_vehicle_or_with_the_job_told_is_no_booking() -> None:
    assert _p("Ho la revisione martedì alle 3").intent != "book"
    assert _p("Ho la Yaris di Bonacina, FG 318 KT, con il tagliando martedì alle 3").intent != "book"


def test_tyres_heard_come_with_whispers_question_mark() -> None:
    p = _p("Come invernali? Per la Yaris grigia di Bonacina, FG 318 KT, sabato 5 alle 10.")
    assert p.intent == "book" and p.slots["service"]["key"] == "tyres" and p.slots["time"] == "10:00", p


def test_a_question_after_it_stays_a_question() -> None:
    assert _p("Come invernali? Le avete per la Yaris?").intent != "book"
