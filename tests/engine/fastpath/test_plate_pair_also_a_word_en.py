"""An English plate whose first pair is also a word and whose digits are said one by one ("the C-Max, FA 6 7 1
LK": no C-Max letters in it), or whose last pair is an abbreviation typed as one ("FZ 5 96 MR", "Mr"), from
held-out set 22's English rows (the sentences below are new): read plainly, the plate as said, not by the
mishearing model (which ran the model's name into it, CMAXA671LK, or left the write unsure)."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import heard_tokens, parse
from engine.fastpath.plates_spoken import find_plates


def _plates(text: str) -> list[tuple[str, bool]]:
    return [(m.plate, m.misheard) for m in find_plates(heard_tokens(text))]


def test_first_pair_a_word_digits_one_by_one() -> None:
    assert _plates("shift the S-Max, FA 3 2 9 KD, to Monday at 9") == [("FA329KD", False)]
    assert _plates("book the Golf, HA 2 0 5 VC, for a service") == [("HA205VC", False)]
    p = parse("Can you move the C-Max, SE 4 1 8 KD, to Tuesday the 1st at 10?", language="en", today=today())
    assert p.slots.get("plate") == "SE418KD"


def test_last_pair_an_abbreviation() -> None:
    assert _plates("the red Clio, GR 4 17 MS, tomorrow at 9") == [("GR417MS", False)]
    assert _plates("book the Micra, DK 238 MR, on Friday") == [("DK238MR", False)]


def test_a_word_after_a_plate_cut_short_stays_a_word() -> None:
    assert ("EF456ON", False) not in _plates("the Panda EF 456 on Friday")
    assert not any(
        plate == "HA150KM" and not misheard for plate, misheard in _plates("it has 1 5 0 km on it")
    )
    assert _plates("at 9 3 0 pm tomorrow") == []
