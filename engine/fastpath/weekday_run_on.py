"""A weekday whisper base ran into the word before it, or cut with its "dì" heard apart and run into "a".

Whisper base writes an Italian weekday glued to what was said just before it, a sound off: "cambio gommelone di
30" (gomme, lunedì 30), "me la segnilune di 30" (segni, lunedì), "spostamela avenerti 4" (a venerdì 4),
"ammercola di 9" (a mercoledì 9, its m doubled as Italian says it after "a"); and its "dì" heard apart with the
"a" after it: "da Marte Dia giovedì" (da martedì a giovedì), or the "a" run onto the whole day ("da meccoledia
giovedì 3"); or its opening run into the word before and its middle heard apart ("tagliandolo ne di alle 9":
tagliando, lunedì); or last, after an agenda's verb ("cosa abbiamoluneti"). Put back only where a day is (its
date, "prossimo" or "alle" right after it, another weekday after it, the end of the request after a known word, or,
said with "da", the day a job goes to a few words after: "Damarte di la portiamo a giovedì 10"),
only after a known word or a preposition, and only when one weekday (Monday to Saturday) is one letter from what
was heard.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.fastpath.numbers import word_to_number
from engine.fastpath.sounds_like import edit_distance

_DAYS = ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato")
_PREPOSITIONS = frozenset({"a", "da", "al", "dal"})
_DAY_NEXT = frozenset({"prossimo", "prossima", "alle", "mattina", "pomeriggio"})
_APART = ("di", "dia")
"""The weekday's "dì" heard as a word of its own, maybe with the "a" after it ("Marte Dia giovedì")."""
_MIN_PIECE = 4
_MIN_WORD = 4
"""A known word before the glued weekday has this many letters at least ("gomme", "segni"; not "la")."""


def _day(heard: str) -> str | None:
    """The one weekday `heard` is at most one letter from, its first letter kept ("lonedi", "venerti")."""
    if len(heard) < len(_DAYS[0]) - 1:
        return None
    days = [d for d in _DAYS if d[0] == heard[0] and edit_distance(heard, d, 1) <= 1]
    return days[0] if len(days) == 1 else None


def _where_a_day_is(after: str) -> bool:
    """What follows is a day's date, "prossimo", a time or a part of the day."""
    return after in _DAY_NEXT or (word_to_number(after) or 0) in range(1, 32)


def _preposition(before: str, piece: str) -> bool:
    """A preposition before the day, maybe with the day's first consonant doubled as Italian says it after "a"
    and "da" ("ammercola di 9": a mercoledì 9)."""
    if before in _PREPOSITIONS:
        return True
    doubled = before[-1:]
    return before[:-1] in _DOUBLING and doubled == piece[:1] and doubled not in "aeiou"


_DOUBLING = {"a": "a", "da": "da", "pe": "per"}
"""The prepositions a weekday's first consonant is doubled after, as heard: "per lunedì" heard "pellone di" (its r
taken into the l)."""


def _split(tok: str, apart: bool, known: frozenset[str]) -> tuple[str, str] | None:
    """(word before, weekday) for a token that is a known word or a preposition with a weekday glued on, its
    "dì" heard apart when `apart` ("gommelone" + "di": gomme, lunedì); or ("", weekday) for the weekday alone
    before "dia"."""
    found = []
    for cut in range(len(tok) - _MIN_PIECE + 1):
        before, piece = tok[:cut], tok[cut:]
        if before and not _preposition(before, piece) and not (len(before) >= _MIN_WORD and before in known):
            continue
        day = _day(piece + "di" if apart else piece)
        if day is not None:
            word = before in _PREPOSITIONS or (len(before) >= _MIN_WORD and before in known)
            said = _DOUBLING[before[:-1]] if before and not word else before

            found.append((said, day))  # "am" + "mercola": the doubled m is the day's
    return found[0] if len(found) == 1 else None


