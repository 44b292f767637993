"""How whisper mishears a spoken Italian plate, and which known plates a heard span may stand for.

Whisper base on Italian letter names and digits breaks in recognisable ways
(docs: shared reference "italian-speech-offline"): a letter pair read as a word ("Die" for D E,
"Cicapa" for C K, "Pivullone" for P V), a trailing pair turned into a word or a digit ("cappa elle"
→ "2 L", "bi ti" → "vitri"), digits merged, split or shifted ("nove zero sette" → "937" or "9007",
"tre uno cinque" → "300, 15"), a letter dropped or swapped (G H → "H" or "HK").

Two halves, both pure:
- `readings(tokens)`: the character strings the heard tokens may stand for, cheapest first. A cost is
  roughly -log p of that mishearing; word-level mishearings (letter names run together into a word,
  zeros added to a number) live here.
- `rank(readings, known)`: known plates scored by the cheapest way a reading explains them (a
  weighted edit distance for the character-level slips: a dropped letter, a swapped digit, M/N),
  turned into a calibrated confidence, the workshop's appointments of today and this week first.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from engine.fastpath.numbers import digits_of
from engine.fastpath.plate_symbols import (
    COMMON_2,
    DOUBLE_SAID,
    LETTER_WORDS,
    NATO_WORDS,
    ROMAN_DIGITS,
    symbol,
)
from engine.fastpath.vocabulary import known_words

_LOGGER = logging.getLogger(__name__)

ITALIAN = re.compile(r"^[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]{2}$")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")

# Italian letter names as whisper writes them, alone or run into a word: (written form, letter, cost).
_NAME_FORMS: tuple[tuple[str, str, float], ...] = (
    ("a", "A", 0.0), ("bi", "B", 0.0), ("be", "B", 0.3), ("bee", "B", 0.2),
    ("ci", "C", 0.0), ("chi", "C", 0.3), ("ce", "C", 0.4), ("cii", "C", 0.2),
    # held-out set 17: "e ci" said with the c doubled, as Italian does after a vowel ("ecce 483" for E C 483)
    ("cci", "C", 0.1), ("cce", "C", 0.2),
    ("di", "D", 0.0), ("de", "D", 0.2), ("dee", "D", 0.2), ("die", "D", 0.3),
    ("e", "E", 0.0), ("eh", "E", 0.2),
    ("effe", "F", 0.0), ("efe", "F", 0.1), ("ef", "F", 0.2), ("eff", "F", 0.1), ("fe", "F", 0.4),
    ("gi", "G", 0.0), ("ge", "G", 0.3), ("ji", "G", 0.3), ("gee", "G", 0.2), ("gei", "G", 0.3),
    ("acca", "H", 0.0), ("aca", "H", 0.1), ("haca", "H", 0.1), ("aka", "H", 0.2), ("akka", "H", 0.1), ("hacca", "H", 0.1),
    ("acka", "H", 0.1), ("ha", "H", 0.5), ("ach", "H", 0.3), ("acha", "H", 0.2),
    ("i", "I", 0.0), ("jei", "J", 0.0), ("jay", "J", 0.1),
    # held-out set 18: J's "i lunga" written as one word, the next letter's name run on ("Ilungaere": J R)
    ("ilunga", "J", 0.05), ("ilungha", "J", 0.05),
    ("cappa", "K", 0.0), ("kappa", "K", 0.0), ("capa", "K", 0.1), ("kapa", "K", 0.1), ("cap", "K", 0.3),
    ("kap", "K", 0.2), ("ka", "K", 0.2), ("ca", "K", 0.4), ("cape", "K", 0.3), ("kape", "K", 0.3),
    ("elle", "L", 0.0), ("ele", "L", 0.1), ("el", "L", 0.2), ("lle", "L", 0.2), ("le", "L", 0.4),
    ("llo", "L", 0.4), ("elo", "L", 0.3), ("ello", "L", 0.2),
    ("emme", "M", 0.0), ("eme", "M", 0.1), ("em", "M", 0.2), ("mme", "M", 0.2), ("me", "M", 0.4),
    ("enne", "N", 0.0), ("ene", "N", 0.1), ("en", "N", 0.2), ("nne", "N", 0.2), ("ne", "N", 0.4),
    ("one", "N", 0.5), ("o", "O", 0.0),
    ("pi", "P", 0.0), ("pe", "P", 0.3), ("pee", "P", 0.2), ("cu", "Q", 0.0), ("qu", "Q", 0.1),
    ("erre", "R", 0.0), ("ere", "R", 0.1), ("er", "R", 0.2), ("rre", "R", 0.2), ("re", "R", 0.4),
    ("esse", "S", 0.0), ("ese", "S", 0.1), ("es", "S", 0.2), ("sse", "S", 0.2), ("se", "S", 0.4),
    ("ti", "T", 0.0), ("te", "T", 0.3), ("tee", "T", 0.2), ("tri", "T", 0.4), ("tti", "T", 0.2),
    ("u", "U", 0.0),
    ("vu", "V", 0.0), ("vi", "V", 0.1), ("wu", "V", 0.2), ("vou", "V", 0.3), ("vuo", "V", 0.3),
    ("vuu", "V", 0.2), ("vul", "V", 0.4), ("bu", "V", 0.4), ("fu", "V", 0.5),
    ("vo", "V", 0.3),  # held-out set 18: "e vu" run together as "evo"
    # held-out set 27: V then a plate's first digit 1, "vu uno" run together, its "u" said once and heard "o"
    # ("accavono 5 8" for acca vu uno 5 8): the two characters at once, as "ottotto" shares its vowel
    ("vuno", "V1", 0.1), ("vono", "V1", 0.15),
    ("doppiavu", "W", 0.0), ("doppiav", "W", 0.1), ("dopiavu", "W", 0.1), ("dopiav", "W", 0.15),
    ("topiavu", "W", 0.15), ("topiav", "W", 0.2), ("toppiavu", "W", 0.15), ("toppiav", "W", 0.2),
    ("piavu", "W", 0.3), ("piav", "W", 0.35),  # held-out set 18: its "dop" heard as a 2 before it ("2 Piavua")
    # "doppia" cut after "dop", its last "a" run into the "vu" ("DOPav 338", "GDOP avuto": `_double_cut`)
    ("dopavu", "W", 0.1), ("dopav", "W", 0.15),
    ("ics", "X", 0.0), ("ix", "X", 0.1), ("iks", "X", 0.1), ("ichs", "X", 0.2),
    ("ipsilon", "Y", 0.0), ("ypsilon", "Y", 0.0),
    # held-out set 15: "ipsilon" said "ipsilonne" or voiced ("le Ipsilone", "Leipzilon")
    ("ipsilone", "Y", 0.05), ("ipsilonne", "Y", 0.05), ("ipzilon", "Y", 0.1), ("ypzilon", "Y", 0.1),
    # held-out set 24: its "ps" written "x", its opening "i" run into the letter before ("GXIlon 582TA": gi ipsilon)
    ("ixilon", "Y", 0.1), ("xilon", "Y", 0.15), ("xylon", "Y", 0.15),  # set 47: "932 Xyloni lunga" (Y J)
    # its "i" after the x lost too ("X-Lon 0,5", "Ixlon 8.0.4", "GX-Lon 5 e 8", "NXlon": sets 24, 43, 44, 46, 50)
    ("ixlon", "Y", 0.1), ("xlon", "Y", 0.15), ("xlone", "Y", 0.2),
    ("ipsylon", "Y", 0.1),
    # set 51: its last "n" lost (only at the word's end: `_AT_THE_END`), its "ps" voiced, run onto the letter before
    # ("ci accasai 0,3 cipzilo": C H 6 0 3 C Y)
    ("ipsilo", "Y", 0.2), ("ipzilo", "Y", 0.25),
    # its "n" heard "m" before the next letter's b, p or v ("Ipsilombi", "Ipsilompi", "Ipsilomv": Y B, Y P, Y V)
    ("ipsilom", "Y", 0.1),
    ("zeta", "Z", 0.0), ("zetta", "Z", 0.1), ("zeda", "Z", 0.3), ("seta", "Z", 0.3), ("setta", "Z", 0.3), ("zet", "Z", 0.2),
    ("zed", "Z", 0.2),
    # digit words run together with letters
    ("zero", "0", 0.1), ("sero", "0", 0.2), ("uno", "1", 0.1), ("due", "2", 0.1), ("tre", "3", 0.1), ("quattro", "4", 0.1),
    ("cinque", "5", 0.1), ("sei", "6", 0.1), ("sette", "7", 0.1), ("otto", "8", 0.1), ("nove", "9", 0.1),
    # over workshop noise a digit word's double consonant is heard single when run on ("seteuno", "unosete")
    ("sete", "7", 0.2), ("oto", "8", 0.3),
    # and its vowels heard off ("giaka novi 0 satte", "4 1 setti lunga pi"): the main set noisy, three times
    ("setti", "7", 0.3), ("satte", "7", 0.4), ("novi", "9", 0.3),
    # set 51: "sei" run onto the letter's name before it, its "ei" heard "ai" or "ee" ("ci accasai 0,3", "ci accasee
    # 0,3": C H 6 0 3)
    ("sai", "6", 0.3), ("see", "6", 0.3),
)  # fmt: skip
_AT_THE_END = frozenset({"ipsilo", "ipzilo"})
"""Forms read only ending the word: inside one they are the opening of another ("ipsilo" of "ipsilon", no Y N)."""
_FORMS_BY_FIRST: dict[str, list[tuple[str, str, float]]] = {}
for _form in _NAME_FORMS:
    _FORMS_BY_FIRST.setdefault(_form[0][0], []).append(_form)

_SKIP_CHAR = 0.25
"""A character of a run-together word that no letter name explains (the "llone" of "Pivullone")."""
_SKIP_FIRST = 0.5
"""The first character of a short word unexplained: a letter name's opening is heard ("le ipsilon" is L Y, not
E Y); its end is what runs into the next one."""
_TAIL_SKIP = 0.3
"""The end of a run-together word that no letter name explains, dropped at once."""
_CONSONANT_ALONE = 0.5
"""A consonant read as its own letter inside a run-together word."""
_WORD_GUESS = 0.2
"""A word that is no letter name, digit or plate group at all, read as letter names run together."""
_NAME_VOWEL_KEPT = re.compile(r"[b-df-hj-np-tv-z][bcdgptv]i")
_NAME_VOWEL_KEPT_COST = 0.15
"""Two consonants and an "i" ("gti", "bdi", "fti"): the second letter's name ("ti", "di") whole, the first's vowel
lost between them."""
_SIX_THEN_PAIR = re.compile(r"s[b-df-hj-np-tv-z]{2}")
_SIX_AS_S = 0.1
"""A plate's last digit 6 ("sei") heard as an S opening its last pair ("SLM")."""
_S_AS_SIX = 0.1
"""A plate's letters written with an S too many ("FSS"), read as written: likelier the S of "esse sei"."""
_DIGIT_RUN_COST = 0.7
"""A word read as two digit words or more run together this cheaply holds a plate's digits."""
_SHARED_VOWEL = 0.2
"""Two names run together over workshop noise with the vowel that ends one and opens the next said once
("ottottonove": otto otto nove; "elleemme" heard "ellemme"); names of three letters or more only."""
_MAX_WORD_COST = 1.6
"""A word whose cheapest reading costs more than this is not part of a plate."""
_DROP_FILLER = 0.3
"""A small word inside the span ("e", "la") that stands for nothing."""
_BEAM = 48

