"""Phone numbers to E.164, with Italy (+39) as the default country."""

from __future__ import annotations

import logging
import re

_LOGGER = logging.getLogger(__name__)

_SEPARATORS = re.compile(r"[\s\-./()]+")


class InvalidPhoneNumber(ValueError):
    """The text is not a phone number we can turn into E.164."""


def normalize_phone(raw: str, *, default_country: str = "39") -> str:
    """Return `raw` as E.164 ("+393331234567").

    Accepted: "+39 333 123 4567", "0039 333-1234567", "(+39) 06 1234 5678", "333 1234567" (Italian
    mobile: 9–10 digits starting with 3), "06 12345678" (Italian landline: starts with 0, the zero is
    kept as Italy requires), "393331234567" (country code without "+"). Anything else without a
    country code is refused rather than guessed.
    """
    text = _SEPARATORS.sub("", raw or "")
    if not text:
        raise InvalidPhoneNumber("empty phone number")
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+"):
        digits = text[1:]
        _check_digits(raw, digits)
        if digits.startswith("0") or len(digits) < 8:
            raise InvalidPhoneNumber(f"{raw!r} is not an international number (+ country code, number)")
        return "+" + digits
    _check_digits(raw, text)
    if default_country == "39":
        if text.startswith("39") and 11 <= len(text) <= 13:
            return "+" + text
        if (text.startswith("3") and 9 <= len(text) <= 10) or (text.startswith("0") and 6 <= len(text) <= 11):
            return "+39" + text
        raise InvalidPhoneNumber(f"cannot tell the country of {raw!r}: write it with the prefix, e.g. +39")
    return "+" + default_country + text.lstrip("0")


def _check_digits(raw: str, digits: str) -> None:
    if not digits.isdigit():
        raise InvalidPhoneNumber(f"{raw!r} is not a phone number (only digits, spaces, +, -, dots)")
    if not 6 <= len(digits) <= 15:
        raise InvalidPhoneNumber(f"{raw!r} has {len(digits)} digits; a phone number has 6 to 15")
