"""The slot said to be none yet, short, in English (set 52: "Mrs Giacalone's Mikasa needs the AC regassed, BV 614 KA,
sometime on Wednesday the 23rd of December. No time yet, she'll get back to us." was refused as a negation): the
booking with that slot asked, nothing written; its "no" is no negation. "No" said of anything else stays one."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Mrs Giacalone's Punto needs the AC regassed, BV 614 KA, sometime on Wednesday the 23rd of December. No time "
         "yet, she'll get back to us.", "time"),
        ("MOT for BV 614 KA on Wednesday the 23rd of December, time to be confirmed.", "time"),
        ("Book an MOT for BV 614 KA on Wednesday the 23rd of December, no time fixed yet.", "time"),
        ("The Punto, BV 614 KA, needs an MOT. No date yet, he'll ring back.", "date"),
        ("Book an MOT for Mrs Rossi's Punto on Friday at 10, no reg as yet, she'll let us know.", "plate"),
    ],
)  # fmt: skip
def test_the_slot_is_asked(text: str, missing: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and not p.handled and p.reason == f"missing:{missing}", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Book an MOT for BV 614 KA on Friday at 10. No, Saturday.",
        "Book an MOT for BV 614 KA on Friday at 10, no reminder.",
    ],
)
def test_other_noes_still_refuse(text: str) -> None:
    p = parse_en(text)
    assert not p.handled, (p.intent, p.reason, p.slots)
