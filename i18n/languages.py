"""The languages every catalogue carries; Italian is the default and the fallback."""

from __future__ import annotations

from typing import Literal

Language = Literal["it", "en"]
LANGUAGES: tuple[Language, ...] = ("it", "en")
DEFAULT_LANGUAGE: Language = "it"

Catalogue = dict[str, dict[str, str]]
"""key → {language: text}; texts may hold `{name}` fields."""


def pick(language: str | None) -> Language:
    """`language` when it is one we carry, else Italian."""
    for known in LANGUAGES:
        if language == known:
            return known
    return DEFAULT_LANGUAGE


def lookup(catalogue: Catalogue, key: str, language: str | None) -> str:
    """The text for `key` in `language`, in Italian where that language lacks it. KeyError if unknown."""
    entry = catalogue[key]
    return entry.get(pick(language)) or entry[DEFAULT_LANGUAGE]
