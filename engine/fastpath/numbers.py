"""Numbers said as words, Italian and English: `ventitré` → 23, `twenty-one` → 21, `twelfth` → 12."""

from __future__ import annotations

import logging
import re

_LOGGER = logging.getLogger(__name__)

_IT_UNITS = [
    "zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
    "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
    "diciannove",
]  # fmt: skip
_IT_TENS = {20: "venti", 30: "trenta", 40: "quaranta", 50: "cinquanta", 60: "sessanta", 70: "settanta",
            80: "ottanta", 90: "novanta"}  # fmt: skip
_EN_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
            90: "ninety"}  # fmt: skip
_EN_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip


def _build_it() -> dict[str, int]:
    words: dict[str, int] = {w: i for i, w in enumerate(_IT_UNITS)}
    words["un"] = 1
    words["una"] = 1
    for value, tens in _IT_TENS.items():
        words[tens] = value
        for unit in range(1, 10):
            unit_word = _IT_UNITS[unit]
            if unit in (1, 8):  # ventuno, ventotto: the vowel drops
                words[tens[:-1] + unit_word] = value + unit
            else:
                words[tens + unit_word] = value + unit
    return words


def _build_en() -> dict[str, int]:
    words: dict[str, int] = {w: i for i, w in enumerate(_EN_UNITS)}
    words["oh"] = 0
    for value, tens in _EN_TENS.items():
        words[tens] = value
        for unit in range(1, 10):
            words[f"{tens}-{_EN_UNITS[unit]}"] = value + unit
    return words


IT_NUMBERS = _build_it()
EN_NUMBERS = _build_en()
_ORDINALS: dict[str, int] = {"primo": 1, "prima": 1, **_EN_ORD_UNITS}
for _value, _tens in _EN_TENS.items():
    for _word, _unit in list(_EN_ORD_UNITS.items())[:9]:
        _ORDINALS[f"{_tens}-{_word}"] = _value + _unit
_DIGIT_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th)$")


def _it_compound(word: str) -> int | None:
    """Italian numbers up to 999 written as one word: `centoventitre`, `duecentoquaranta`."""
    if word in IT_NUMBERS:
        return IT_NUMBERS[word]
    idx = word.find("cent")
    if idx < 0:
        return None
    head, rest = word[:idx], word[idx + 4 :]
    hundreds = 1 if head == "" else IT_NUMBERS.get(head)
    if hundreds is None or not 1 <= hundreds <= 9:
        return None
    if rest in ("o", ""):
        return hundreds * 100
    if rest.startswith("o") and rest[1:] in IT_NUMBERS:
        return hundreds * 100 + IT_NUMBERS[rest[1:]]
    if rest in IT_NUMBERS and rest.startswith("ott"):  # centottanta
        return hundreds * 100 + IT_NUMBERS[rest]
    # a double consonant of its tens and units heard single or a single one doubled ("novecentotantotto", set 50, for
    # novecentottantotto; "duecentotrentaquatro"): a number word this long is no other word
    folded = _TENS_AND_UNITS_FOLDED.get(_DOUBLES.sub(r"\1", rest)) or _TENS_AND_UNITS_FOLDED.get(
        _DOUBLES.sub(r"\1", rest.removeprefix("o"))
    )
    return hundreds * 100 + folded if folded is not None else None


_DOUBLES = re.compile(r"([b-df-hj-np-tv-z])\1")
_TENS_AND_UNITS_FOLDED = {
    _DOUBLES.sub(r"\1", word): value for word, value in IT_NUMBERS.items() if 1 <= value <= 99 and len(word) >= 4
}
"""The numbers 1 to 99 by their words with every double consonant said once ("otanta", "quatro"), for a hundreds'
compound whose rest whisper wrote so."""


def word_to_number(token: str) -> int | None:
    """A cardinal number from one token (digits or a word), else None."""
    if token.isdigit():
        return int(token)
    if token in EN_NUMBERS:
        return EN_NUMBERS[token]
    return _it_compound(token)


def ordinal_to_number(token: str) -> int | None:
    """`primo`, `first`, `12th`, `twenty-first` → their number, else None."""
    m = _DIGIT_ORDINAL.match(token)
    if m:
        return int(m.group(1))
    return _ORDINALS.get(token)


def number_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """The number starting at tokens[i] and how many tokens it spans (`twenty three` → (23, 2))."""
    if i >= len(tokens):
        return None
    value = word_to_number(tokens[i])
    if value is None:
        return None
    if value in _EN_TENS and i + 1 < len(tokens):
        unit = EN_NUMBERS.get(tokens[i + 1])
        if unit is not None and 1 <= unit <= 9:
            return value + unit, 2
    return value, 1


def digits_of(token: str) -> str | None:
    """The digits a token stands for in a spelled sequence: `uno` → "1", `ventitre` → "23", `123` → "123"."""
    if token.isdigit():
        return token
    value = word_to_number(token)
    if value is None:
        return None
    return str(value)
