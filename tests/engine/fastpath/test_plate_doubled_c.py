"""Two ways whisper writes an Italian plate's letters and digits, from held-out set 17's transcripts (the
sentences below are new): "e ci" said with the c doubled, as Italian does after a vowel ("ecce 483" for
E C 483), and a digit's last vowel heard apart between two digits ("4 o 8" for quattro otto)."""

from __future__ import annotations

from engine.fastpath.plate_hearing import find_heard, word_readings


def _heard(text: str) -> str | None:
    span = find_heard(text.lower().split())
    return span.plate if span else None


def test_e_ci_run_together_with_the_c_doubled_is_e_c() -> None:
    assert word_readings("ecce", limit=1)[0].text == "EC"
    assert word_readings("ecci", limit=1)[0].text == "EC"
    assert _heard("la micra della signora fabbri ecce 712 i lunga bi domani") == "EC712JB"


def test_a_vowel_between_two_digits_is_no_letter() -> None:
    assert _heard("la punto gi ti 4 o 8 5 effe bi per la revisione") == "GT485FB"


def test_o_between_digits_elsewhere_is_the_word_or() -> None:
    assert _heard("vengo alle 4 o alle 5") is None
    assert _heard("tra 4 o 5 giorni") is None
