"""Phone numbers to E.164 with Italy as the default country."""

from __future__ import annotations

import pytest

from wp_api.messaging import InvalidPhoneNumber, normalize_phone


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("333 123 4567", "+393331234567"),
        ("333-1234567", "+393331234567"),
        ("+39 333 123 4567", "+393331234567"),
        ("0039 333 123 4567", "+393331234567"),
        ("393331234567", "+393331234567"),
        ("(+39) 06 1234 5678", "+390612345678"),
        ("06 12345678", "+390612345678"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+49.30.1234567", "+49301234567"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "abc", "12345", "+0039333", "+39 333 abc", "7946 0958 12", "+1234567890123456"]
)
def test_refused(raw: str) -> None:
    with pytest.raises(InvalidPhoneNumber):
        normalize_phone(raw)