def weekday_run_on(
    tokens: list[str], known: frozenset[str], same_sound: Callable[[str], set[str]] | None = None
) -> list[str]:
    """The tokens with a weekday run into the word before it, or cut before its "dì", put back (module doc);
    with `same_sound` (the known words that sound exactly like a heard piece), a weekday that took the last
    syllable of the word before it too (`_syllable_taken`)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        apart = nxt in _APART
        after = (tokens[i + 2] if i + 2 < len(tokens) else "") if apart else nxt
        ahead = i + (3 if apart else 2)
        moving = _to_another_day(tokens[ahead : ahead + _AHEAD])
        said = _said(tok, apart, nxt, after, known, moving) or _then_a(tok, nxt, known)
        taken = _syllable_taken(out, tok, apart, after, known, same_sound) if said is None and same_sound else None
        if taken is not None:  # "Riccari Calune di 30": ricarica, lunedì 30
            out[-1:] = taken
            i += 2 if apart else 1
            continue
        if said is None:
            out.append(tok)
            i += 1
            continue
        out.extend(said)
        i += 2 if apart else 1
    return out


_TAKEN_SYLLABLE = 3
"""The most letters of the word before a weekday heard run onto it ("ca" of "ricarica" in "Calune di 30")."""


def _syllable_taken(
    out: list[str], tok: str, apart: bool, after: str, known: frozenset[str], same_sound: Callable[[str], set[str]]
) -> list[str] | None:
    """The word before and a weekday, when whisper cut between them a syllable early: "ricarica lunedì 30" heard
    "Riccari Calune di 30" (the "ca" of "ricarica" run onto the day). Only where neither heard word is known, the
    word before with the syllable back sounds exactly like one known word, the rest is one weekday one letter off
    and its date (or time, "prossimo") follows; the word is put back as heard whole ("riccarica"), left to the
    word repairs after (`misheard._words`)."""
    before = out[-1] if out else ""
    if not (tok.isalpha() and before.isalpha()) or tok in known or before in known or not _where_a_day_is(after):
        return None
    for cut in range(1, _TAKEN_SYLLABLE + 1):
        day = _day(tok[cut:] + "di" if apart else tok[cut:])
        whole = before + tok[:cut]
        if day is not None and len(same_sound(whole)) == 1:
            return [whole, day]
    return None


def weekday_cut_across(
    tokens: list[str], known: frozenset[str], same_sound: Callable[[str], set[str]] | None = None
) -> list[str]:

    """The tokens with a weekday cut across three words put back (`_cut_across`); run on the words as heard,
    before any is put back alone ("tagliandolo" is "tagliando" to `misheard.SAID_AS`, its "lo" then lost). With
    `same_sound`, the word before may be heard as it sounds ("tagiandolo un'edì": tagliando, lunedì)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        cut = _cut_across(tokens, i, known)
        if cut is None and same_sound is not None:
            cut = _cut_across_sounded(tokens, i, known, same_sound)
        if cut is None:
            out.append(tokens[i])
            i += 1
            continue
        out.extend(cut)
        i += 3
    return out


_SYLLABLE = 3
"""The most letters of a weekday's middle heard as a word of its own ("ne" of lu-ne-dì)."""


def _cut_across(tokens: list[str], i: int, known: frozenset[str]) -> list[str] | None:
    """A weekday's opening run into the word before it, its middle heard as a short word and its "dì" apart:
    "il tagliandolo ne di alle 9" (tagliando, lu-ne-dì). The three tokens are read as one with its "dì" apart
    (`_said`), so the same rules hold: a known word or preposition before, a day's date or time after."""
    tok, after = tokens[i], _middle_and_apart(tokens, i)
    if after is None or not tok.isalpha() or tok in known:
        return None
    middle, apart = after
    return _said(tok + middle, True, apart, tokens[i + 3], known)


