"""The hour settled on with "facciamo" at the end of a dictated booking, right after its day ("…, cambio
pastiglie, venerdì 18 dicembre, facciamo alle 4", "…: revisione lunedì 30, facciamo le 4"): the hour, no verb
of a booking, so the booking said without a verb is read as it is without "facciamo". A "facciamo" with more
than the hour after it, or with no day before it, is left as said. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date(), unknown_ok=True)


def test_facciamo_alle_after_the_date() -> None:
    p = _parse("La Panda bianca della Ferri, GB 123 CD, cambio pastiglie, giovedì 17 dicembre, facciamo alle 4.")
    assert p.intent == "book"
    assert p.slots.get("date") == "2026-12-17" and p.slots.get("time") == "16:00"


def test_facciamo_le_after_the_weekday_and_its_number() -> None:
    tokens = heard_tokens("la Panda della Ferri, GB 123 CD: tagliando martedì 15, facciamo le 9 e mezza")
    assert tokens[-5:] == ["15", "alle", "9", "e", "mezza"]
    assert "facciamo" not in tokens


def test_facciamo_with_the_job_after_the_hour_keeps_its_verb() -> None:
    tokens = heard_tokens("giovedì 17 dicembre facciamo alle 4 il tagliando della Panda")
    assert "facciamo" in tokens


def test_facciamo_with_no_day_before_it_is_left() -> None:
    assert "facciamo" in heard_tokens("la Panda della Ferri, GB 123 CD, revisione, facciamo alle 4")
    assert "facciamo" in heard_tokens("per il tagliando facciamo le 4?")
