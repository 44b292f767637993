"""W's "doppia vu" written with the "d" of "doppia" run onto the word before ("acc ad oppia vu" for acca doppia
vu: H W, set 31; "ed oppia v" for E W): the word before keeps what it was without the "d", a letter's name cut
joined back ("acca"), and W is read. New sentences in the shape the set heard; "oppia" after a word with no "d",
and a word ending in "d" before anything but "oppia vu", are left as heard."""

from __future__ import annotations

from engine.fastpath.plate_hearing import join_letter_names
from tests.engine.fastpath.italian import plates_in


def _joined(text: str) -> list[str]:
    return join_letter_names(text.split())


def test_acca_then_doppia_with_its_d_run_back() -> None:
    assert _joined("f 7 6 1 acc ad oppia vu per") == ["f", "7", "6", "1", "acca", "doppiavu", "per"]


def test_e_then_doppia_with_its_d_run_back() -> None:
    assert _joined("ed oppia vu 4 5 0") == ["e", "doppiavu", "4", "5", "0"]


def test_plate_read_with_acca_doppia_run_back() -> None:
    text = "segnami il Doblò della Ferri. Di G, 4, 2, 8 acc ad oppia vu. Per i freni, martedì primo dicembre alle 10"
    assert plates_in(text) == ["DG428HW"]


def test_oppia_alone_is_no_w() -> None:
    assert _joined("la oppia vu") == ["la", "oppia", "vu"]


def test_word_ending_in_d_before_other_words_stays() -> None:
    assert _joined("ad oggi la FG 123 AB") == ["ad", "oggi", "la", "FG", "123", "AB"]
    assert _joined("ed oppia") == ["ed", "oppia"]