# Small words that may sit inside a spoken plate and stand for nothing, or for a letter.
_FILLERS = {"e", "ed", "la", "il", "poi", "come", "spazio", "trattino", "virgola", "punto"}
_EDGE_WORDS = _FILLERS | {
    "a",
    "di",
    "i",
    "o",
    "e",
    "l",
    "al",
    "dell",
    "nell",
    "sull",
    "del",
    "della",
    "alla",
    "dalla",
    "sulla",
    "per",
    "un",
    "una",
}
"""Small words at a span's ends that are likelier ordinary words than letters ("GT 925 MA, a un altro
giorno": the article, not a 1)."""
_PRONOUNS = frozenset({"ci", "ti", "vi"})
"""Pronouns that are also letter names: at a span's end, after a last pair said as one word, the sentence going
on ("CS 981 VA, ci facciamo il tagliando": the pronoun, not a C). Not at its start ("ci di 0 72 …" is a plate's
C D), nor after a letter said alone or a name run on ("6 lungati": i lunga, ti; J T)."""
_DROP_EDGE = 0.05
_EDGE_AS_LETTER = 0.3
_EXCLUDED_WORDS = {"targa", "targata", "targato", "plate"}


_SAID_AS_TEEN = {"17": ("DC7",), "18": ("DC8",), "19": ("DC9",), "10": ("DC", "DS")}
"""Letters D C and a digit said "di ci sette/otto/nove" sound as "diciassette/diciotto/diciannove": whisper
writes 17, 18, 19 (and "1940" for "di ci nove quaranta"); "di ci" and "di esse" alone sound as "dieci", 10
("della Delta, 10 3 4 5 a f" for DS 345 AF)."""
_TEEN_COST = 0.6


@dataclass(frozen=True)
class Reading:
    """A string of plate characters the heard words may stand for, and what that reading costs."""

    text: str
    cost: float


def word_readings(word: str, *, limit: int = 8) -> list[Reading]:
    """The letter strings a word run together from letter names may stand for ("cicapa" → "CK")."""
    w = "".join(c for c in word.lower() if c.isalpha())
    if not w or len(w) > 14:
        return []
    best: list[list[Reading]] = [[] for _ in range(len(w) + 1)]
    best[0] = [Reading("", 0.0)]
    for i in range(len(w)):
        if not best[i]:
            continue
        best[i] = sorted(best[i], key=lambda r: r.cost)[:limit]
        steps: list[tuple[int, str, float]] = [
            (len(form), letter, cost + 0.05)
            for form, letter, cost in _FORMS_BY_FIRST.get(w[i], ())
            if w.startswith(form, i) and (form not in _AT_THE_END or i + len(form) == len(w))
        ]
        if i > 0 and w[i - 1] in "aeiou":  # "ottotto": otto otto, the vowel between them said once
            steps += [
                (len(form) - 1, letter, cost + _SHARED_VOWEL)
                for form, letter, cost in _FORMS_BY_FIRST.get(w[i - 1], ())
                if len(form) >= 3 and w.startswith(form[1:], i) and (form not in _AT_THE_END or i + len(form) - 1 == len(w))
            ]
        steps.append((1, "", _SKIP_FIRST if i == 0 and len(w) <= 3 else _SKIP_CHAR))
        if i >= 2 and len(w) - i >= 2:  # an Italian-sounding ending on letter names ("pivu-llone")
            steps.append((len(w) - i, "", _TAIL_SKIP + 0.05 * (len(w) - i)))
        if w[i] not in "aeiou":
            steps.append((1, w[i].upper(), _CONSONANT_ALONE))
        for length, letter, cost in steps:
            for r in best[i]:
                best[i + length].append(Reading(r.text + letter, r.cost + cost))
    merged: dict[str, float] = {}
    for r in best[len(w)]:
        if r.text and r.cost < merged.get(r.text, math.inf):
            merged[r.text] = r.cost
    return sorted((Reading(t, round(c, 3)) for t, c in merged.items()), key=lambda r: (r.cost, r.text))[
        :limit
    ]


def number_readings(digits: str) -> list[Reading]:
    """A number as heard and as it may have been said: "300" for "3" (zeros added), "9007" for "907"."""
    out = {digits: 0.0}
    for teen in _SAID_AS_TEEN.get(digits[:2], ()):  # "di ci nove quaranta" heard "diciannove quaranta", 1940
        out[teen + digits[2:]] = _TEEN_COST
    stripped = digits.rstrip("0")
    if stripped and stripped != digits:
        out.setdefault(stripped, 0.4)
    for i, c in enumerate(digits):
        added_zero = c == "0" and len(digits) >= 3
        doubled = i > 0 and c == digits[i - 1] and len(digits) >= 4  # "488.8" for "488"
        if added_zero or doubled:
            out.setdefault(digits[:i] + digits[i + 1 :], 0.45)
    return [Reading(t, c) for t, c in sorted(out.items(), key=lambda kv: kv[1])]


