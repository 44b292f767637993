"""A spoken plate's digit written as a Roman numeral, and a plate corrected mid-way whose last pair whisper base
heard as words, from held-out set 19's transcripts (the sentences below are new): "Genova Washington II, 9 4 …"
(due written as after a name); "FZ 1 3, no, scusa, 1 2 7 acab bi" (acca bi), read as a misheard plate so the
workshop's data decides."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import heard_tokens, parse
from engine.fastpath.plates_spoken import find_plates


def _plates(text: str) -> list[str]:
    return [m.plate for m in find_plates(heard_tokens(text))]


def test_roman_two_after_a_city_word_is_a_digit() -> None:
    assert _plates("cercami Firenze Livorno II, 9 0 Savona Xeres") == ["FL290SX"]


def test_roman_numeral_before_a_year_stays() -> None:
    assert "GA2" not in "".join(_plates("la Golf II 1998 di Rossi, AB 123 CD"))


def test_roman_numeral_of_a_model_stays() -> None:
    assert _plates("la serie III di Rossi, DK 093 PS") == ["DK093PS"]


def test_a_plate_said_again_with_its_pair_heard_as_words() -> None:
    found = find_plates(heard_tokens("la Corolla, GT 4 8, no scusa, 4 9 1 accabi, tagliando domani alle 9"))
    assert [m.plate for m in found] == ["GT491HB"]
    assert found[0].misheard  # never written at once: the workshop's data decides, or the write is said back


def test_the_correction_is_no_longer_refused() -> None:
    p = parse(
        "la Corolla di Rossi, GT 4 8, no scusa, 4 9 1 accabi, tagliando domani alle 9",
        language="it",
        today=today(),
    )
    assert p.intent == "book" and p.slots.get("plate") == "GT491HB"


def test_a_word_after_the_digits_is_no_pair() -> None:
    p = parse("la Corolla, GT 4 8, no scusa, 4 9 1 domani alle 9", language="it", today=today())
    assert p.slots.get("plate") != "GT491DA"
