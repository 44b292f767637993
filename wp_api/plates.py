"""Plates: normalisation, Italian format recognition, spoken forms and fuzzy matching (pure functions).

Speech-to-text mishears plates in typical ways: voiced/unvoiced letter names ("bi", "pi", "di",
"ti"), nasal pairs (M/N), digits and letters that look or sound alike (0/O, 1/I, 8/B), groups split
or joined ("AB 123 CD", "AB123 CD"), and letters spelled with the Italian city alphabet ("Ancona
Bologna...") or the NATO one ("Alpha Bravo..."). These helpers turn what was heard into a plate,
compute a *skeleton* (each character replaced by its confusion class) that a database can index, and
score how close a known plate is to what was heard (0..1).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_LOGGER = logging.getLogger(__name__)

__all__ = [
    "PlateCandidate",
    "candidates",
    "is_italian",
    "looks_like_plate",
    "normalise",
    "repair_italian",
    "score",
    "shape",
    "skeleton",
    "spoken_to_plate",
]

# Current Italian car plates: two letters, three digits, two letters; I, O, Q, U are never used.
_ITALIAN = re.compile(r"^[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]{2}$")
_ITALIAN_INSIDE = re.compile(r"(?<![0-9])[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]{2}(?![0-9])")
_ITALIAN_BUT_LAST = re.compile(r"^[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]$")

# Confusion classes: characters speech-to-text (or a person reading) mixes up. One representative each.
_SKELETON: dict[str, str] = {}
for _group in ("BPDT8V", "MN", "0OQ", "1IJL", "CG", "SF"):
    for _char in _group:
        _SKELETON.setdefault(_char, _group[0])

# Substitution costs for the weighted edit distance (0 same, 1 unrelated).
_NEAR: dict[frozenset[str], float] = {}


def _near(group: str, cost: float) -> None:
    for a in group:
        for b in group:
            if a != b:
                _NEAR[frozenset((a, b))] = min(cost, _NEAR.get(frozenset((a, b)), 1.0))


_near("BPDT", 0.3)
_near("B8", 0.25)
_near("BV", 0.35)
_near("MN", 0.25)
_near("0OQ", 0.2)
_near("1IJL", 0.25)
_near("CG", 0.35)
_near("SF", 0.4)
_near("5S", 0.4)
_near("2Z", 0.45)
_near("6G", 0.45)
_near("AE", 0.5)
_near("KQC", 0.5)


def normalise(text: str) -> str:
    """Upper case, accents dropped, only letters and digits kept ("ab-123 cd" → "AB123CD")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed.upper() if c.isascii() and c.isalnum())


def is_italian(plate: str) -> bool:
    """True when the (normalised) plate has the current Italian format AA123AA."""
    return bool(_ITALIAN.match(normalise(plate)))


def shape(plate: str) -> str:
    """L for a letter, D for a digit: "AB123CD" → "LLDDDLL"."""
    return "".join("D" if c.isdigit() else "L" for c in normalise(plate))


def skeleton(plate: str) -> str:
    """Each character replaced by its confusion class ("AP123TD" and "AB123DB" share one skeleton)."""
    return "".join(_SKELETON.get(c, c) for c in normalise(plate))


_TO_DIGIT = {
    "O": "0",
    "Q": "0",
    "I": "1",
    "L": "1",
    "J": "1",
    "Z": "2",
    "S": "5",
    "G": "6",
    "B": "8",
    "T": "7",
}
_TO_LETTER = {"0": "O", "1": "I", "2": "Z", "5": "S", "6": "G", "8": "B", "4": "A", "7": "T", "3": "E"}


def repair_italian(plate: str) -> str | None:
    """The Italian plate a 7-character string most likely is (digits/letters swapped by position), or None."""
    norm = normalise(plate)
    if len(norm) != 7:
        return None
    chars = list(norm)
    for i, c in enumerate(chars):
        if i in (2, 3, 4):
            chars[i] = _TO_DIGIT.get(c, c)
        else:
            chars[i] = _TO_LETTER.get(c, c)
    fixed = "".join(chars)
    return fixed if _ITALIAN.match(fixed) else None


def looks_like_plate(text: str) -> bool:
    """Letters and digits mixed, 5 to 10 of them: plausible as a plate (Italian or foreign)."""
    norm = normalise(text)
    return 4 <= len(norm) <= 10 and any(c.isdigit() for c in norm) and any(c.isalpha() for c in norm)


# --- spoken forms ---------------------------------------------------------------------------------

