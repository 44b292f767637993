"""A plate's digits said as words and written by whisper over workshop noise as one word: the vowel that ends one
digit word and opens the next said once ("otto otto nove": "ottottonove"), or a double consonant heard single
("sette uno": "seteuno"). The word holds the plate's digits, so the span is read as a plate and the workshop's
data decides among the candidates. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from engine.fastpath.plate_hearing import find_heard, word_readings
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date(), unknown_ok=True)


def test_two_eights_and_a_nine_run_together() -> None:
    assert word_readings("ottottonove")[0].text == "889"


def test_a_single_t_seven_run_into_one() -> None:
    assert word_readings("unosete")[0].text == "17"
    assert word_readings("seteunovuacca")[0].text == "71VH"


def test_a_plate_with_its_digits_run_together_is_heard() -> None:
    p = _p("cancella il tagliando di domani della targa CM ottottonove capa a")
    assert p.intent == "cancel" and p.slots.get("plate") == "CM889KA", p


def test_the_letters_after_run_on_digits_are_kept() -> None:
    p = _p("segnami un cambio gomme per la BD 2 seteunovuacca giovedì alle 10")
    assert p.intent == "book" and p.slots.get("plate") == "BD271VH", p


def test_an_ordinary_long_word_holds_no_digits() -> None:
    # words of the sentence are no digits run together: no plate out of them
    for text in (
        "mi prenoti un tagliando settimana prossima per la signora",
        "la nera di ottaviano la porta domani",
    ):
        assert find_heard(text.split()) is None, text


def test_digit_words_with_a_vowel_heard_off() -> None:
    # over noise "sette" and "nove" come out "setti", "satte", "novi": still the plate's digits
    p = _p("di chi è la targa ci vu quattro uno setti i lunga pi?")
    assert p.intent == "lookup_plate" and p.slots.get("plate") == "CV417JP", p
    assert word_readings("novi")[0].text == "9" and word_readings("satte")[0].text == "7"
