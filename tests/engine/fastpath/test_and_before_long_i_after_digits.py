"""An "e" heard between a plate's digits and J's "i lunga" with the plate's last letter said after the J ("GD267 e
Ilunga M", set 52; "FX572 e il Lunga M", set 41: GD 267 JM, FX 572 JM): one symbol too many for a plate, and the
"e" is the one that is also a word, so it is left out and the last letter said plainly kept (a misheard plate: the
workshop's plates decide). "e" with no letter after the J, or a J said with no "e", is read as before."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates
from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Chierina Torisi, la Corsair verde, GD267 e Ilunga M, diagnosi venerdì 8 gennaio", "GD267JM"),
        ("la revisione del Capair, FX572 e il Lunga M, la gamba", "FX572JM"),
        ("la Panda, AB 1 2 3 e i lunga ci, tagliando", "AB123JC"),
    ],
)  # fmt: skip
def test_e_before_long_i_left_out(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_read_so_the_plate_is_a_misheard_one() -> None:
    (found,) = find_plates(heard_tokens("GD267 e Ilunga M, diagnosi venerdì"))
    assert found.plate == "GD267JM" and found.misheard


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la AB123 e i lunga, poi il tagliando", "AB123EJ"),  # no letter after the J: the E stays
        ("GV417 e lunga P, fai partire il promemoria", "GV417JP"),  # "e lunga" is J's own "i lunga"
        ("la Panda, AB 123 E J, tagliando", "AB123EJ"),
    ],
)  # fmt: skip
def test_otherwise_read_as_before(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]
