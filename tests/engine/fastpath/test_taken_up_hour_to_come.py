"""The service said first and taken up by a pronoun ("la revisione gliela facciamo martedì 15"), the hour left to
the customer ("l'ora poi la decide lui"): a booking with its hour asked, never guessed. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_the_hour_to_come_is_asked() -> None:
    p = _p("La Panda di Rossi, AB 123 CD, il tagliando glielo facciamo giovedì 5, l'ora poi la decide lei.")
    assert p.intent == "book" and p.reason == "missing:time" and p.slots["date"] == "2026-03-05", p
    assert "time" not in p.slots


def test_taken_up_with_no_hour_and_none_to_come_stays_as_it_was() -> None:
    assert _p("La Panda di Rossi, AB 123 CD, il tagliando glielo facciamo giovedì 5.").intent is None


def test_what_we_always_do_is_no_booking() -> None:
    assert _p("il tagliando lo facciamo sempre noi, l'ora poi la decide lui").intent is None
