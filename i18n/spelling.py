"""How a plate is spelled aloud: the name of each letter and digit, one at a time ("bi ti sei uno cinque").

A voice that is slow to start (Kokoro) keeps a clip of each name and says a plate from them at once
(engine.tts.plate_speech); people read plates this way, letter by letter and digit by digit.
"""

from __future__ import annotations

from i18n.languages import Catalogue

_ITALIAN = {
    "A": "a", "B": "bi", "C": "ci", "D": "di", "E": "e", "F": "effe", "G": "gi", "H": "acca", "I": "i",
    "J": "i lunga", "K": "cappa", "L": "elle", "M": "emme", "N": "enne", "O": "o", "P": "pi", "Q": "qu",
    "R": "erre", "S": "esse", "T": "ti", "U": "u", "V": "vu", "W": "doppia vu", "X": "ics", "Y": "ipsilon",
    "Z": "zeta", "0": "zero", "1": "uno", "2": "due", "3": "tre", "4": "quattro", "5": "cinque", "6": "sei",
    "7": "sette", "8": "otto", "9": "nove",
}  # fmt: skip
_ENGLISH = {
    "A": "ay", "B": "bee", "C": "see", "D": "dee", "E": "ee", "F": "ef", "G": "gee", "H": "aitch", "I": "eye",
    "J": "jay", "K": "kay", "L": "el", "M": "em", "N": "en", "O": "oh", "P": "pee", "Q": "cue", "R": "ar",
    "S": "ess", "T": "tee", "U": "you", "V": "vee", "W": "double you", "X": "ex", "Y": "why", "Z": "zee",
    "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
    "8": "eight", "9": "nine",
}  # fmt: skip

SYMBOL_NAMES: Catalogue = {symbol: {"it": _ITALIAN[symbol], "en": _ENGLISH[symbol]} for symbol in _ITALIAN}
"""A plate's symbol (an upper-case letter or a digit) → its name per language."""
