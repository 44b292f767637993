"""A booking said without its verb whose time's minutes were cut or misheard, from held-out set 18's transcripts
(the sentences below are new): "…, FZ 104 KE, cambio olio lunedì 7 alle 3 e mezza" heard "… alle 3 e mesi". It
was refused as no request; it is the booking, its time asked ("e mesi" may be "e dieci"), nothing written. Any
other doubt about the day or time (two days) still leaves it unread."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_minutes_misheard_ask_the_time() -> None:
    p = _parse("La Clio di Moretti, FE 762 WA, tagliando venerdì 4 alle 10 e mesi.")
    assert p.intent == "book" and p.slots.get("time") == "10:30" and p.careful is not None  # said back
    assert p.slots.get("date") == "2026-12-04"
    p = _parse("FE 762 WA cambio gomme venerdì 4 alle 10 e")
    assert p.intent == "book" and p.reason == "ambiguous:time_cut"


def test_two_days_stay_unread() -> None:
    p = _parse("La Clio di Moretti, FE 762 WA, tagliando venerdì 4 o sabato 5 alle 10 e mesi.")
    assert p.intent != "book" or (p.reason or "").startswith("ambiguous")
    assert p.intent is None or p.reason != "ambiguous:time_cut" or p.slots.get("date") is None
