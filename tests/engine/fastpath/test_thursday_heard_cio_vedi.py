""""giovedì" heard with its g as "ciò" and its day apart: "ciò vedì 10 dicembre alle due dei pomeriggio" (sets 24, 27
and 34; the sentences below are new), its "del pomeriggio" heard "dei". Only before a day's number, "prossimo", an
hour or a part of the day: a Venetian "Ciò, vedi se c'è posto" stays as said."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_thursday_put_back() -> None:
    assert "giovedi" in heard_tokens("la diagnosi ciò vedì 10 dicembre alle 2")
    assert "giovedi" in heard_tokens("le pastiglie ciò vedi prossimo alle 9")
    assert "giovedi" in heard_tokens("il tagliando ciò vedì pomeriggio")


def test_thursday_heard_books_the_day() -> None:
    p = parse_it("Tagliando per la AB 123 CD ciò vedì 10 dicembre alle due dei pomeriggio.")
    assert p.intent == "book" and p.slots.get("date") == "2026-12-10", (p.intent, p.reason, p.slots)
    assert p.slots.get("time") == "14:00", p.slots


def test_venetian_cio_vedi_stays() -> None:
    assert "giovedi" not in heard_tokens("Ciò, vedi se c'è posto domani per la Panda")
    assert "giovedi" not in heard_tokens("ciò vedi tu la revisione")
