""""alle" written elided with its "e" run onto the hour, from the main set's noisy transcripts (the sentences below
are new): "a mercoledì prossimo, alle 3, no, alle 4" heard "… All'E3, no, alle 4". Put back as "alle 3", so the
correction of the time is taken; "all'E30" (no hour) and "all'e" apart from its number stay as heard."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def test_hour_with_the_e_of_alle() -> None:
    assert put_back(tokenize("venerdì all'E9")) == ["venerdi", "alle", "9"]
    p = parse("Sposta la Clio FE 762 WA a venerdì 4. All'E10, no, alle 11.", language="it", today=today())
    assert p.intent == "move" and p.reason is None and p.slots.get("time") == "11:00"


def test_no_hour_stays() -> None:
    assert put_back(tokenize("all'E30")) == ["all", "e30"]
    assert put_back(tokenize("all'e 3")) == ["all", "e", "3"]
