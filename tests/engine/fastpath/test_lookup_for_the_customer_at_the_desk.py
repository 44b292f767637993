"""A plate said for the customer at the desk ("Cercami la HT 152 TJ, che il cliente è qui al bancone", set 39, its
"cercami la" heard "c'è Camila"; "GE 404 NW, ho qui il cliente", "the customer's here with EZ 733 VR"): the plate's
record wanted, a look-up. Only with a plate said ("il cliente è qui al banco" alone asks nothing); a write or a history
asked with it is that."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("C'è Camila Hotel Torino 1.5.2 Torino Jolly. Che il cliente è qui a bancone.", "HT152TJ"),
        ("decamila hotel torino uno cinque due torino jolli che il cliente è qui a bancone", "HT152TJ"),
        ("GE 404 NW, ho qui il cliente", "GE404NW"),
        ("La signora è qui al banco con la FB 906 VG", "FB906VG"),
    ],
)
def test_a_plate_for_the_one_at_the_desk_is_looked_up(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


def test_in_english() -> None:
    assert_parsed(parse_en("The customer's here with EZ 733 VR"), "lookup_plate", {"plate": "EZ733VR"})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Il cliente è qui al banco, prenota il tagliando alla GE 404 NW domani alle 9", "book"),
        ("Il cliente è qui al banco, quando gli abbiamo fatto il tagliando alla GE 404 NW?", "vehicle_history"),
        ("Il cliente è qui al banco", None),
        ("La signora è qui per la revisione di domani", None),
    ],
)
def test_anything_else_said_with_it_is_read_so(text: str, intent: str | None) -> None:
    assert parse_it(text).intent == intent, text


async def test_the_car_is_named_and_nothing_written(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("AB 123 CD, il cliente è qui al bancone", context, alone=True)
    assert out.handled and "Panda" in out.reply_text and wrote_nothing(out), out
