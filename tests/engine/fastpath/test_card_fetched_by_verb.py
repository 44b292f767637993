"""A vehicle's card asked with a verb of fetching ("Trovami la scheda cliente della DV 460 BS", set 37; "recuperami
la pratica", "dammi i dati") was refused: the card fetched is the card shown, a look-up. Those verbs show a card only
with the card named right after them: "trovami un posto per …", "dammi il primo buco …" ask for room."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Trovami la scheda cliente della DV 460 BS.", "DV460BS"),
        ("Trovami la scheda cliente della di V 460 BS.", "DV460BS"),  # as whisper heard it
        ("Recuperami la pratica della Panda AB 123 CD.", "AB123CD"),
        ("Dammi i dati della AB 123 CD.", "AB123CD"),
        ("Mi trovi la scheda della FN 727 VW?", "FN727VW"),
    ],
)
def test_the_card_fetched_is_looked_up(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


def test_room_found_is_no_card() -> None:
    assert parse_it("Trovami un posto per la revisione della AB 123 CD.").intent == "first_free_slot"
    assert parse_it("Dammi il primo buco per la AB 123 CD per il tagliando.").intent == "book"
    assert parse_it("Trovami la AB 123 CD.").intent is None


async def test_the_card_shown_from_the_workshop(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Trovami la scheda cliente della AB 123 CD.", context)
    assert out.handled and "Mario Rossi" in out.reply_text, out.reply_text
    assert wrote_nothing(out)