_LETTER_WORDS: dict[str, str] = {
    # Italian letter names
    "a": "A", "bi": "B", "ci": "C", "di": "D", "e": "E", "effe": "F", "gi": "G", "acca": "H", "i": "I",
    "elle": "L", "emme": "M", "enne": "N", "o": "O", "pi": "P", "cu": "Q", "erre": "R", "esse": "S",
    "ti": "T", "u": "U", "vu": "V", "vi": "V", "zeta": "Z", "ics": "X", "ipsilon": "Y", "kappa": "K",
    "ka": "K", "jay": "J", "gei": "J", "doppiavu": "W", "doppia": "", "ye": "Y",
    # English letter names as Whisper writes them
    "bee": "B", "be": "B", "cee": "C", "see": "C", "dee": "D", "ef": "F", "gee": "G", "aitch": "H",
    "jey": "J", "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "cue": "Q", "ar": "R", "ess": "S",
    "tee": "T", "you": "U", "vee": "V", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z",
    # Italian telephone alphabet (city names)
    "ancona": "A", "bari": "B", "bologna": "B", "como": "C", "catania": "C", "domodossola": "D",
    "empoli": "E", "firenze": "F", "genova": "G", "hotel": "H", "imola": "I", "jolly": "J",
    "kursaal": "K", "livorno": "L", "milano": "M", "napoli": "N", "otranto": "O", "palermo": "P",
    "padova": "P", "quarto": "Q", "roma": "R", "savona": "S", "sassari": "S", "torino": "T",
    "taranto": "T", "udine": "U", "venezia": "V", "washington": "W", "xeres": "X", "xilofono": "X",
    "yacht": "Y", "york": "Y", "yogurt": "Y", "zara": "Z", "zurigo": "Z",
    # NATO
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "eco": "E",
    "foxtrot": "F", "golf": "G", "india": "I", "juliet": "J", "juliett": "J", "kilo": "K",
    "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R",
    "sierra": "S", "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W",
    "xray": "X", "yankee": "Y", "zulu": "Z",
}  # fmt: skip
_DIGIT_WORDS: dict[str, str] = {
    "zero": "0", "uno": "1", "un": "1", "una": "1", "due": "2", "tre": "3", "quattro": "4", "cinque": "5",
    "sei": "6", "sette": "7", "otto": "8", "nove": "9",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "oh": "0", "nought": "0",
}  # fmt: skip
_FILLER = {
    "come", "di", "per", "targa", "la", "il", "targata", "plate", "as", "in", "for", "numero", "number",
    "lettera", "letter", "poi", "and", "ed", "e", "the", "spazio", "trattino", "space", "dash",
}  # fmt: skip
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+|[0-9]+")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isascii() and c.isalnum())


def spoken_to_plate(text: str) -> str | None:
    """The plate spelled in `text`, or None.

    Handles letter names ("a bi uno due tre ci di"), the Italian city alphabet ("Ancona Bologna
    1 2 3 Como Domodossola"), "A come Ancona", NATO ("Alpha Bravo"), digit words and digits, and
    plain plates with spaces or dashes ("AB 123-CD").
    """
    raw = [w for w in _WORD.findall(text or "") if _fold(w)]
    words = [_fold(w) for w in raw]
    if not words:
        return None
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        # "a come ancona": keep the letter once, skip "come <city>"
        if nxt == "come" and i + 2 < len(words):
            spelled = _LETTER_WORDS.get(words[i + 2]) or _DIGIT_WORDS.get(words[i + 2])
            mine = _LETTER_WORDS.get(word) or (word.upper() if len(word) == 1 else None)
            if spelled and mine and spelled == mine:
                out.append(mine)
                i += 3
                continue
        if word == "doppia" and nxt in ("vu", "v"):
            out.append("W")
            i += 2
            continue
        if word == "i" and nxt in ("greca", "greco"):
            out.append("Y")
            i += 2
            continue
        if word.isdigit():
            out.append(word)
        elif raw[i].isupper() and 2 <= len(raw[i]) <= 3:
            out.append(word.upper())  # written as a plate group ("EF"), not a spoken letter name
        elif word in _DIGIT_WORDS:
            out.append(_DIGIT_WORDS[word])
        elif _LETTER_WORDS.get(word):
            # "e"/"di" are also Italian words; inside a spelled sequence they are letters
            one_letter_left = bool(_ITALIAN_BUT_LAST.match("".join(out)))
            if word in _FILLER and not _inside_spelling(words, i) and not one_letter_left:
                i += 1
                continue
            out.append(_LETTER_WORDS[word])
        elif word in _FILLER:
            pass
        elif (
            len(word) <= 3
            or (any(c.isdigit() for c in word) and len(word) <= 8)
            or (len(word) <= 8 and _plausible_group(word))
        ):
            out.append(word.upper())
        else:
            # an unknown long word ends or precedes the plate: keep what we have if it is plausible
            if out and looks_like_plate("".join(out)):
                break
            out = []
        i += 1
    plate = normalise("".join(out))
    if not _ITALIAN.match(plate):
        # words around the plate ("la bmw AB123CD") were taken as groups: keep the Italian plate inside
        inside = _ITALIAN_INSIDE.findall(plate)
        if inside:
            return inside[-1]
    if not looks_like_plate(plate):
        return None
    return plate


