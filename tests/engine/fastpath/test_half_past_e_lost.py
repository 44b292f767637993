""" "Alle due e mezza" heard "alle due, mezza": the "e" of "e mezza" lost. Read as the hour alone, a write would land
half an hour early: the time is asked, as "alle 2 e mesi" is. "Alle 2 e mezza" said whole is half past."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def test_half_without_its_e_is_said_back() -> None:
    """ "alle tre, mezza": the "e" put back, half past read, the write said back whole for a yes."""
    p = parse(
        "prenota un tagliando per la Clio FA 123 BC domani alle tre, mezza", language="it", today=today()
    )
    assert p.intent == "book"
    assert p.slots.get("time") == "15:30"
    assert p.careful == "words"


def test_half_cut_without_an_hour_before_is_asked() -> None:
    """ "domani 3 mezza": no "alle" before the hour, nothing put back; the hour alone is never taken."""
    p = parse("prenota un tagliando per la Clio FA 123 BC domani 3 mezza", language="it", today=today())
    assert p.slots.get("time") != "03:00" and p.slots.get("time") != "15:00"


def test_half_past_said_whole_is_read() -> None:
    p = parse(
        "prenota un tagliando per la Clio FA 123 BC domani alle tre e mezza", language="it", today=today()
    )
    assert p.handled
    assert p.slots.get("time") == "15:30"


def test_half_run_onto_its_e_is_half_past() -> None:
    """ "alle 10 Emezza": "e mezza" written as one word, its zz kept (read as 10 o'clock before)."""
    p = parse("cambio gomme per la Clio FA 123 BC sabato alle 11 Emezza", language="it", today=today())
    assert p.slots.get("time") == "11:30"
    assert (
        parse(
            "alle 4 emmezza prenota la revisione per la Clio FA 123 BC domani", language="it", today=today()
        ).slots.get("time")
        == "16:30"
    )
