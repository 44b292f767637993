"""Text normalisation for the fast path: lower case, no accents, one token per word."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable

_LOGGER = logging.getLogger(__name__)

_DOT_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})(?![\d.]?\d)(?=[ap]m\b|\b)")  # "9.30", "3.30pm"
_HALF_HOUR = re.compile(r"\b(alle|le|a|ore|dalle|delle)\s+(\d{1,2})[.,]5(?:mm?)?(?![\d.,]?\d)")
"""An hour "e mezza" as whisper base writes it, a half in decimals ("alle 2.5", "alle 2.5mm"): said after "alle"."""
_AMPM = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?")
_AMPM_DOTTED = re.compile(r"\b(\d{1,2}):?([0-5]\d)\s*([ap])\.\s?m\b\.?")
_AMPM_DOTTED_APART = re.compile(
    r"\b(at|by|around|about|from|till|until|before|after)\s+(\d{1,2})\s+([0-5]\d)\s*([ap])\.\s?m\b\.?"
)
"""An hour and its minutes without their colon before "a.m."/"p.m." written with its dots ("at 330 p.m.", "1130
a.m."), or apart right after a word that brings a time ("at 3 30 p.m."): the time, never a plate's digits and letters
(a plate is never written "P.M."; whisper wrote "at 330 p.m." for "at 3:30 p.m." and the plate AT330PM was read, the
real one half heard). "330 PM" without its dots may be a plate's end and stays as heard."""
_TOKEN = re.compile(r"[a-z0-9]+(?:[-:/][a-z0-9]+)*")
_APOSTROPHE = re.compile(r"[’'`´]")
_UNO_ELIDED = re.compile(r"\bun[’'`´]o\b")
"""The digit "uno" written as an article elided before a word of one "o" ("Firenze sarà un'o nove nove giolli torino",
set 50, for F Z 1 9 9 J T): no Italian word is "o" after "un'" ("un'ora", "un'officina" go on), so it is the digit."""
_LETTER_AND = re.compile(r"\b([a-z])\s*&\s*(?=\d)")
"""A plate's N heard "and" and written "&" between its first letter and its digits ("for F&096HE": F and 096 HE,
read as the plate's N where it completes one, engine.fastpath.plates_spoken); "R&D" and any other "&" stay."""


def letter_and_written(text: str) -> bool:
    """Was a plate's letter written "&" in `text` (`_LETTER_AND`)? The letter is then a guess: a write resting on it
    is said back whole (engine.fastpath.parser)."""
    return _LETTER_AND.search(text.lower()) is not None


def strip_accents(text: str) -> str:
    """`lunedì` → `lunedi`, `ventitré` → `ventitre`."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise_text(text: str) -> str:
    """Lower case, accents and apostrophes removed, `9.30` → `9:30`, `alle 2.5` → `alle 2:30`, `3 p.m.` → `3pm`,
    `330 p.m.` → `3:30pm`."""
    out = strip_accents(text).lower()
    out = _UNO_ELIDED.sub("uno", out)
    out = _APOSTROPHE.sub(" ", out)
    out = out.replace("a/c", "aircon")
    out = _LETTER_AND.sub(r"\1 and ", out)
    out = _DOT_TIME.sub(r"\1:\2", out)
    out = _HALF_HOUR.sub(r"\1 \2:30", out)
    out = _AMPM_DOTTED_APART.sub(r"\1 \2:\3\4m ", out)
    out = _AMPM_DOTTED.sub(r"\1:\2\3m ", out)
    out = _AMPM.sub(lambda m: f"{m.group(1)}{':' + m.group(2) if m.group(2) else ''}{m.group(3)}m ", out)
    return out


def tokenize(text: str) -> list[str]:
    """Tokens of the normalised text: words, numbers, `15:30`, `12/3`, `ab-123-cd`."""
    return _TOKEN.findall(normalise_text(text))


def contains_phrase(tokens: list[str], phrase: tuple[str, ...]) -> int:
    """Index where `phrase` starts in `tokens`, or -1."""
    n = len(phrase)
    if n == 0:
        return -1
    first = phrase[0]
    for i, tok in enumerate(tokens):
        if tok == first and tuple(tokens[i : i + n]) == phrase:
            return i
    return -1


_INDEXES: dict[int, tuple[list[tuple[str, ...]], dict[str, list[tuple[str, ...]]]]] = {}
_MOST_INDEXES = 4096
"""How many phrase lists keep their index (the module-level ones: 159 in use); each index holds its list, so
a list joined anew on every call would otherwise be kept, and its index grown, for good."""


def _index_of(phrase_list: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases grouped by their first word, longest first (built once per list)."""
    cached = _INDEXES.get(id(phrase_list))
    if cached is not None and cached[0] is phrase_list:
        return cached[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrase_list, key=len, reverse=True):
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    _INDEXES[id(phrase_list)] = (phrase_list, index)
    if len(_INDEXES) > _MOST_INDEXES:
        del _INDEXES[next(iter(_INDEXES))]  # the oldest: a list made for one call must not stay for good
    return index


def find_any(tokens: list[str], phrase_list: list[tuple[str, ...]]) -> tuple[int, tuple[str, ...]] | None:
    """The earliest (then longest) phrase of `phrase_list` found in `tokens`."""
    index = _index_of(phrase_list)
    for i, tok in enumerate(tokens):
        for phrase in index.get(tok, ()):
            if len(phrase) == 1 or tuple(tokens[i : i + len(phrase)]) == phrase:
                return i, phrase
    return None


def find_all(tokens: list[str], phrase_list: list[tuple[str, ...]]) -> list[tuple[int, tuple[str, ...]]]:
    """Every (position, phrase) of `phrase_list` in `tokens`."""
    index = _index_of(phrase_list)
    out = []
    for i, tok in enumerate(tokens):
        for phrase in index.get(tok, ()):
            if len(phrase) == 1 or tuple(tokens[i : i + len(phrase)]) == phrase:
                out.append((i, phrase))
    return out


def phrases(*items: str) -> list[tuple[str, ...]]:
    """Phrase list from space-separated strings (already normalised)."""
    return [tuple(item.split()) for item in items]


def join_pairs(tokens: list[str], joins: Callable[[list[str], str, str, str], bool]) -> list[str]:
    """The tokens with each two written as one where `joins(tokens kept so far, token, next, the one after)` says
    they are one word split by whisper ("la i 30": "i30"; "the Peugeot 5,008": "5008")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        if nxt and joins(out, tok, nxt, after):
            out.append(tok + nxt)
            i += 2
            continue
        out.append(tok)
        i += 1
    return out
