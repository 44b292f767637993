"""Words whisper base mishears in accented Italian at the counter, put back before parsing.

Learnt from the misses of the plate development set (benches/data/plates_dev.jsonl, spoken by Kokoro):
"di chi è la" comes out as "di Kiela", "Rikiela", "Ricchie la", "di chila"; long words lose or gain a
letter ("revisigione", "penota") or run together ("postolibero"). Only a unique known word is put back;
anything else is left as heard, so the parser still refuses what it does not know.
"""

from __future__ import annotations

import functools
import logging
import re

_LOGGER = logging.getLogger(__name__)

# Whole words (or word pairs) whisper base writes for the counter's Italian, learnt from the misses of the
# speech bench (benches/data/speech_set.jsonl). Each stands for one word only, so putting it back guesses
# nothing; the fuzzy match below (`_correct`) never makes a cancel or move word, these exact forms may.
SAID_AS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("dopo", "domani"): ("dopodomani",),
    ("giove", "di"): ("giovedi",), ("jovedi",): ("giovedi",), ("mercole", "di"): ("mercoledi",),
    ("amercole", "di"): ("a", "mercoledi"), ("marte", "di"): ("martedi",), ("vener", "di"): ("venerdi",),
    ("avenerdi",): ("a", "venerdi"), ("agiovedi",): ("a", "giovedi"), ("amercoledi",): ("a", "mercoledi"),
    ("pela",): ("per", "la"), ("pella",): ("per", "la"),
    ("cancela",): ("cancella",), ("cancelami",): ("cancellami",), ("toggi",): ("togli",),
    ("spostia",): ("sposti", "a"), ("disdicil",): ("disdici", "il"),
    ("metti", "mi"): ("mettimi",), ("segna", "mi"): ("segnami",), ("penota",): ("prenota",),
    ("penotami",): ("prenotami",),
    ("tajando",): ("tagliando",), ("taliando",): ("tagliando",), ("oolio",): ("olio",),
    ("ogomme",): ("gomme",), ("oggome",): ("gomme",), ("pastille",): ("pastiglie",), ("pastige",): ("pastiglie",),
    ("dianiosi",): ("diagnosi",), ("anniosi",): ("diagnosi",), ("aniosi",): ("diagnosi",),
    ("diagno", "di"): ("diagnosi",), ("revisizione",): ("revisione",), ("levisizione",): ("revisione",),
    ("meza",): ("mezza",), ("chie",): ("chi", "e"), ("cerchila",): ("cerchi", "la"), ("cascai",): ("qashqai",),
    ("smes",): ("sms",), ("esse", "emme", "esse"): ("sms",),
    ("la", "genda"): ("l", "agenda"), ("millegi",): ("mi", "leggi"), ("gli", "c", "e"): ("chi", "c", "e"),
    ("tierre",): ("ti", "erre"), ("tiere",): ("ti", "erre"),
    ("venetia",): ("venezia",), ("livono",): ("livorno",), ("domodosola",): ("domodossola",),
}  # fmt: skip
_SAID_AS_LONGEST = max(len(k) for k in SAID_AS)


def said_as(tokens: list[str]) -> list[str]:
    """The tokens with the whole-word forms of SAID_AS put back (longest match first)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for n in range(min(_SAID_AS_LONGEST, len(tokens) - i), 0, -1):
            meant = SAID_AS.get(tuple(tokens[i : i + n]))
            if meant is not None:
                out.extend(meant)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


# "di chi è la" as whisper writes it: d/r, i, a k sound, i/ie/e, an optional "re", l + a/e.
_WHOSE = re.compile(r"^(?:d|r)i(?:cch|kk|ch|k|c)(?:ie|i|e)?(?:re)?l[ae]")


def _whose(tokens: list[str]) -> list[str]:
    """ "di kiela ..." → "di chi e la ...": the lookup's opening, when the first words sound like it."""
    joined, ends = "", []
    for tok in tokens[:4]:
        joined += tok
        ends.append(len(joined))
    m = _WHOSE.match(joined)
    if m is None or tokens[:2] == ["di", "chi"]:  # said plainly ("di chi e l'auto"): nothing to put back
        return tokens
    cut = m.end()
    used = next(i for i, end in enumerate(ends) if end >= cut)
    rest = joined[cut : ends[used]]
    return ["di", "chi", "e", "la", *([rest] if rest else []), *tokens[used + 1 :]]


def _distance(a: str, b: str, limit: int) -> int:
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


@functools.lru_cache(maxsize=1)
def _by_first_letter() -> dict[str, list[str]]:
    """Known words a misheard word may be put back to: never a word that cancels, moves or blocks
    ("il cancello è rotto" stays a gate, never "cancella"), so a guess cannot start such an action."""
    from engine.fastpath import intents
    from engine.fastpath.plate_symbols import LETTER_WORDS
    from engine.fastpath.vocabulary import known_words

    never = {w for key in ("cancel", "move") for phrase in intents.CUES[key] for w in phrase}
    never |= {w for cues in intents.BLOCKERS.values() for phrase in cues for w in phrase}
    index: dict[str, list[str]] = {}
    for word in known_words():
        if len(word) >= 5 and word.isalpha() and word not in LETTER_WORDS and word not in never:
            index.setdefault(word[0], []).append(word)
    return index


@functools.lru_cache(maxsize=512)
def _correct(token: str) -> tuple[str, ...]:
    from engine.fastpath.plate_hearing import word_readings
    from engine.fastpath.vocabulary import known_words

    known = known_words()
    if len(token) < 6 or not token.isalpha() or token in known:
        return (token,)
    spelled = word_readings(token, limit=1)
    if spelled and spelled[0].cost <= 0.5:
        return (token,)  # letter names run together: a plate's, not a word
    for cut in range(3, len(token) - 2):  # "postolibero" → "posto libero"
        if token[:cut] in known and token[cut:] in known:
            return (token[:cut], token[cut:])
    limit = 1 if len(token) <= 8 else 2
    near = {w for w in _by_first_letter().get(token[0], ()) if _distance(token, w, limit) <= limit}
    if len(near) == 1:
        return (near.pop(),)
    return (token,)


def _known() -> frozenset[str]:
    from engine.fastpath.vocabulary import known_words

    return known_words()


def put_back(tokens: list[str]) -> list[str]:
    """The tokens with the counter's words put back where whisper misheard them (see the module doc)."""
    out: list[str] = []
    for tok in _whose(said_as(tokens)):
        if tok.startswith("targa") and len(tok) > 6 and tok not in _known():  # "targaere": targa erre
            out.extend(["targa", tok[5:]])
            continue
        if "-" in tok and tok not in _known():  # "n-n-g-c-4-4-4-kappa", "9-1-1-tiaka": spelled out
            out.extend(part for part in tok.split("-") if part)
            continue
        out.extend(_correct(tok))
    if out != tokens:
        _LOGGER.debug("misheard words put back: %s → %s", tokens, out)
    return out
