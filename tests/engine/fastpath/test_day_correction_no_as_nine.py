"""A day corrected mid-way whose "no" whisper base heard as a 9 run onto the date before it, from held-out set
17's transcripts (the sentences below are new): "giovedì 17... no, venerdì 18" heard "giovedì 179, venerdì 18".
The "no" is put back, so the correction is taken, only where the number is no date but is one without its 9,
between two weekdays; a number that is a date, or no weekday after it, stays and is asked about."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _heard(text: str) -> list[str]:
    return put_back(tokenize(text))


def test_no_heard_as_nine_between_two_days() -> None:
    assert _heard("martedì 19 mercoledì 2") == ["martedi", "19", "mercoledi", "2"]  # 19 is a date
    assert _heard("lunedì 39, martedì 1") == ["lunedi", "3", "no", "martedi", "1"]
    p = parse(
        "metti la Clio FE 762 WA per il tagliando lunedì 79 martedì 1 alle 9", language="it", today=today()
    )
    assert p.intent == "book" and p.slots.get("date") == "2026-12-01" and p.slots.get("time") == "09:00"


def test_a_number_without_another_day_after_stays() -> None:
    assert _heard("lunedì 79 alle 9") == ["lunedi", "79", "alle", "9"]
    p = parse("metti la Clio FE 762 WA per il tagliando lunedì 79 alle 9", language="it", today=today())
    assert p.reason is not None and p.reason.startswith("ambiguous")
