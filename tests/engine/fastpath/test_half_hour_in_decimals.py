"""An hour "e mezza" written by whisper base as a decimal half: "alle 2.5", "alle 2.5mm", "a 2.5.".

The main set rendered on a new machine was heard "… Avenerdi 4, 12mm alle 2.5mm" for "a venerdì 4 dicembre alle 2
e mezza": the ".5mm" fell away and the appointment was moved to 14:00, a wrong write. A half written in decimals
after "alle" is the half hour; anywhere else ("2.5 litri", "il 2.5") it is left as it was."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize("said", ["alle 2.5", "alle 2.5mm", "alle 2,5", "a 2.5."])
def test_a_half_in_decimals_after_alle_is_the_half_hour(said: str) -> None:
    p = parse(f"sposta il tagliando della AB 123 CD a venerdì 4 dicembre {said}", today=TODAY)
    assert p.intent == "move" and p.slots.get("time") == "14:30", p


def test_elsewhere_a_decimal_stays_as_written() -> None:
    assert tokenize("2.5 litri di olio") == ["2", "5", "litri", "di", "olio"]
    assert tokenize("alle 9.30") == ["alle", "9:30"]
    assert tokenize("alle 2.55") == ["alle", "2:55"]