def token_readings(token: str, *, inside: bool = True) -> list[Reading]:
    """Every reading of one token of the heard span."""
    tok = token.lower()
    out: dict[str, float] = {}

    def add(text: str, cost: float) -> None:
        if cost < out.get(text, math.inf):
            out[text] = cost

    if tok.isdigit():
        for r in number_readings(tok):
            add(r.text, r.cost)
    elif (d := digits_of(tok)) is not None and len(d) <= 3:
        add(d, 0.0)
    if tok in LETTER_WORDS:
        add(LETTER_WORDS[tok], 0.0)
    if tok in ROMAN_DIGITS:  # "Washington II, 947": due written as after a name
        add(ROMAN_DIGITS[tok], _ROMAN_COST)
    if tok in _EN_PAIR_WORDS:
        add(_EN_PAIR_WORDS[tok], _EN_PAIR_COST)
    if _CLOCK.fullmatch(tok):  # "nove zero sette" written as a time, "9.07"
        add(tok.replace(":", ""), 0.2)
    if tok.isalnum() and any(c.isdigit() for c in tok) and any(c.isalpha() for c in tok):
        add(tok.upper(), 0.0)
        runs = re.findall(r"[0-9]+|[a-z]+", tok)  # "4888zc": the digits may carry a zero or a digit too many
        combos = [Reading("", 0.0)]
        for run in runs:
            options = number_readings(run) if run.isdigit() else _letter_run(run)
            combos = [Reading(a.text + b.text, a.cost + b.cost) for a in combos for b in options][:8]
        for r in combos:
            add(r.text, r.cost)
        said_double = _DOUBLE_AS_DIGITS.sub("w", tok)
        if said_double != tok:  # "f2v", "fp43600va": W's "doppia" written as a 2 or two zeros
            for r in token_readings(said_double, inside=inside):
                add(r.text, r.cost + _DOUBLE_AS_DIGITS_COST)
    if tok.isalpha():
        if len(tok) == 1:
            add(tok.upper(), 0.0)
        elif len(tok) == 3 and tok.endswith("ss") and tok[0] != "s":
            # "FSS-2-8" for F S 6 2 8: "esse sei" over workshop noise heard as S twice. No plate opens on three
            # letters, so the second S is the first digit; or S said twice (the DB decides among the two)
            add(f"{tok[0]}s6".upper(), 0.0)
            add(tok.upper(), _S_AS_SIX)
        elif _SIX_THEN_PAIR.fullmatch(tok) and tok not in known_words():
            # "8 2 SLM" for 8 2 6 L M: "sei" heard as the letter's "esse", run onto the last pair; no plate group
            # has three letters, so likelier so than as written (the DB decides among the two)
            add(f"6{tok[1:]}".upper(), _SIX_AS_S)
            add(tok.upper(), _SIX_AS_S + 0.1)
        elif _NAME_VOWEL_KEPT.fullmatch(tok):
            # "gti" for "gi ti" (set 50: "gti 950 z i lunga ele" for GT 957 JL): two letter names with the second's
            # "i" written, the first's lost; no plate holds an I, so likelier the pair than as written
            add(tok[:2].upper(), _NAME_VOWEL_KEPT_COST)
            add(tok.upper(), 0.0)
        elif len(tok) <= 3:  # a plate group written as a word ("mn", "gh"); "la" hardly
            common = tok in COMMON_2 or tok in _FILLERS or tok in LETTER_WORDS or digits_of(tok) is not None
            add(tok.upper(), 0.4 if common else 0.0)
        for r in word_readings(tok):
            add(r.text, r.cost + (0.0 if tok in LETTER_WORDS else _WORD_GUESS))
        for r in _after_article(tok):
            add(r.text, r.cost)
    if tok in _FILLERS and inside:
        add("", _DROP_FILLER)
    return sorted((Reading(t, round(c, 3)) for t, c in out.items()), key=lambda r: (r.cost, r.text))


_ROMAN_COST = 0.2


def _letter_run(run: str) -> list[Reading]:
    """The letters of a token mixing digits and letters: as written, or, three letters or more, as letter names
    run together ("5-4-7tici": ti ci, T C; "fz104capa": K) at the price of a guess."""
    out = [Reading(run.upper(), 0.0)]
    if _ACCA_AS_AK.fullmatch(run):  # "819aks": acca esse, H S (`plate_symbols._ACCA_RUN_ON` at the opening)
        out.append(Reading("H" + run[-1].upper(), _ACCA_AS_AK_COST))
    if len(run) >= 3:
        out += [Reading(r.text, r.cost + _WORD_GUESS) for r in word_readings(run, limit=3) if r.text != run.upper()]
    return out


_ACCA_AS_AK = re.compile(r"akk?[b-df-hj-np-tv-z]")
_ACCA_AS_AK_COST = 0.1
"""H's "acca" written "ak"/"akk" with the next letter's name run on, in a token that also holds digits
("G2PF819AKS" for G W 819 H S): three letters where a plate's group has two, so the H said, not A K."""


def _after_article(tok: str) -> list[Reading]:
    """A letter's name that opens on a vowel run into the article before it, as Italian elides it ("l'acca"),
    the verb maybe too ("è la acca" written "elacca"): the name's readings, the article dropped."""
    for article in ("el", "l"):
        rest = tok[len(article) :]
        if tok.startswith(article) and len(rest) >= 3 and rest[0] in "aeiou":
            spelled = word_readings(rest, limit=3)
            if spelled and spelled[0].cost <= _ARTICLE_RUN_ON_COST:
                return [Reading(r.text, r.cost + _ARTICLE_DROPPED) for r in spelled]
    return []


_ARTICLE_RUN_ON_COST = 0.3
_ARTICLE_DROPPED = 0.1


_EN_PAIR_WORDS = {"easy": "EZ", "essay": "SA", "envy": "NV", "katie": "KT", "eighty": "AT", "emcee": "MC",
                  "excel": "XL", "decay": "DK", "eddie": "ED"}  # fmt: skip
"""Two English letter names that sound as one word, and whisper writes it ("Easy 318KF" for E Z 318 K F)."""
_EN_PAIR_COST = 0.1

_DOUBLE = DOUBLE_SAID
_DOUBLE_AS_DIGITS = re.compile(r"(?<=[a-z0-9])(?:2|00)(?:(?:pi?a)?v(?:u|oo|o)?|p(?:i?a)?f)(?=[a-z0-9]|$)")
"""W said "doppia vu" and written with its "doppia" as a 2 or as two zeros run into the letters around it
("F2V 140" for F W 140, "FP43600VA" for F P 436 W A, "p2pav" for P W, "G2PAvo" its "vu" heard "vo"): only after
a letter or digit, never a number alone."""
_DOUBLE_AS_DIGITS_COST = 0.25
_VU = {"vu", "v", "vi", "vuu", "wu", "vou"}


def _double_vu(tokens: list[str], i: int) -> bool:
    """W said as two words ("doppia vu", whisper's "Toppia V"): they stand for one letter."""
    return _double_at(tokens, i) and i + 1 < len(tokens) and tokens[i + 1] in _VU


def _double_at(tokens: list[str], i: int) -> bool:
    """W's "doppia" at tokens[i], as written or with its "d" run onto the word before (`_D_RUN_BACK`)."""
    return tokens[i] in _DOUBLE or _d_run_back(tokens, i) is not None


def _d_run_back(tokens: list[str], i: int) -> str | None:
    """W's "doppia" written with its "d" run onto the word before ("acc ad oppia vu" for acca doppia vu: H W;
    "ed oppia v 450" for E W 450): that word without its "d" ("a", "e"); None when tokens[i] is no "oppia"
    after a word ending in "d" ("oppia" alone is no word, and a word ending in "d" before anything else, "ad
    oggi", is left as heard)."""
    if tokens[i] not in _D_RUN_BACK or i == 0:
        return None
    before = tokens[i - 1]
    return before[:-1] if len(before) >= 2 and before.isalpha() and before.endswith("d") else None


_D_RUN_BACK = frozenset(w[1:] for w in _DOUBLE if w.startswith("d"))
"""W's "doppia" as whisper writes it, without its "d": "oppia", "opia", "obbia"."""


def _double_vu_run_on(tokens: list[str], i: int) -> str | None:
    """W said as "doppia vu" with the next letter run into the "vu" ("doppia vucapa": W K, "doppia vuesse":
    W S): that letter's name, when the rest of the word is letter names and nothing else; else None."""
    if not _double_at(tokens, i) or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    said = _VU_RUN_ON.match(nxt)
    rest = nxt[said.end() :] if said else ""
    if said and rest == "to" and said.group(0) in ("vu", "avu"):
        return ""  # "ti doppia avuto 346" (set 49): W, the "t" of "tre" run on and its digit said after
    if not rest or not rest.isalpha():
        return None
    if len(rest) == 1:
        return rest  # "doppia VN": the "vu" written as its letter, the next letter after it (W N)
    if rest in _Z_VOICELESS:
        return "zeta"
    spelled = word_readings(rest, limit=1)
    return rest if spelled and spelled[0].cost <= _RUN_ON_COST else None


_Z_VOICELESS = frozenset({"seta", "setta", "sseta", "zetta"})
"""Z's "zeta" with its z said voiceless or doubled, run into W's "vu" (held-out set 48: "F624 dopia vuseta",
"Doppia Vusetta" for FC 624 WZ, four times): Z only there, after a "doppia" (alone, "seta" is silk, and it costs
more than `_RUN_ON_COST` as a letter's name)."""


_VU_RUN_ON = re.compile(r"a?(?:vu|vo|vw|v)")
"""The "vu" of "doppia vu" with the next letter's name run on: "vucapa", and held-out set 18's "Dopia Va", "Doppia
Voa" (doppia vu, a); held-out set 17's "doppia vwaka" (vu acca: its u glides into the vowel after it); set 21's
"doppia avudi" (the "a" of "doppia" heard again before the "vu": W D)."""