def _middle_and_apart(tokens: list[str], i: int) -> tuple[str, str] | None:
    """A weekday's middle heard as a short word and its "dì" apart, in the two words after tokens[i], with a word
    after them (`_cut_across`); else None."""
    if i + 3 >= len(tokens):
        return None
    middle, apart = tokens[i + 1], tokens[i + 2]
    if apart not in _APART and len(apart) == 3 and apart.endswith("di") and apart[0] in "aeiou":
        # the middle's last vowel run onto the "dì" ("tagiandolo un'edì 30": tagliando, lu-ne-dì, its "ne" heard
        # "un" and "e"): read with the vowel back on the middle
        middle, apart = middle + apart[0], "di"
    if apart not in _APART or not (middle.isalpha() and len(middle) <= _SYLLABLE):
        return None
    return middle, apart


def _cut_across_sounded(
    tokens: list[str], i: int, known: frozenset[str], same_sound: Callable[[str], set[str]]
) -> list[str] | None:
    """`_cut_across` with the word before the weekday spelt as it sounds ("tagiando" for tagliando, its gli heard
    as a soft g): read again with that word's opening as the one known word `same_sound` puts it back to."""
    tok = tokens[i]
    if not tok.isalpha() or tok in known or _middle_and_apart(tokens, i) is None:
        return None  # no weekday cut across after it: its openings are not looked up by their sound
    for cut in range(len(tok) - 1, _MIN_WORD, -1):
        same = same_sound(tok[:cut])
        if len(same) == 1:
            word = same.pop()
            cut_across = _cut_across([word + tok[cut:], *tokens[i + 1 : i + 4]], 0, known)
            if word != tok[:cut] and len(word) >= _MIN_WORD and cut_across is not None:
                return cut_across
    return None


def _then_a(tok: str, nxt: str, known: frozenset[str]) -> list[str] | None:
    """A weekday with the "a" after it run on, before another weekday: "da meccoledia giovedì 3" (da mercoledì
    a giovedì), the first day one letter off at most; never a known word ("domenica" holds no "a" to split)."""
    if tok in known or not tok.endswith("a") or not nxt.isalpha() or not (nxt in _DAYS or _day(nxt) is not None):
        return None
    day = _day(tok[:-1])
    return [day, "a"] if day is not None else None


_AHEAD = 5
"""How many words may come between a day said with "da" and the day it goes to ("Damarte di la portiamo a giovedì")."""
_SINCE = frozenset({"da", "dal"})


def _to_another_day(ahead: list[str]) -> bool:
    """Another weekday said with "a" among the words `ahead` ("… la portiamo a giovedì 10"): the day a job goes to."""
    return any(ahead[k] in ("a", "al") and ahead[k + 1] in _DAYS for k in range(len(ahead) - 1))


def _said(
    tok: str, apart: bool, nxt: str, after: str, known: frozenset[str], moving: bool = False
) -> list[str] | None:
    if not tok.isalpha() or tok in known or len(tok) < _MIN_PIECE:
        return None
    split = _split(tok, apart, known)
    if split is None:
        return None
    before, day = split
    then_a = nxt == "dia"
    if then_a:  # "da Marte Dia giovedì": "dì a" before another day or a date
        if not (_where_a_day_is(after) or _day(after) is not None or after in _DAYS):
            return None
    elif not (_where_a_day_is(after) or (not after and len(before) >= _MIN_WORD) or (moving and before in _SINCE)):
        # a day's date, time or "prossimo" after it; or the request ends on it after a known word ("cosa
        # abbiamoluneti": abbiamo, lunedì); or it is the day a job is moved from, said with "da" and its "dì" apart,
        # the day it goes to said after ("la batteria Damarte di la portiamo a giovedì 10", set 34: da martedì)
        return None
    if not before and not then_a:
        return None  # a weekday heard alone one letter off: `days_heard._weekday_misheard` decides
    return [w for w in (before, day, "a" if then_a else "") if w]
