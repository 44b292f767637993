"""An appointment struck out, said last after why the customer is not coming ("Mrs Tagliavini won't be coming for the
service on the Sapphire on Monday the 10th of May. Delta Hotel 5 0 7 Mike November. Strike it out.", set 50: no
intent read): a cancellation. With no reason before it, or words after it, none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("Mrs Tagliavini won't be coming for the service on DH 507 MN on Monday the 10th of May. Strike it out.",
         "2027-05-10"),
        ("Mr Rossi can't make the MOT on DH 507 MN on Friday the 4th of December, so cross it off please.",
         "2026-12-04"),
    ],
)  # fmt: skip
def test_struck_out_after_a_reason_is_a_cancel(text: str, old: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"old_date": old})


@pytest.mark.parametrize(
    "text",
    [
        "DH 507 MN, the MOT on Friday the 4th of December. Strike it out.",
        "Mr Rossi won't be coming, strike it out of the letter",
    ],
)
def test_no_reason_or_words_after_is_no_cancel(text: str) -> None:
    assert parse_en(text).intent != "cancel"
