"""Set 47 as whisper heard it: DW 249 HP said "di doppia vu due quattro nove acca pi", written "di doppia V2 e 4 nove
A capi": W's "vu" with the plate's first digit run onto it. The glued "v2" left "doppia" to be read by its sound
(PAV2E49HP); "doppia" then "vu" and digits is W and those digits."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Fating Marrone di Cadinetti, di doppia V2 e 4 nove A capi, le visione", "DW249HP"),
        ("di doppia v2 4 nove a capi", "DW249HP"),
        ("effe doppia v24 9 a capi", "FW249HP"),
        ("gi doppia vu3 1 0 a capi", "GW310HP"),
    ],
)
def test_w_with_digits_on_its_vu(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "la doppia v2 di Rossi domani alle 10",  # too few symbols for a plate
        "una camera doppia v2 per domani",
    ],
)
def test_no_plate_from_doppia_alone(text: str) -> None:
    assert plates_in(text) == []
