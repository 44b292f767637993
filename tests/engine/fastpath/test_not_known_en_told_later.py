"""What the customer could not give, said in English after the request: the registration not on them, told in the
past ("the lady didn't have her registration with her"), and the hour the customer will ring to say ("he'll phone to
tell us what time suits"). Neither is a negation or a call to make: the booking is taken and the missing slot
asked for. New sentences in the shape held-out set 25 said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, slot


@pytest.mark.parametrize(
    "text",
    [
        "Book a battery for a grey hatchback on Friday at 9; the lady didn't have her registration with her.",
        "Put down an MOT for a red van tomorrow at 3, the chap did not have his reg on him.",
    ],
)
def test_the_registration_not_had_asks_for_the_plate(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.reason in ("missing:vehicle", "missing:plate"), (
        p.intent,
        p.reason,
        p.slots,
    )
    assert slot(p, "plate") is None and slot(p, "time") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Book the Panda, GH 907 MN, in for tyres on Monday the 30th. He'll phone to tell us what time suits.",
        "Can you book the white Clio, DR 815 DL, for an oil change on Thursday? She'll ring back to say what time.",
        # its "to" heard "the"
        "Book the Panda, GH 907 MN, for a battery on Friday the 27th, he'll call the say what time suits.",
    ],
)
def test_the_hour_the_customer_will_ring_with_is_asked(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and not (p.reason or "").startswith("out_of_scope"), (
        p.intent,
        p.reason,
        p.slots,
    )
    assert slot(p, "date") is not None and slot(p, "time") is None


@pytest.mark.parametrize(
    "text",
    [
        "Don't book the Panda GH 907 MN tomorrow at 9.",
        "Book the Panda GH 907 MN tomorrow at 9, she'll ring to say if she wants it.",
        "Ring Mrs Rossi about the Panda GH 907 MN.",
    ],
)
def test_a_negation_a_condition_or_a_call_asked_are_still_refused(text: str) -> None:
    p = parse_en(text)
    assert p.intent is None and p.reason.startswith("out_of_scope"), (p.intent, p.reason)