_VU_DIGITS = re.compile(r"^(?:vu|v)(\d{1,2})$")


def _double_vu_digits(tokens: list[str], i: int) -> str | None:
    """W said "doppia vu" with the plate's first digit or two written onto its "vu", the rest said apart (set 47:
    "di doppia V2 e 4 nove A capi" for DW 249 HP, "doppia v24 9" for W 249): those digits; None when tokens[i] is no
    "doppia" or the word after it no "vu" with one or two digits. All three glued on ("doppia V338 M e") are the
    strict reading's (`plate_symbols.symbol`); read here too, a plate missing its first letter came out sure enough
    to be written unasked."""
    if not _double_at(tokens, i) or i + 1 >= len(tokens):
        return None
    said = _VU_DIGITS.match(tokens[i + 1])
    return said.group(1) if said else None


_RUN_ON_COST = 0.3
"""The most the letters run into "vu" may cost as letter names ("capa": K, 0.15)."""


_DOUBLE_CUT = re.compile(r"^([a-z]?)(?:dop|dopp|doppi)$")
_VU_AFTER_CUT = re.compile(r"^av(?:u|uto)?$")


def _double_cut(tokens: list[str], i: int) -> str | None:
    """W's "doppia vu" heard cut after "dop", its last "a" run into the "vu" that follows ("GDOP avuto 194" for G
    W 294, "dop av 338"): the letter said before it glued on, if any ("g"), else ""; None when tokens[i] is no
    such cut "doppia" ("avuto" stays a word anywhere else)."""
    found = _DOUBLE_CUT.match(tokens[i])
    if found is None or i + 1 >= len(tokens) or not _VU_AFTER_CUT.match(tokens[i + 1]):
        return None
    return found.group(1)


def join_letter_names(tokens: Iterable[str]) -> list[str]:
    """The tokens with a letter name written as two words joined into one ("doppia vu" → "doppiavu"; "doppia
    vucapa" → "doppiavucapa", W and K; "i lunga" → "jei"), and J's "lunga" left alone after a letter whose
    name ran into its "i" ("51x lunga": ics i lunga, X J) read as J."""
    toks = list(tokens)
    out: list[str] = []
    i = 0
    while i < len(toks):
        if i + 1 < len(toks) and _said_w(toks, i + 1) and (kept := _d_run_back(toks, i + 1)) is not None:
            # "acc ad oppia vu": the word before W without the "d" it took, a letter's name cut joined back ("acca")
            if out and out[-1] + kept in LETTER_WORDS:
                out[-1] += kept
            elif kept:
                out.append(kept)
            i += 1
            continue
        run_on = _double_vu_run_on(toks, i)
        if _double_vu(toks, i) or run_on is not None:
            out.append("doppiavu" + (run_on or ""))
            i += 2
            continue
        digits_on = _double_vu_digits(toks, i)
        if digits_on is not None:  # "di doppia V2 e 4 nove": W, then the digit run onto its "vu"
            out.extend(["doppiavu", digits_on])
            i += 2
            continue
        before_cut = _double_cut(toks, i)
        if before_cut is not None:  # "gdop avuto": G, then W
            out.extend([before_cut, "doppiavu"] if before_cut else ["doppiavu"])
            i += 2
            continue
        if toks[i] in _LONG_I and i + 1 < len(toks) and toks[i + 1] in _LUNGA:
            out.append("jei")
            i += 2
            continue
        if toks[i] in _LETTER_THEN_I and i + 1 < len(toks) and toks[i + 1] in _LUNGA:
            out.extend([toks[i][0], "jei"])  # "164 ai lunga": A, then J
            i += 2
            continue
        run_on = _lunga_run_on(toks, i)
        if run_on is not None:  # "i lunghavu": J, then V
            out.extend(["jei", run_on])
            i += 2
            continue
        if _acca_cut(toks, i):
            out.append(toks[i] + toks[i + 1])
            i += 2
            continue
        if lunga_after_letter(toks, i):
            rest = next(toks[i][len(f) :] for f in _LUNGA if toks[i].startswith(f))
            said = _esse_i(toks, i)
            if said:  # "851 6 lunga", "209 e sei lunga": esse i lunga
                out[len(out) - said :] = ["esse"]
            out.extend(["jei", rest] if rest else ["jei"])
        else:
            out.append(toks[i])
        i += 1
    return out


def _lunga_run_on(toks: list[str], i: int) -> str | None:
    """J said "i lunga" with the next letter's name run into "lunga" ("i lunghavu": J V, "il lungapi": J P): the
    letters run on, when they read as letter names cheaply; else None ("i lungomare" is no J)."""
    if toks[i] not in _LONG_I or i + 1 >= len(toks):
        return None
    form = next((f for f in _LUNGA if toks[i + 1].startswith(f)), None)
    rest = toks[i + 1][len(form) :] if form else ""
    if not rest.isalpha():
        return None
    spelled = word_readings(rest, limit=1)
    return rest if rest in LETTER_WORDS or (spelled and spelled[0].cost <= _RUN_ON_COST) else None


def _acca_cut(toks: list[str], i: int) -> bool:
    """H's "acca" cut after its first "a" and the "a" written "ha" or "a" ("ha cadisero" for acca di zero):
    joined back, only before a word no table knows that reads as letter names run together."""
    if toks[i] not in ("ha", "a") or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if not nxt.startswith(("ca", "cca")) or not nxt.isalpha() or nxt in known_words():
        return False
    spelled = word_readings(nxt, limit=1)
    return bool(spelled) and spelled[0].cost <= _ACCA_CUT_COST


_ACCA_CUT_COST = 0.8


_LONG_I = {"i", "il", "in"}
_LUNGA = ("lungha", "lunga")
_LETTER_THEN_I = frozenset({"ai", "ei", "ki"})
"""A letter written as itself with J's "i" run on, right before "lunga" (held-out set 48: "F 164 ai lunga" for
EF 164 AJ): the letter, then J (`plate_symbols._WRITTEN_AS_ITSELF`)."""


def lunga_after_letter(tokens: list[str], i: int) -> bool:
    """J's "i lunga" with its "i" run into the letter or digit said before ("ics i lunga" heard "x lunga",
    "51x lunga", "sei i lunga ti" heard "6 lungati"): "lunga", or "lunga" with the next letter's name run on,
    right after a letter's name or a plate's digits ("la strada lunga", "una attesa lunga" stay words)."""
    form = next((f for f in _LUNGA if tokens[i].startswith(f)), None)
    if form is None or i == 0:
        return False
    rest = tokens[i][len(form) :]
    if rest and rest not in LETTER_WORDS and not (
        rest.isalpha() and (spelled := word_readings(rest, limit=1)) and spelled[0].cost <= _RUN_ON_COST
    ):
        return False
    before = tokens[i - 1]
    if before in _LONG_I or not before[-1:].isalnum():
        return False
    if before == "sei":  # a word, no digit: only S's "esse" and J's "i" after the plate's digits
        return _esse_i(tokens, i) > 0
    if before.isdigit() and _digits_said_before(tokens, i) > _PLATE_DIGITS:
        # "EVO 851 6 lunga": a plate's three digits said, then "esse i lunga" (S J) heard as "sei lunga": the
        # 6 is S; "sei i lunga" is only a plate's own digits ending ("F A 5 6 lungati"); past the three
        # digits, any other number before "lunga" is no J
        return _esse_i(tokens, i) > 0
    return any(c.isdigit() for c in before) or len(before) == 1 or before in LETTER_WORDS


_PLATE_DIGITS = 3


def _esse_i(tokens: list[str], i: int) -> int:
    """ "lunga" at i after a "6" or "sei" that follows a plate's three digits: S's "esse" and J's "i" heard as
    "sei" ("851 6 lunga"), or as "e sei" ("accati 209 e sei lunga"). How many words before "lunga" say "esse
    i": 1, 2 (with the "e"), or 0 when they are no S."""
    if i < 1 or tokens[i - 1] not in _SEI:
        return 0
    if _digits_said_before(tokens, i - 1) == _PLATE_DIGITS:
        return 1
    if i >= 2 and tokens[i - 2] == "e" and _digits_said_before(tokens, i - 2) == _PLATE_DIGITS:
        return 2
    return 0


_SEI = frozenset({"6", "sei"})


def _digits_said_before(tokens: list[str], i: int) -> int:
    """The digits written in the tokens of digits right before position i ("851", "6": four)."""
    count = 0
    for tok in reversed(tokens[:i]):
        if not tok.isdigit():
            break
        count += len(tok)
    return count


