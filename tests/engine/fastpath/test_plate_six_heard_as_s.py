"""A plate's last digit 6 ("sei") whisper base heard as the letter S run onto the last pair, and W's "vu" heard "vo"
after a "doppia" written as a 2, from held-out set 18's transcripts (the sentences below are new): "la F2Pavo 3 1
SKM" for F W 3 1 6 K M. No plate group has three letters, so the S is likelier the 6; a word stays a word."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plate_hearing import readings
from engine.fastpath.plates_spoken import find_plates


def _plates(text: str) -> list[str]:
    return [m.plate for m in find_plates(heard_tokens(text))]


def test_six_heard_as_s_before_the_last_pair() -> None:
    assert readings(["ab", "3", "1", "skm"])[0].text == "AB316KM"


def test_doppia_as_two_and_vu_as_vo() -> None:
    found = find_plates(heard_tokens("la F2Pavo 3 1 SKM, me la cerchi?"))
    assert [m.plate for m in found] == ["FW316KM"]
    assert found[0].misheard  # read by the mishearing model: the workshop's data decides


def test_a_word_with_s_stays_a_word() -> None:
    assert not any(r.text.startswith("6") for r in readings(["sms"]))
    assert _plates("mandagli un sms per la AB 316 KM") == ["AB316KM"]
