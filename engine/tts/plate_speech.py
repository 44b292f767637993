"""A plate at the start of a reply, spelled from clips: "La BT615ZR è …" → "La", "bi", "ti", "sei", …

Kokoro needs one ONNX run before a sentence that opens with a plate is heard, and plates change every
turn. People read plates letter by letter, so the voice keeps a clip of each letter's and digit's name
(i18n.spelling) and of the few words the templates put before a plate ("La", "Per la", "Credo sia la":
`engine.tts.fixed_lines.FixedLines.plate_leads`), and says such an opening from them at once while
Kokoro makes the rest of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from i18n.languages import lookup
from i18n.spelling import SYMBOL_NAMES

# A plate as the replies write it: "BT615ZR", "GH 907 MN", "AB12345" — upper-case letters and digits.
_PLATE = re.compile(r"(?:[A-Z]{2} \d{3} [A-Z]{2}|[A-Z0-9]{5,8})(?=$|[\s,;:.!?])")
_TRAILING = re.compile(r"^[,;:.!?]")


@dataclass(frozen=True)
class PlateOpening:
    """`lead` (may be empty) + `plate` (+ the punctuation right after it) + `rest`."""

    lead: str
    plate: str
    punctuation: str
    rest: str

    @property
    def text(self) -> str:
        """The opening as written: what is said from clips."""
        return f"{self.lead} {self.plate}".strip() + self.punctuation


def is_plate(token: str) -> bool:
    compact = token.replace(" ", "")
    letters = sum(c.isalpha() for c in compact)
    return 5 <= len(compact) <= 8 and letters >= 2 and len(compact) - letters >= 2


def plate_opening(sentence: str, leads: tuple[str, ...]) -> PlateOpening | None:
    """The plate opening of `sentence` when it begins with one of `leads` (longest first) and a plate."""
    for lead in sorted(leads, key=len, reverse=True):
        if lead and not sentence.startswith(lead + " "):
            continue
        after = sentence[len(lead) :].lstrip() if lead else sentence
        match = _PLATE.match(after)
        if match is None or not is_plate(match.group()):
            continue
        rest = after[match.end() :]
        punctuation = m.group() if (m := _TRAILING.match(rest)) else ""
        return PlateOpening(lead, match.group(), punctuation, rest[len(punctuation) :].strip())
    return None


def spelled(plate: str, language: str) -> list[list[str]]:
    """The names of a plate's symbols, in groups as they are read: letters, then digits, then letters."""
    groups: list[list[str]] = []
    previous = ""
    for symbol in plate.replace(" ", ""):
        kind = "digit" if symbol.isdigit() else "letter"
        if kind != previous:
            groups.append([])
            previous = kind
        groups[-1].append(lookup(SYMBOL_NAMES, symbol, language))
    return groups


def symbol_names(language: str) -> list[str]:
    """Every letter's and digit's name in `language`: the clips a plate is spelled from."""
    return [lookup(SYMBOL_NAMES, symbol, language) for symbol in SYMBOL_NAMES]