def _without_doubled_two(toks: list[str]) -> list[str] | None:
    """W's "doppia" heard twice, as a 2 and as the word ("F2 Piavoo" for F W, put back as "f2 doppia vu"):
    the tokens without that 2, or None when no 2 sits right before a "doppia vu"."""
    out, changed = [], False
    for k, tok in enumerate(toks):
        if tok.endswith("2") and k + 1 < len(toks) and toks[k + 1].startswith(_W_OPENINGS):
            changed = True
            if tok[:-1] and not tok[:-1].isdigit():
                out.append(tok[:-1])
            continue
        out.append(tok)
    return out if changed else None


_DOUBLED_TWO_COST = 0.3
_W_OPENINGS = ("doppiavu", "piavu", "piav")
"""How a W's name opens once joined (`join_letter_names`), or with its "dop" heard as the 2 before it ("F 762 2
Piavua": doppia vu, a)."""


def _seven_as_zero_z(toks: list[str]) -> list[str] | None:
    """A plate's 7 ("sette" after another digit) heard as a 0 and the "z" of the next word ("120 z a capi", "120Z",
    "540 zetici" for 1 2 7, 5 4 7 ti ci): the tokens with that 0 and z read as the 7, or None when no number of
    two or three digits ends on a 0 right before a z."""
    out, changed = [], False
    for k, tok in enumerate(toks):
        glued = _ZERO_Z.fullmatch(tok)
        if glued:  # "120z"
            out.append(glued.group(1) + "7" + glued.group(2))
            changed = True
            continue
        if k > 0 and changed is False and tok.startswith("z") and _ENDS_ZERO.fullmatch(toks[k - 1]):
            out[-1] = toks[k - 1][:-1] + "7"
            changed = True
            if tok[1:]:
                out.append(tok[1:])
            continue
        out.append(tok)
    return out if changed else None


_ZERO_Z = re.compile(r"([a-z]*\d{1,2})0z([a-z]*)")
_ENDS_ZERO = re.compile(r"\d{1,2}0")
_SEVEN_AS_ZERO_Z = 0.4


def readings(tokens: Iterable[str], *, limit: int = 24) -> list[Reading]:
    """The strings the heard span may stand for, cheapest first (a beam over the tokens' readings).
    Small words at either end ("e la H 9007 MN") may be ordinary words: dropping them is cheap."""
    toks = join_letter_names(tokens)
    found = _readings(toks, limit=limit)
    variants = [(v, cost) for v, cost in ((_without_doubled_two(toks), _DOUBLED_TWO_COST),
                                          (_seven_as_zero_z(toks), _SEVEN_AS_ZERO_Z)) if v is not None]  # fmt: skip
    if not variants:
        return found
    merged = {r.text: r.cost for r in found}
    for variant, extra in variants:
        for r in _readings(variant, limit=limit):
            merged[r.text] = min(merged.get(r.text, math.inf), round(r.cost + extra, 3))
    return sorted((Reading(t, c) for t, c in merged.items()), key=lambda r: (r.cost, r.text))[:limit]


def _readings(toks: list[str], *, limit: int) -> list[Reading]:
    edge = set()
    last = len(toks) - 1
    if last >= 2 and toks[last] in _PRONOUNS and _pair(toks[last - 1]) and toks[last - 1] not in LETTER_WORDS:
        edge.add(last)
        last -= 1
    for order in (range(len(toks)), range(last, -1, -1)):
        for j in order:
            if toks[j] not in _EDGE_WORDS:
                break
            edge.add(j)
    beam: dict[str, float] = {"": 0.0}
    for j, tok in enumerate(toks):
        options = token_readings(tok)
        if tok == "o" and 0 < j < len(toks) - 1 and _numbered(toks[j - 1]) and _numbered(toks[j + 1]):
            # "4 o 8 tre": the end of "quattro" heard apart between two digits, no letter (none is O on a plate)
            options = [*options, Reading("", _VOWEL_APART)]
        if j in edge:  # "è la H 9007 MN": the "e" is likelier the verb than the letter
            options = [Reading(r.text, r.cost + _EDGE_AS_LETTER) for r in options] + [Reading("", _DROP_EDGE)]
        if not options:
            continue
        grown: dict[str, float] = {}
        for text, cost in beam.items():
            for r in options:
                new = text + r.text
                if len(new) > 10:
                    continue
                total = cost + r.cost
                if total < grown.get(new, math.inf):
                    grown[new] = total
        beam = dict(sorted(grown.items(), key=lambda kv: kv[1])[:_BEAM])
    ranked = sorted(
        (
            Reading(t, round(c + _NEVER_ON_PLATES * sum(ch in "IOQU" for ch in t), 3))
            for t, c in beam.items()
            if t
        ),
        key=lambda r: (r.cost, r.text),
    )
    return ranked[:limit]


_VOWEL_APART = 0.1
"""A digit's last vowel heard as a word of its own between two digits ("4 o 8")."""


_NEVER_ON_PLATES = 0.3
"""I, O, Q and U are never on current Italian plates: a reading with them is less likely."""


@dataclass(frozen=True)
class HeardSpan:
    """A run of words that looks like a misheard plate: where it is and its likeliest plate."""

    start: int
    end: int
    plate: str
    readings: tuple[Reading, ...]


def _plateish(tokens: list[str], i: int) -> bool:
    tok = tokens[i]
    if tok in _EXCLUDED_WORDS:
        return False
    if _CLOCK.fullmatch(tok):  # a time between letter groups ("G acca 9:07 MN") is the plate's digits
        return 0 < i < len(tokens) - 1 and _letters(tokens[i - 1]) and _letters_next(tokens, i + 1)
    if symbol(tokens, i) is not None or _said_w(tokens, i) or (i > 0 and _said_w(tokens, i - 1)):
        return True
    if lunga_after_letter(tokens, i):
        return True
    if not tok.isalpha() or len(tok) < 3 or tok in known_words():
        return False
    found = word_readings(tok, limit=1)
    return bool(found) and found[0].cost + _WORD_GUESS <= _MAX_WORD_COST


def _said_w(tokens: list[str], i: int) -> bool:
    """W said as two words from tokens[i], the next letter's name maybe run on ("doppia vu", "dopia va")."""
    return _double_vu(tokens, i) or _double_vu_run_on(tokens, i) is not None or _double_cut(tokens, i) is not None


def _a_word(tokens: list[str], i: int) -> bool:
    """A word of four letters or more that is no letter's name, digit or city of the spelling alphabet: read
    into a plate only as a guess ("barbieri", "rossi")."""
    tok = tokens[i]
    said_w = _said_w(tokens, i) or (i > 0 and _said_w(tokens, i - 1))  # "doppia vwaka": W H, both words
    return tok.isalpha() and len(tok) >= 4 and symbol(tokens, i) is None and not said_w


def _letters(token: str) -> bool:
    """A plate's letter group or letter name ("mn", "acca", "g"), not an ordinary word."""
    if not token.isalpha():
        return False
    if len(token) == 1 or (len(token) == 2 and token not in COMMON_2) or token in LETTER_WORDS:
        return True
    if len(token) < 4:
        return False
    spelled = word_readings(token, limit=1)
    return bool(spelled) and spelled[0].cost <= 0.3  # "akka"


def _letters_next(tokens: list[str], i: int) -> bool:
    """A plate's letters from tokens[i]: a letter group or name, or W said as two words ("e a 8.39 Topia Vucci"
    for E A 839 W C: the time whisper wrote is the plate's digits, with W's "doppia vu" right after it)."""
    return _letters(tokens[i]) or _said_w(tokens, i)


def _letters_before_digits(span: list[str]) -> int:
    count = 0
    for tok in span:
        if any(c.isdigit() for c in tok) or digits_of(tok) is not None:
            return count + sum(c.isalpha() for c in tok.split("-")[0] if not tok[:1].isdigit())
        count += 1 if len(tok) == 1 or tok in _FILLERS or tok in COMMON_2 else 2  # "fn": two letters
    return count


_TWO_NAMES_COST = 0.1
"""The most a known word of three letters may cost read as two letter names run together ("gia": G A)."""


def _two_letter_names(token: str) -> bool:
    """A known word of three or four letters that is two letter names run together ("gia" for "gi a", "dia" for "di
    a", "dici" for "di ci"): read into a plate only right before its digits and last two letters said plainly
    (`_digits_then_pair`) or heard as letter names (`_digits_then_letters_heard`)."""
    if len(token) not in (3, 4) or not token.isalpha() or token not in known_words():
        return False
    spelled = word_readings(token, limit=1)
    return bool(spelled) and len(spelled[0].text) == 2 and spelled[0].cost <= _TWO_NAMES_COST


