"""Plate letters whisper base runs into words, from held-out set 18's transcripts (the sentences below are new):
J's "i lunga" written as one word with the next letter's name run on ("ilungaere": J R), "e vu" written "evo",
a plate's last letters said as names and written onto its digits ("7tici": 7 T C), where the letters as written
would make another plate ("7TI") that must not be taken as said plainly, and a run whose start is the sentence
("dire da Ellie, evo 830 …") too long to read as any plate until those words are left out."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plate_hearing import find_heard, token_readings, word_readings
from engine.fastpath.plates_spoken import find_plates


def _heard(text: str) -> str | None:
    span = find_heard(heard_tokens(text))
    return span.plate if span else None


def _plates(text: str) -> list[tuple[str, bool]]:
    return [(m.plate, m.misheard) for m in find_plates(heard_tokens(text))]


def test_i_lunga_as_one_word_with_the_next_letter_run_on_is_j_and_that_letter() -> None:
    assert word_readings("ilungaesse", limit=1)[0].text == "JS"
    assert word_readings("ilungaere", limit=1)[0].text == "JR"
    assert _heard("la Golf di Bianchi, evo 412 Ilungaesse, domani alle 9") == "EV412JS"


def test_e_vu_run_together_reads_e_v() -> None:
    assert "EV" in [r.text for r in word_readings("evo", limit=4)]


def test_letter_names_written_onto_the_digits_are_read_as_names() -> None:
    assert "7TC" in [r.text for r in token_readings("7tici")[:3]]
    # the "TI" of "7TICI" is no plate said plainly: the mishearing model reads it
    assert _plates("la Clio di Rossi e il lunga 3-1-7tici domani alle 9") == [("EJ317TC", True)]


def test_a_plate_written_whole_is_still_taken_as_said() -> None:
    assert _plates("la Clio AB123CD domani alle 9") == [("AB123CD", False)]
    assert _plates("la Clio AB 123 CD e la Panda") == [("AB123CD", False)]


def test_the_sentence_before_a_long_run_is_left_out() -> None:
    heard = _heard("per la super dire da Ellie. Evo 412 il lunga. Manda un promemoria")
    assert heard is not None and heard.startswith("EV412J")


def test_words_with_no_digits_are_no_plate() -> None:
    assert _heard("la strada ilunga verso casa") is None
    assert _heard("per la super dire da Ellie evo il lunga") is None
