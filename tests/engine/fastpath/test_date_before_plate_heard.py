"""An appointment's date said after "del"/"dal" right before a plate whisper base heard with its letters run on, from
held-out set 18's transcripts (the sentences below are new): "l'appuntamento del 14 e V830 …" is the 14th and then
the plate, never a plate 14EV830 (no Italian plate opens with a digit). A number that is no day of the month stays
where it was."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import heard_tokens, parse
from engine.fastpath.plates_spoken import find_plates


def _plates(text: str) -> list[str]:
    return [m.plate for m in find_plates(heard_tokens(text))]


def test_the_date_after_del_is_no_plate_digit() -> None:
    assert _plates("togli l'appuntamento del 9 e V 412 JR") == ["EV412JR"]
    p = parse("togli l'appuntamento del 9 e V 412 JR", language="it", today=today())
    assert p.slots.get("old_date") == "2026-12-09"


def test_a_plate_heard_so_is_still_unsure() -> None:
    found = find_plates(heard_tokens("togli l'appuntamento del 9 e V412 rungaer"))
    assert found and found[0].misheard  # a cancel of it is said back for a yes


def test_a_number_that_is_no_day_stays() -> None:
    assert _plates("il tagliando dal 2019 AB 123 CD") == ["AB123CD"]