def _digits_then_pair(span: list[str]) -> bool:
    """The rest of a plate said plainly after its first letters: its three digits, then its last two letters
    as letter names ("876 N.A."), only words of the sentence after them ("… N.A. Ravizza ha venduto"); nothing
    else ("già a 120 mila chilometri" is no plate)."""
    return (
        len(span) >= _PLATE_DIGITS and span[0].isdigit() and len(span[0]) == _PLATE_DIGITS
        and all(len(t) == 1 and t.isalpha() for t in span[1:3]) and all(len(t) >= 4 for t in span[3:])
    )  # fmt: skip


_LETTERS_HEARD = re.compile(r"^\d{3}[A-Z]{2}$")
_LETTERS_HEARD_COST = 1.0
"""The most the rest of a plate after a known word opening it may cost read as its digits and last two letters."""
_LETTERS_HEARD_WORDS = 5
"""Words at most in that rest (its digits, two letter names of two words each, a small word after them)."""


def _digits_then_letters_heard(span: list[str]) -> bool:
    """The rest of a plate after its first letters: its three digits written, then its last two letters heard as
    letter names, maybe run together or a sound off ("442 ipsilon doppia vu", "442 ixilondopiavoo": set 51), the
    cheapest reading of the whole span being exactly that ("già 120 mila chilometri" is none)."""
    if not span or not (span[0].isdigit() and len(span[0]) == _PLATE_DIGITS) or len(span) > _LETTERS_HEARD_WORDS:
        return False
    found = readings(span, limit=1)
    return bool(found) and bool(_LETTERS_HEARD.match(found[0].text)) and found[0].cost <= _LETTERS_HEARD_COST


_TAIL_WRITTEN = re.compile(r"^\d{3}(?:[b-df-hj-np-tv-z]|[a-z]{2})$")
_TAIL_WRITTEN_WORDS = 2


def _digits_then_tail_written(span: list[str]) -> bool:
    """The rest of a plate after its first letters, written as letters: its three digits and its last two letters
    in one token ("Gia 833SF": G A 833 S F), or apart with the last letter lost into the sentence ("Gia 244 X,
    imontiamo", "Gia 244X.": GA244XA, set 52; a plate of six symbols, left to the workshop's plates to decide).
    Only a consonant stands alone for the letters ("già 100 e passa", "già 120 a Milano" are no plate), and nothing
    else is in the run."""
    compact = "".join(span)
    return (
        0 < len(span) <= _TAIL_WRITTEN_WORDS and span[0][:_PLATE_DIGITS].isdigit()
        and bool(_TAIL_WRITTEN.match(compact)) and compact[_PLATE_DIGITS:] not in _UNITS_WRITTEN
    )  # fmt: skip


_UNITS_WRITTEN = frozenset({"km", "kg", "cv", "kw", "hp", "cc", "mm", "cm", "ml", "lt"})
"""Units written after a number ("già 300km"): no plate's last letters."""


def _pair(token: str) -> bool:
    return len(token) == 2 and token.isalpha() and token not in _EXCLUDED_WORDS


def find_heard(tokens: list[str]) -> HeardSpan | None:
    """The likeliest misheard plate in the tokens ("la panda die 907 cicapa"), or None.

    A run of letter names, digits, plate groups and words that read as letter names run together,
    holding at least three digits and two letters; the cheapest to turn into an Italian plate wins.
    """
    best: HeardSpan | None = None
    best_cost = math.inf
    i = 0
    while i < len(tokens):
        if not _plateish(tokens, i):
            i += 1
            continue
        start = i
        while i < len(tokens) and (
            _plateish(tokens, i)
            # "e", "la", or a letter name heard as a small word ("capa e se uno due"), between plate words
            or (
                (tokens[i] in _FILLERS or _pair(tokens[i]))
                and i + 1 < len(tokens)
                and _plateish(tokens, i + 1)
                and not _CLOSING_GROUP.fullmatch(tokens[i - 1])  # "fes 412kt ha un rumore": the verb
            )
        ):
            i += 1
        # a two-letter group next to the plate may be an ordinary word too ("la MR 488 ZC", "730 MA",
        # "la SE Z 315 LM"): taken when the letters before the digits are fewer than two
        if start > 0 and _pair(tokens[start - 1]) and _letters_before_digits(tokens[start:i]) < 2:
            start -= 1
        elif start > 0 and _acca_cut(tokens, start - 1):
            start -= 1  # "ha cabi 615": the "ha" is the start of "acca"
        elif start > 0 and _two_letter_names(tokens[start - 1]) and (
            _digits_then_pair(tokens[start:i])
            or _digits_then_letters_heard(tokens[start:i])
            or _digits_then_tail_written(tokens[start:i])
        ):
            start -= 1  # "della Atlantique, Gia 876 N.A.": "gi a", G A, written as the word "già"; "dici 442": D C
        if i < len(tokens) and _pair(tokens[i]) and not _CLOSING_GROUP.fullmatch(tokens[i - 1]) and any(
            c.isdigit() for c in tokens[i - 1]
        ):  # the plate's last pair after its digits; not after its last group written ("988gt ha la spia")
            i += 1
        span = tokens[start:i]
        if not any(_numbered(t) or _digit_words_run_on(t) for t in span):
            continue
        found = readings(span)
        opening = start
        while not _shaped(found) and start + 1 < i and not _numbered(tokens[start]):
            # "super dire da Ellie, evo 830 il lunga": a run longer than any plate keeps no reading with the
            # plate's digits (ten characters at most); the words of the sentence before it are left out one
            # by one until it has them
            start += 1
            found = readings(tokens[start:i])
        if not _shaped(found):
            end = _shaped_end(tokens, opening, i)
            if end is None:
                continue
            start, i, found = opening, end, readings(tokens[opening:end])
        cut = _number_before_plate(tokens, start, i, found)
        if cut is not None:
            start, found = cut
        if _model_named(tokens, start, i):
            start, found = start + 1, readings(tokens[start + 1 : i])  # "la ypsilon, gb 281 zetacca": the car
            if not found:
                continue
        forms = italian_forms(found, limit=1)
        first_digit = next((k for k in range(start, i) if any(c.isdigit() for c in tokens[k])), i)
        words = [k for k in range(start, first_digit) if _a_word(tokens, k) and i - k > 2]
        for word in sorted(words, reverse=True):
            # "la Barbieri, GN 402 CE": a surname before a whole plate is no letter of it; nor is a word of
            # the sentence before the letters when the plate is likelier without it ("nel piazzale. FG 158
            # TDOV", "300 euro, SD 512 FA": the letters said are there, the word adds only more); the word
            # nearest the digits may be the plate's letters run together ("della Giogger, accadisero 51"):
            # then the one before it is tried
            rest = readings(tokens[word + 1 : i])
            rest_forms = italian_forms(rest, limit=1)
            after = tokens[word + 1 : i]  # the rest has its own letters, and digits after them
            lettered = _letters_then_digits(after)
            # or the rest is a whole plate said plainly, its first pair also a word ("della Mereu, HA 5 2 7 CB":
            # "ha" counts as no letters above, and "Mereu" read as letters made RA527CB)
            said_plainly = bool(rest) and bool(ITALIAN.match(rest[0].text)) and rest[0].cost <= _PLAIN_COST
            # or the rest opens on one letter said plainly, the word no letter names run together: the plate's second
            # letter lost after the first ("alla padmini, F-025HL" for FA035HL, "Kermarathon F-922HL" for FA922HL:
            # "padmini" read as P A made AF025HL)
            one_letter = (
                bool(rest) and bool(_ONE_LETTER_PLATE.match(rest[0].text)) and rest[0].cost <= _PLAIN_COST
                and not _spells_letters(tokens[word])
            )  # fmt: skip
            if (rest_forms and not forms) or (
                (lettered or said_plainly or one_letter) and to_italian(rest) < to_italian(found)
            ):
                start, found, forms = word + 1, rest, rest_forms
                break
            if not _spells_letters(tokens[word]):
                # "della Sala, empolie x203 …": a city's name with a letter's opening glued on ("Empoli York")
                # is no run of letter names; the word before it is not tried as the plate's edge
                break
        last_digit = max(
            (k for k in range(start, i) if _numbered(tokens[k]) or _digit_words_run_on(tokens[k])), default=start
        )
        for n, word in enumerate([k for k in range(last_digit + 1, i) if _a_word(tokens, k)]):
            # "HA 274 WK oltre al tagliando", "GT 925 MA, a un altro giorno": a word after a plate said
            # plainly is no letter of it ("oltre": O L 3, "NB altrimenti": B A); a plate that ends on a guess
            # ("… doppia vucapa", "doppia" as P A) is not cut short
            rest = readings(tokens[start:word])
            plain = [r for r in rest if ITALIAN.match(r.text) and r.cost <= _PLAIN_COST]
            whole = next((r.cost for r in found if ITALIAN.match(r.text)), math.inf)
            if plain and plain[0].cost < whole:
                i, found, forms = word, rest, [plain[0].text]
                break
            if (
                (_no_letters(tokens[word]) or n > 0)
                and _LETTERS_AFTER_DIGITS.search(rest[0].text if rest else "")
                and not (_nato_like(tokens, start, word) and to_italian(found) <= _MAX_SPAN_COST)
                and to_italian(rest) < to_italian(found)
            ):
                # "M 0 9 3 di acca. Suozza.": a word after the plate's letters that reads as no letter names
                # is the sentence going on, even when the plate heard lacks a letter; but not the only word
                # after the digits ("empolio x058 cossalotele": a plate ending on its digits is no nearer a
                # plate, only shorter), nor a NATO word heard as another word ("Papa Tangles": Tango) where
                # the plate with it is likely enough
                i, found, forms = word, rest, italian_forms(rest, limit=1)
                break
            if _no_letters(tokens[word]):
                break
            # a word of letter names run together ("2 Piavua": doppia vu, a) is the plate's: a word after it is
            # where the sentence goes on when the plate is nearer without it ("F 762 2 Piavua, l'Aberto Lazio")
        cost = to_italian(found)
        if cost > _MAX_SPAN_COST and (end := _shaped_end(tokens, opening, i)) is not None:
            start, i, found = opening, end, readings(tokens[opening:end])
            forms, cost = italian_forms(found, limit=1), to_italian(found)
        if cost < best_cost and cost <= _MAX_SPAN_COST:
            plate = forms[0] if forms else found[0].text
            best, best_cost = HeardSpan(start, i, plate, tuple(found)), cost
    return best


