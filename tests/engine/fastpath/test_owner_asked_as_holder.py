"""The owner asked by the holder's word ("Chi è il titolare di quella giallina parcheggiata davanti al cancello? La
targa da qui non si legge.", set 37) was refused: a look-up, the plate asked for when it was not said. "Titolare"
alone is none: "chiama il titolare" is the workshop's own, or a firm's; "è il titolare a decidere" names who
decides."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


def test_no_plate_said_it_is_asked_for() -> None:
    text = "Chi è il titolare di quella giallina parcheggiata davanti al cancello? La targa da qui non si legge."
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Chi è la titolare della AB 123 CD?", "AB123CD"),
        ("La FN 727 VW qui fuori: chi ne è il titolare?", "FN727VW"),
        ("Chi risulta l'intestatario della Panda AB 123 CD?", "AB123CD"),
    ],
)
def test_the_holder_of_a_plate_is_looked_up(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


@pytest.mark.parametrize(
    "text",
    ["Chiama il titolare della carrozzeria per il preventivo.",
     "Il titolare mi ha detto di fare il tagliando alla AB 123 CD venerdì alle 9.",
     "La signora dice che è il titolare a decidere, richiama dopo."],
)
def test_titolare_alone_asks_no_owner(text: str) -> None:
    assert parse_it(text).intent != "lookup_plate"


async def test_the_holder_named_on_the_workshop(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Chi è il titolare della Panda AB 123 CD?", context)
    assert out.handled and "Mario Rossi" in out.reply_text, out.reply_text
    assert wrote_nothing(out)
