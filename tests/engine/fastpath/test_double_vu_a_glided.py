"""W said "doppia vu" with the "a" of "doppia" heard again before the "vu" and the next letter run on ("doppia
avudi" for W D). New sentences in the shape set 21 heard."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import plates_in as _plates


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("La Tipo, e kappa 653 doppia avudi, quando ha fatto la revisione?", "EK653WD"),
        ("Di chi è la acca a 382 doppia avuesse?", "HA382WS"),
    ],
)
def test_w_with_its_a_heard_again(text: str, plate: str) -> None:
    assert _plates(text) == [plate]


def test_an_ordinary_word_after_doppia_spells_no_letters() -> None:
    assert _plates("Ha la doppia avanti e dietro, la Panda AB 123 CD.") == ["AB123CD"]
