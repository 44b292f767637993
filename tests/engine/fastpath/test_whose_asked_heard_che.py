"""Set 47 as whisper heard it: "C'è un signore al cancello con la … DR 5 0 5 HP: chi è il cliente?" written "…
di R505HP, che è il cliente.": the look-up's "chi" heard "che". Put back only when "che è il/la" and the owner's
noun close the request after a plate; a relative inside the request, or with no plate before it, stays."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("C'è un signore al cancello colonizzatano di R505HP, che è il cliente.", "DR505HP"),
        ("c'è qui la AB 123 CD, che è il proprietario?", "AB123CD"),
        ("è arrivata la EF 456 GH, che è la proprietaria?", "EF456GH"),
    ],
)
def test_owner_asked_after_the_plate(text: str, plate: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.slots["plate"] == plate, (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "la Panda di Rossi, che è il cliente",  # no plate
        "la AB 123 CD di Rossi, che è il cliente di ieri",  # not the request's end
    ],
)
def test_a_relative_stays_as_heard(text: str) -> None:
    assert parse_it(text).intent != "lookup_plate"


def test_a_booking_with_the_relative_stays_a_booking() -> None:
    p = parse_it("prenota un tagliando per la AB 123 CD di Rossi, che è il cliente")
    assert p.intent == "book" and p.slots["plate"] == "AB123CD", p
