"""A plate's second letter A lost into the first letter's name ("effe a" heard "F": "F-671 L-K" for FA671LK, "H990
VR" for HA990VR, "padmini, F-025HL" for FA035HL): whisper base loses an A there four times as often as another
second letter (kept transcripts of sets 17 to 53), so a plate on file with that A explains the heard plate more
cheaply than one with another letter lost; and a model's or surname's word right before the one letter heard is
the car, not the plate's letters ("alla padmini, F-025HL" was read PA F 025 HL). New sentences, the contract
workshop's Renegade ZA987YE."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import heard_tokens
from engine.fastpath.plate_hearing import explain, find_heard, rank, readings
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


def test_a_lost_after_the_first_letter_is_cheaper_than_another_letter() -> None:
    assert explain("F671LK", "FA671LK") < explain("F671LK", "FE671LK") < explain("F671LK", "FA671LM") + 1
    assert explain("F671LK", "FE671LK") == explain("F671LK", "FT671LK")  # any other letter lost costs the same


def test_the_plate_with_a_second_a_wins_over_one_with_another_letter() -> None:
    ranked = rank(readings(tokenize("F 671 LK")), ["FA671LK", "FE671LK"])
    assert ranked[0].plate == "FA671LK" and ranked[0].confidence > ranked[1].confidence + 0.3, ranked


def test_an_a_lost_elsewhere_is_no_cheaper() -> None:
    assert explain("FT671K", "FT671KA") == explain("FT671K", "FT671KE")  # the last letter lost: as any other


def test_a_model_before_one_letter_is_no_letter_of_the_plate() -> None:
    tokens = list(heard_tokens("quando abbiamo cambiato la batteria alla padmini, F-025HL, chiede lei"))
    heard = find_heard(tokens)
    assert heard is not None and heard.plate == "F025HL" and tokens[heard.start] == "f", heard
    assert rank(list(heard.readings), ["FA035HL", "PA035HL"])[0].plate == "FA035HL"


def test_letter_names_run_into_a_word_before_the_letter_stay_the_plate_s() -> None:
    # "accadi" reads as acca di: the plate's H D, not a word of the sentence
    heard = find_heard(list(heard_tokens("la Panda accadi 025 LM")))
    assert heard is not None and heard.plate.startswith("HD"), heard


async def test_the_car_is_found_with_its_second_a_lost(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la Renegade verde, Z 987 YE?", context)
    assert "ZA987YE" in out.reply_text and not out.clarification, out
    assert wrote_nothing(out)


async def test_a_plate_two_slips_away_is_asked_not_written(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la Z 982 YE domani alle 10", context)
    assert wrote_nothing(out), out.tool_calls
