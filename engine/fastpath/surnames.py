"""Italian surnames with a particle ("De Luca", "Lo Russo", "D'Angelo"), as said and as whisper writes them.

The particle is a word the fast path knows ("di", "la", "lo"), so a name made of it is read with the particle set
aside; and whisper often writes particle and surname as one word ("Deluca", "Dangelo"), which no customer search
finds: the forms with the particle put apart are tried after the name as heard found nobody.
"""

from __future__ import annotations

TITLES_EN = frozenset({"mr", "mrs", "ms", "miss"})
"""The English titles said before a surname ("Mr Favaretto", "Mrs Rossi")."""

PARTICLES = ("della", "dello", "degli", "dalla", "del", "dei", "dal", "de", "di", "da", "lo", "la", "li")
"""The particles written as a word before a surname, longest first (so "Dellavalle" is tried as Della Valle before
Del Lavalle)."""
ELIDED = ("d", "l")
"""The particles written elided onto the surname: D'Angelo, L'Abbate."""
PARTICLE_WORDS = frozenset((*PARTICLES, *ELIDED))
"""A particle as the tokenizer splits it off a name ("D'Angelo" → d, angelo)."""

_VOWELS = frozenset("aeiou")
"""An elided particle stands only before a vowel (D'Angelo, never D'Santis)."""
_SURNAME_LEFT = 4
"""Letters the rest must keep to be a surname: "Lombardi" is never tried as Lo Mbardi, nor "Dino" as D'Ino."""


_ONSETS = frozenset(
    {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gh", "gl", "gn", "gr", "pl", "pr", "sb", "sc", "sd", "sf", "sg",
     "sl", "sm", "sn", "sp", "st", "sv", "tr", "vr"}
)  # fmt: skip
"""The consonant pairs an Italian word may open with: "Lo Mbardi", "Da Ngelo", "Del Lavalle"'s sister "De Llavalle" are
no surnames."""


def _opens_a_word(rest: str) -> bool:
    return rest[:1] in _VOWELS or rest[1:2] in _VOWELS or rest[:2] in _ONSETS


def particle_forms(name: str) -> list[str]:
    """The name with a particle put apart from a surname heard run onto it, likeliest first: "Deluca" → ["De Luca"],
    "Mario Dangelo" → ["Mario D'Angelo"]. Empty when no word of it opens with a particle."""
    words = name.split()
    forms: list[str] = []
    for k, word in enumerate(words):
        low = word.lower()
        splits = [
            (p, low[len(p):]) for p in PARTICLES
            if low.startswith(p) and len(low) - len(p) >= _SURNAME_LEFT and _opens_a_word(low[len(p):])
        ]  # fmt: skip
        elided = [
            (p, low[1:]) for p in ELIDED
            if low.startswith(p) and low[1:2] in _VOWELS and len(low) - 1 >= _SURNAME_LEFT + 1
        ]  # fmt: skip
        for particle, rest in splits:
            forms.append(
                " ".join([*words[:k], f"{particle.capitalize()} {rest.capitalize()}", *words[k + 1 :]])
            )
        for particle, rest in elided:
            forms.append(" ".join([*words[:k], f"{particle.upper()}'{rest.capitalize()}", *words[k + 1 :]]))
    return list(dict.fromkeys(forms))
