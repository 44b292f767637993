"""A plate's Y ("ipsilon") with its "ps" written "x" by whisper, its opening "i" maybe run into the letter before
("GXIlon 582TA" for gi ipsilon 582 TA): read as Y. Words that merely open alike ("xilofono") are no plate."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("La Clio di Rossi, GXIlon 417TA. Mi serve un tagliando.", "GY417TA"),
        ("La Panda, ci ixilon 205 BD, la revisione.", "CY205BD"),
    ],
)
def test_ipsilon_so_heard_is_y(text: str, plate: str) -> None:
    assert plate in plates_in(text), plates_in(text)


def test_a_word_alike_is_no_plate() -> None:
    assert plates_in("Il figlio suona lo xilofono da lunedì.") == []