def _inside_spelling(words: list[str], i: int) -> bool:
    """True when the neighbours of words[i] are letters or digits being spelled."""

    def spelled(w: str) -> bool:
        return w.isdigit() or w in _DIGIT_WORDS or (w in _LETTER_WORDS and w not in _FILLER) or len(w) == 1

    before = i > 0 and spelled(words[i - 1])
    after = i + 1 < len(words) and spelled(words[i + 1])
    if i == len(words) - 1:
        return before
    return before and after


def _plausible_group(word: str) -> bool:
    """A short token that may be a plate group written as a word ("ab", "cdx")."""
    vowels = sum(1 for c in word if c in "aeiou")
    return len(word) <= 3 or vowels <= 1


# --- fuzzy scoring --------------------------------------------------------------------------------


_PAIR_COST: dict[str, float] = {
    a + b: cost for pair, cost in _NEAR.items() for a in pair for b in pair if a != b
}
_GAP = 0.7


def _norm(text: str) -> str:
    return (
        text
        if text.isascii() and text.isalnum() and not text.islower() and text.upper() == text
        else normalise(text)
    )


def distance(heard: str, known: str) -> float:
    """Weighted edit distance: cheap for confusable pairs, 1 for other edits, 0.7 for a dropped/extra char."""
    a, b = _norm(heard), _norm(known)
    cost = _PAIR_COST
    prev = [j * _GAP for j in range(len(b) + 1)]
    for i, ca in enumerate(a, start=1):
        cur = [i * _GAP]
        for j, cb in enumerate(b, start=1):
            sub = prev[j - 1] + (0.0 if ca == cb else cost.get(ca + cb, 1.0))
            cur.append(min(prev[j] + _GAP, cur[j - 1] + _GAP, sub))
        prev = cur
    return prev[-1]


def score(heard: str, known: str) -> float:
    """Confidence 0..1 that `known` is the plate that was heard (1.0 = identical)."""
    a, b = _norm(heard), _norm(known)
    if abs(len(a) - len(b)) > 3:
        return 0.0
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    dist = distance(a, b)
    conf = max(0.0, 1.0 - dist / 2.5)
    if is_italian(b) and not is_italian(a):
        repaired = repair_italian(a)
        if repaired == b:
            conf = max(conf, 0.9)
    return round(min(conf, 0.99), 3)


@dataclass(frozen=True)
class PlateCandidate:
    """A known plate scored against what was heard."""

    plate: str
    confidence: float


AMBIGUITY_MARGIN = 0.08
"""Two candidates closer than this are ambiguous: ask, never pick."""
MIN_CONFIDENCE = 0.45


def candidates(heard: str, known_plates: Iterable[str], *, limit: int = 5) -> list[PlateCandidate]:
    """Known plates ranked by confidence (best first), those below MIN_CONFIDENCE dropped."""
    ranked = sorted(
        (PlateCandidate(p, score(heard, p)) for p in set(known_plates)),
        key=lambda c: (-c.confidence, c.plate),
    )
    return [c for c in ranked if c.confidence >= MIN_CONFIDENCE][:limit]


def is_ambiguous(ranked: list[PlateCandidate] | list[float]) -> bool:
    """True when the top two are too close to choose between."""
    values = [c.confidence if isinstance(c, PlateCandidate) else float(c) for c in ranked]
    return len(values) >= 2 and values[0] - values[1] < AMBIGUITY_MARGIN


def heard_forms(text: str) -> list[str]:
    """Plates `text` may stand for: the spoken reading, the plain normalisation and its Italian repair."""
    forms: list[str] = []
    spoken = spoken_to_plate(text)
    for form in (spoken, normalise(text), repair_italian(spoken or normalise(text))):
        if form and form not in forms:
            forms.append(form)
    return forms
