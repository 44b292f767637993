"""English: the call the person at the counter has to make, said after the owner's look-up as why it is asked
("Who's the owner on the little Microlino, DE 486 DJ? I need to ring them.", set 38; "…, I have to call him", "…, we
need to phone the owner"): no call asked of the fast path, so the read is answered. Said first or as an order
("ring the owner of …") it stays refused, and a write said with it waits on an answer (refused)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Who's the owner on the little Microlino, DE 486 DJ? I need to ring them.",
        "Who owns DE 486 DJ? I have to call him.",
        "Whose is DE 486 DJ, we need to phone the owner.",
    ],
)
def test_the_call_to_make_is_why_the_owner_is_asked(text: str) -> None:
    assert_parsed(parse_en(text), "lookup_plate", {"plate": "DE486DJ"})


@pytest.mark.parametrize(
    "text",
    [
        "I need to ring the owner of DE 486 DJ.",
        "Ring the owner of DE 486 DJ.",
        "Book DE 486 DJ for an MOT tomorrow at 9, I need to call them.",
        "Cancel DE 486 DJ's booking tomorrow, I have to ring her.",
    ],
)
def test_a_call_asked_or_said_with_a_write_stays_refused(text: str) -> None:
    p = parse_en(text)
    assert p.intent is None and not p.handled, (p.intent, p.reason)
