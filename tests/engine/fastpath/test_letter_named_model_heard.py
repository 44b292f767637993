"""A model named by a letter and a number, both said as words ("la ci tre": the C3, "la i dieci": the i10), whisper
writing them apart or run together ("citre"): the vehicle described; a plate's or a date's symbols stay."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 12, 5)


def _vehicle(text: str) -> dict[str, str] | None:
    return parse(text, language="it", today=TODAY).slots.get("vehicle_description")


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("fammi vedere lo storico della ci tre grigia di Martini", "C3"),
        ("lo storico della citre rossa di Gatti", "C3"),
        ("fammi lo storico della i dieci bianca di Greco", "i10"),
        ("lo storico della idieci bianca di Greco", "i10"),
    ],
)
def test_letter_and_number_said_as_words(text: str, model: str) -> None:
    described = _vehicle(text)
    assert described is not None and described["model"] == model


def test_booking_with_the_model_run_on_is_understood() -> None:
    parsed = parse("segnami un tagliando per la citre nera di Conti giovedì alle dieci", language="it", today=TODAY)
    assert parsed.intent == "book" and parsed.handled
    assert parsed.slots["vehicle_description"]["model"] == "C3"
    assert parsed.slots["time"] == "10:00"


def test_plate_symbols_after_an_article_stay_a_plate() -> None:
    """ "la ci tre quattro …" goes on with numbers: a plate's or a count's, never the C3."""
    assert _vehicle("di chi è la ci tre quattro cinque") is None


def test_no_model_of_that_name_stays_words() -> None:
    """ "la di tre" names no model (there is no D3): nothing is described."""
    assert _vehicle("lo storico della di tre di Rossi") is None