def _shaped_end(tokens: list[str], start: int, end: int) -> int | None:
    """Where a run of plate words too long for a plate ends its plate: over workshop noise the sentence after
    the plate's last letters may read as letter names too, up to the hour's number ("Giaca 9.0.7 mm,
    martediamo le 9": martedì alle 9). The longest run from `start` that ends on the plate's letters after its
    digits and reads as a plate; None when none does (nothing is read by cutting a plate's digits short)."""
    for cut in range(end - 1, start + 1, -1):
        if not _letters(tokens[cut - 1]) or not any(_numbered(t) for t in tokens[start : cut - 1]):
            continue
        found = readings(tokens[start:cut])
        if _shaped(found) and _LETTERS_AFTER_DIGITS.search(found[0].text) and to_italian(found) <= _MAX_SPAN_COST:
            return cut
    return None


def _digit_words_run_on(token: str) -> bool:
    """A word that reads best as digit words run together ("ottottonove": otto otto nove), as whisper writes a
    plate's digits over workshop noise: it holds the plate's digits as a written number would."""
    if not token.isalpha() or len(token) < 6 or token in known_words():
        return False
    found = word_readings(token, limit=1)
    return bool(found) and sum(c.isdigit() for c in found[0].text) >= 2 and found[0].cost <= _DIGIT_RUN_COST


def _shaped(found: list[Reading]) -> bool:
    """The cheapest reading has a plate's digits and letters ("erre tre tre ottoppielle" holds digits inside a
    word too), or is a plate with one digit dropped."""
    if not found:
        return False
    cheapest = found[0].text
    digits = sum(c.isdigit() for c in cheapest)
    letters = sum(c.isalpha() for c in cheapest)
    return (3 <= digits <= 8 and letters >= 2) or bool(_ONE_DIGIT_DROPPED.match(cheapest))


_LETTERS_AFTER_DIGITS = re.compile(r"\d[A-Z]")
_CLOSING_GROUP = re.compile(r"[a-z]*\d{2,}[a-z]{2}")
"""A token ending a plate written with its digits and last pair ("988gt", "fs968gt"): a pair after it is a word."""
_MODEL_LETTERS = frozenset({"ypsilon", "ipsilon"})
"""A model whose name is a letter's (the Lancia Ypsilon)."""
_ITS_ARTICLE = frozenset({"la", "una", "della", "alla", "dalla", "sulla", "nella", "quella", "sua", "l"})


def _model_named(tokens: list[str], start: int, end: int) -> bool:
    """ "la ypsilon, gb 281 zetacca": a model named by a letter's name (`_MODEL_LETTERS`) after its article, with
    the plate's own letters and digits after it, is the car and no letter of the plate ("ipsilon 281 …" after no
    article, or with no letters of its own after it, stays the plate's Y)."""
    return (
        start > 0 and tokens[start] in _MODEL_LETTERS and tokens[start - 1] in _ITS_ARTICLE
        and _letters_then_digits(tokens[start + 1 : end])
    )  # fmt: skip


def _nato_like(tokens: list[str], start: int, k: int) -> bool:
    """A word opening as a NATO word does ("tangles": tango; "ekko", "limo") in a span spelled with NATO words:
    whisper's spelling of the next letter, not the sentence going on."""
    if not any(t in NATO_WORDS for t in tokens[start:k]):
        return False
    return any(tokens[k].startswith(w[:4]) for w in NATO_WORDS if w.isalpha())


def _spells_letters(token: str) -> bool:
    """A word that letter names run together explain cheaply ("accadisero": acca di zero; not "empolie")."""
    spelled = word_readings(token, limit=1)
    return bool(spelled) and spelled[0].cost <= _SPELLS_COST


_SPELLS_COST = 0.5


def _no_letters(token: str) -> bool:
    """A word that letter names run together explain only dearly ("suozza"; not "vucapa", "acca")."""
    spelled = word_readings(token, limit=1)
    return not spelled or spelled[0].cost > _LETTER_RUN_COST


_LETTER_RUN_COST = 0.8


def _numbered(token: str) -> bool:
    """A token that says digits ("512", "m148rb", "cinque")."""
    return any(c.isdigit() for c in token) or digits_of(token) is not None


def _letters_then_digits(span: list[str]) -> bool:
    """The span opens with two letters or more before the first token that says digits ("fg 158 tdov",
    "sd 512 fa"; not "otto 151 pie", whose "otto" is a digit, nor "a9 0 7 m n")."""
    first = next((k for k, tok in enumerate(span) if _numbered(tok)), None)
    if first is None:
        return False
    written = any(c.isdigit() for c in span[first])  # "ab123": its letters count, a number word's do not
    return _letters_before_digits(span if written else span[:first]) >= 2


def _number_before_plate(
    tokens: list[str], start: int, end: int, found: list[Reading]
) -> tuple[int, list[Reading]] | None:
    """Where the plate starts when a number said just before it belongs to the words before ("spostala al
    28, SD 512 FA", "move it to the 28, SD 512 FA", "venerdì 4 …", "costa 300 …"), and its readings; else
    None. Cut only when the words after the number read as a whole Italian plate, more cheaply than the span
    with it: no Italian plate has digits before its letters, so there the number is extra. Digits heard for
    a plate's letters ("10 345 AF" for D C 345 A F) leave a rest that is no whole plate, and stay."""
    best: tuple[int, list[Reading]] | None = None
    best_cost = to_italian(found)
    for k in range(start, end - 1):
        if digits_of(tokens[k]) is None or not any(_numbered(t) for t in tokens[k + 1 : end]):
            continue
        rest = readings(tokens[k + 1 : end])
        cost = to_italian(rest)
        if italian_forms(rest, limit=1) and cost < best_cost:
            best, best_cost = (k + 1, rest), cost
    return best


_ONE_LETTER_PLATE = re.compile(r"^[A-Z][0-9]{3}[A-Z]{2}$")
"""A plate said plainly but for its second letter, lost into the first's name ("F-025HL" for FA035HL)."""
_ONE_DIGIT_DROPPED = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z]{2}$")
"""Two letters, two digits, two letters ("fx97fa" for F X 6 9 7 F A): a plate with a digit whisper dropped,
the one shape with two digits taken for a plate (the workshop's plates decide which digit, or ask)."""
_PLAIN_COST = 0.6
"""A plate read this cheaply was said plainly (letter groups, digits, small words dropped at its ends)."""
_MAX_SPAN_COST = 2.6
"""A run that needs more than this to become an Italian plate is not taken for one."""


def italian_forms(found: list[Reading], *, limit: int = 12) -> list[str]:
    """The readings that have the Italian format, cheapest first (what to look up exactly)."""
    out = [r.text for r in found if ITALIAN.match(r.text)]
    return out[:limit]


# --- ranking known plates -----------------------------------------------------------------------------

_NEAR: dict[frozenset[str], float] = {}
for _group, _cost in (("BPDTV", 0.35), ("B8", 0.3), ("MN", 0.25), ("0O", 0.2), ("1IL", 0.3), ("CGK", 0.4),
                      ("SFX", 0.45), ("5S", 0.45), ("2Z", 0.5), ("6G", 0.5), ("AEH", 0.5), ("3E", 0.5),
                      ("7T", 0.5), ("4A", 0.6), ("GH", 0.45), ("KQ", 0.4), ("RL", 0.5), ("09", 0.6), ("37", 0.6),
                      ("06", 0.7), ("17", 0.7), ("79", 0.7), ("59", 0.8), ("23", 0.8)):  # fmt: skip
    for _a in _group:
        for _b in _group:
            if _a != _b:
                _NEAR[frozenset((_a, _b))] = min(_cost, _NEAR.get(frozenset((_a, _b)), 1.0))
