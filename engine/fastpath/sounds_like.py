"""How a word sounds, for putting back the counter's words whisper base spells its own way.

Accented Italian reaches whisper with the same few confusions again and again: doubled consonants
single or doubled ("prenotazzione"), "gn" heard as "n" ("senami") or spelt "gni" before a vowel
("segniamelo"), "gli" as "i" or "j" ("tajando"), r as l ("levisione"), a silent or missing h ("Othel"),
z as s ("mesa"), c/k/ch/q alike. `sound_key` folds every one of them, so two spellings of one spoken word
share a key; the vowels are kept, so "cancello" (a gate) and "cancella" (cancel) keep different keys.
"""

from __future__ import annotations

import functools
import re

_FOLDS = (
    # "segniamelo": an "i" after "gn" and before a vowel is only spelt, unless it ends the word stressed
    # ("compagnia" is no "compagna")
    (re.compile(r"gni(?=[aeou].)"), "n"),
    (re.compile(r"gn"), "n"),
    (re.compile(r"gli"), "i"),
    (re.compile(r"ck|ch|c|q|k"), "k"),
    (re.compile(r"h"), ""),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "s"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"r"), "l"),
    (re.compile(r"(.)\1+"), r"\1"),
)


@functools.lru_cache(maxsize=4096)
def sound_key(word: str) -> str:
    """The word as it sounds to whisper: equal keys, words a listener could not tell apart."""
    out = word.lower()
    for pattern, repl in _FOLDS:
        out = pattern.sub(repl, out)
    return out


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


class SoundIndex:
    """Words found by their sound: exactly (same key) or one sound apart (one letter of the key added,
    dropped or changed)."""

    def __init__(self, words: set[str] | frozenset[str]) -> None:
        self._exact: dict[str, set[str]] = {}
        for word in words:
            self._exact.setdefault(sound_key(word), set()).add(word)

    @functools.cached_property
    def _near(self) -> dict[str, set[str]]:
        """Every key and each of its one-letter deletions → the words (built on the first `near`)."""
        out: dict[str, set[str]] = {}
        for key, words in self._exact.items():
            for variant in {key, *_deletions(key)}:
                out.setdefault(variant, set()).update(words)
        return out

    def same(self, heard: str) -> set[str]:
        """The words that sound exactly like `heard`."""
        return set(self._exact.get(sound_key(heard), ()))

    def near(self, heard: str) -> set[str]:
        """The words whose key is at most one letter from `heard`'s."""
        key = sound_key(heard)
        found: set[str] = set()
        for variant in {key, *_deletions(key)}:
            found |= self._near.get(variant, set())
        return {w for w in found if one_apart(key, sound_key(w))}


def one_apart(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed."""
    if a == b:
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


_UNVOICED = str.maketrans("dbgv", "tpkf")


def one_sound_apart(heard: str, word: str) -> bool:
    """Does `heard` sound like `word`, or at most one sound from it, a voiced consonant heard unvoiced or
    the other way round ("topo", "tobo" for "dopo")?"""
    return one_apart(sound_key(heard).translate(_UNVOICED), sound_key(word).translate(_UNVOICED))


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopped early above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i]
        for j, cb in enumerate(b, start=1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]
