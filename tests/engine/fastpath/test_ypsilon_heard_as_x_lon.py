"""Y's "ipsilon" with its "ipsi" heard as an x and the i after it lost: "X-Lon", "Xlon", "Xlone", "Ixlon", run onto
the letter before ("GX-Lon 5 e 8 …" for G Y, set 24) and written with a hyphen ("Targasi X-Lon 0,5 …", set 46): read
as Y in a plate's run; the same letters with no plate about stay as they are."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la macchina targata e x-lon 5 1 8 i lunga ci, a chi è intestata", "EY518JC"),
        ("la Punto, targa ci Xlon 1 2 3 AB, tagliando domani", "CY123AB"),
        ("la Clio, GX-Lon 5 8 2 TA, tagliando", "GY582TA"),
        ("la Panda, ti Ixlon 4 4 0 RS", "TY440RS"),
    ],
)  # fmt: skip
def test_ypsilon_heard_as_x_lon(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["GX-Lon 5 8 2 TA", "Targasi X-Lon 0,5 tre"])
def test_x_lon_with_its_hyphen_stays_one_word(text: str) -> None:
    tokens = heard_tokens(text)
    assert "lon" not in tokens and any(t.endswith("xlon") for t in tokens)


@pytest.mark.parametrize("text", ["il Nylon-X della Rossi", "un x-ray al ginocchio", "la X-Trail grigia"])
def test_other_hyphened_words_are_not_ypsilon(text: str) -> None:
    assert not any(t.endswith("xlon") for t in heard_tokens(text))