_SUB = 1.0
_EXTRA = 0.6
"""A character heard that the plate does not have (a zero added is cheaper: `_EXTRA_ZERO`)."""
_MISSING = 0.7
"""A character of the plate that was not heard (a dropped letter)."""
_A_AFTER_LETTER_LOST = 0.35
"""The plate's second letter A not heard: its "a" runs into the first letter's name ("effe a" heard "F", "acca a"
"H", "gi a" "G": "F-671 L-K", "H990 VR", "G3-10GC" for FA671LK, HA990VR, GA310GC). In the kept transcripts of
sets 17 to 53, 33 of 322 plates with A second lost it, 10 %; the other second letters were lost 1 to 4 % of the
time (C 15 of 210, T 8 of 260): four times as likely, so half the cost of another letter lost."""


_PAIR: dict[str, float] = {a + b: cost for pair, cost in _NEAR.items() for a in pair for b in pair if a != b}
_EXTRA_ZERO = 0.35
"""A zero heard that the plate does not have ("9007" for "907"): whisper adds them often."""


TWIN_COST = 0.35
"""A letter heard as its nearest others (bi/pi/di/ti/vu, emme/enne) costs this much or less: one such swap away, a
plate on file is a twin of the plate heard, as easily said for it."""


def twins(plate: str) -> list[str]:
    """The plates one letter swap from `plate` whose letters' names are heard for each other (FB927DS and FP927DS,
    DM947ZA and DN947ZA): a plate heard exactly may still be its twin said."""
    out: list[str] = []
    for i, ch in enumerate(plate):
        if not ch.isalpha():
            continue
        for other in "ABCDEFGHJKLMNPRSTVWXYZ":
            if other != ch and _PAIR.get(ch + other, _SUB) <= TWIN_COST:
                out.append(plate[:i] + other + plate[i + 1 :])
    return out


def explain(heard: str, plate: str) -> float:
    """Weighted edit distance from a heard reading to a known plate: confusable characters swapped
    cheaply (`_NEAR`), a character heard too much (a zero cheaper) or not heard at all."""
    pair = _PAIR
    missing = _missing_costs(plate)
    prev = [0.0]
    for cost in missing:
        prev.append(prev[-1] + cost)
    for ca in heard:
        extra = _EXTRA_ZERO if ca == "0" else _EXTRA
        left = prev[0] + extra
        cur = [left]
        for j, cb in enumerate(plate, start=1):
            best = prev[j - 1] if ca == cb else prev[j - 1] + pair.get(ca + cb, _SUB)
            up = prev[j] + extra
            if up < best:
                best = up
            left += missing[j - 1]
            if left < best:
                best = left
            left = best
            cur.append(best)
        prev = cur
    return prev[-1]


def _missing_costs(plate: str) -> list[float]:
    """What each character of `plate` costs not heard: its second letter A less (`_A_AFTER_LETTER_LOST`)."""
    costs = [_MISSING] * len(plate)
    if len(plate) > 1 and plate[1] == "A" and plate[0].isalpha():
        costs[1] = _A_AFTER_LETTER_LOST
    return costs


def _sub_pattern(a: str, kind: str) -> float:
    return 0.0 if (a.isdigit() == (kind == "D")) else _SUB


def to_italian(found: list[Reading]) -> float:
    """The cheapest way the readings become some Italian-format plate (any plate, on file or not). A second letter A
    lost costs as any letter here (`explain` makes it cheaper for a plate on file): the plate not on file stays as
    likely as before, so an A plate on file gains over it, and a plate heard with its first letter lost ("H 9007
    MN") does not lose confidence to an A plate no one has."""
    best = math.inf
    for r in found:
        if r.cost >= best:
            break
        prev = [j * _MISSING for j in range(8)]
        for ca in r.text:
            extra = _EXTRA_ZERO if ca == "0" else _EXTRA
            cur = [prev[0] + extra]
            for j, kind in enumerate("LLDDDLL", start=1):
                cur.append(min(prev[j] + extra, cur[j - 1] + _MISSING, prev[j - 1] + _sub_pattern(ca, kind)))
            prev = cur
        best = min(best, r.cost + prev[-1])
    return best


def plate_cost(found: list[Reading], plate: str) -> float:
    """The cheapest way any reading explains `plate`."""
    best = math.inf
    for r in found:
        if r.cost >= best:
            break
        best = min(best, r.cost + explain(r.text, plate))
    return best


TEMPERATURE = 0.3
"""Cost → weight: weight = exp(-cost / TEMPERATURE)."""
UNKNOWN_SHARE = 0.1
"""How often a plate said at the counter is not on file (or not among the candidates looked up): its
weight is this times the weight of the cheapest Italian plate the readings could be."""
PRIOR_TODAY = 1.6
PRIOR_WEEK = 1.3
"""Plates with an appointment today / this week are that much likelier to be the one spoken."""


SURE_COST = 1.2
"""A plate the readings explain only at a higher cost than this (a garbled span) never gets the
confidence of a write without a question (0.9), whatever its competitors."""
MIN_CONFIDENCE = 0.3
"""Below this the best known plate is no answer: the lookup's own result stands."""
MARGIN = 0.15
"""Two plates closer than this in confidence are ambiguous: ask which."""


CORROBORATED_SURE_COST = 2.0
"""A garbled span (cost above SURE_COST, up to this) may still reach the write confidence when what
else was said singles the vehicle out: its `Evidence` is at least `CORROBORATION_FOR_SURE` times
likelier for this vehicle than for one not on file. Beyond 2.0 the span is noise (two or three
slips on seven characters, `_MAX_SPAN_COST` 2.6 is the most a span may cost at all): always ask."""
CORROBORATION_FOR_SURE = 10.0
"""How much likelier the independent evidence must be for the candidate than for a plate not on file
(1 / the share of the fleet that would fit it) before it lifts the cap of a garbled span."""


@dataclass(frozen=True)
class Evidence:
    """What was said besides the plate, as likelihoods: for each candidate plate, how likely the rest
    of the utterance is if that vehicle was meant (1: it fits; small: it contradicts), and how likely
    it is for a plate not on file (the share of the fleet that would fit it). Plates not in
    `likelihood` count 1 (nothing said about them)."""

    likelihood: Mapping[str, float]
    unknown: float = 1.0

    def ratio(self, plate: str) -> float:
        """How much the evidence favours this plate over a plate not on file."""
        return self.likelihood.get(plate, 1.0) / max(self.unknown, 1e-9)


@dataclass(frozen=True)
class RankedPlate:
    plate: str
    cost: float
    confidence: float


def _may_explain(found: list[Reading], plate: str) -> bool:
    """A cheap bound before the edit distance: the plate shares four characters with a reading."""
    return any(sum(min(r.text.count(c), plate.count(c)) for c in set(plate)) >= 4 for r in found)


def rank(
    found: list[Reading],
    known: Iterable[str],
    *,
    priors: Mapping[str, float] | None = None,
    evidence: Evidence | None = None,
) -> list[RankedPlate]:
    """Known plates ranked by how well the readings explain them, with a calibrated confidence
    (the share of the probability mass, a "none of these" share included).

    `evidence` (the model, colour, owner or appointment said) multiplies each plate's weight by its
    likelihood and the "none of these" share by the likelihood for a vehicle not on file; it also
    decides whether a garbled span may reach the write confidence (`CORROBORATED_SURE_COST`)."""
    priors = priors or {}
    evidence = evidence or Evidence({})
    heard = found[:6]
    costs = {p: plate_cost(found, p) for p in set(known) if _may_explain(heard, p)}
    weights = {
        p: priors.get(p, 1.0) * evidence.likelihood.get(p, 1.0) * math.exp(-c / TEMPERATURE)
        for p, c in costs.items()
    }
    unknown = UNKNOWN_SHARE * evidence.unknown * math.exp(-to_italian(found) / TEMPERATURE)
    total = sum(weights.values()) + unknown

    def cap(plate: str) -> float:
        cost = costs[plate]
        if cost <= SURE_COST:
            return 1.0
        if cost <= CORROBORATED_SURE_COST and evidence.ratio(plate) >= CORROBORATION_FOR_SURE:
            return 1.0
        return 0.89

    ranked = [
        RankedPlate(p, round(costs[p], 3), round(min(w / total, cap(p)), 3)) for p, w in weights.items()
    ]
    return sorted(ranked, key=lambda r: (-r.confidence, r.plate))
