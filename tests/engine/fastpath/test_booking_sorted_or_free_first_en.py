"""English bookings of set 49: "sort a <job>" with its service right after it ("Can you sort a battery swap for the
little three-wheeler, …?"), the number of its wheels no stray number, and what is free first ("Whatever's free first,
stick it in there") the first free slot."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Can you sort a battery swap for the little three-wheeler, Delta Alpha 9 4 4 November Alpha, Friday 18th "
         "December at 9?", {"plate": "DA944NA", "service": "battery", "date": "2026-12-18", "time": "09:00"}),
        ("Sort out an oil change for EN 674 XP on Monday at 10.",
         {"plate": "EN674XP", "service": "oil_change", "date": "2026-11-30", "time": "10:00"}),
        ("Echo November 6 7 4 X-ray Papa is due its MOT. Whatever's free first, stick it in there.",
         {"plate": "EN674XP", "service": "inspection", "first_free": True}),
    ],
)  # fmt: skip
def test_sorted_or_put_in_whatever_is_free_first(text: str, want: dict[str, object]) -> None:
    assert_parsed(parse_en(text), "book", want)


@pytest.mark.parametrize(
    "text",
    [
        "Can you sort a quote for the brakes on EN 674 XP?",  # a price
        "Can you sort out the bill for EN 674 XP?",
    ],
)
def test_a_quote_or_the_bill_sorted_books_nothing(text: str) -> None:
    assert parse_en(text).intent != "book"
