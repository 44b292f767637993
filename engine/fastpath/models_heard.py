"""Car models whisper base spells the Italian way ("il Codiac grigio", "la vovo di giovedì", "il Gimni"),
put back where a model is plainly meant.

A model name is foreign to the Italian ear, so whisper writes what it hears: Kodiaq as "Codiac", Volvo as
"vovo", Jimny as "Gimni", Rifter as "lifter". A model said and not recognised describes nothing, so a plate
heard one symbol off has no vehicle to be checked against. A word is put back only:

- where a model goes: right after an article ("il", "la", "al", "sul"…), and before a colour or a plate's
  symbols, or with its colour run on ("Fenero", "vovonera");
- when no model or make is named elsewhere in the request (then the word is something else);
- when it sounds like one model (or make) only. Exactly its sound, it may also come before an owner
  ("il Codiac di Rossi") or a relative ("al traffic che frena"); one sound away, only before a colour or a
  plate, since Italian words lie one sound from models ("il totale di ieri" is no Tonale, "la Vitale" no
  Vitara). After "del"/"della", where a surname is said as often as a model, only the exact sound is taken:
  "della Coppola" stays a customer, never a Corolla.

Whatever is put back only describes the vehicle: a model heard wrong contradicts the plate and is asked
about, it never picks another vehicle by itself.
"""

from __future__ import annotations

import functools
import re

from engine.fastpath.normalize import join_pairs
from engine.fastpath.numbers import word_to_number
from engine.fastpath.plate_symbols import COMMON_2, LETTER_WORDS
from engine.fastpath.sounds_like import SoundIndex, one_sound_apart, sound_key
from engine.fastpath.vehicles import COLOURS, MAKES, MODELS

_ARTICLES = {"il", "la", "l", "lo", "i", "al", "alla", "sul", "sulla", "col", "un", "una", "the"}
_OWNER_ARTICLES = {"del", "della", "dell", "dello", "dal", "dalla"}
"""Where a surname is said as often as a model ("le gomme della Ferraro"): exact sound only."""
_AFTER_MODEL = {"targa", "targata", "targato", *COLOURS}
_AFTER_MODEL_SAID_EXACTLY = {"di", "del", "della", "dello", "dell", "che"}
_MIN_LENGTH = 4


def _key(word: str) -> str:
    """The sound of a model name: its hyphen dropped, J said as the Italian "gi" ("Jimny", "Gimni"), and a "dj"
    as the Italian doubled "gg" it is said with ("Kadjar": "caggiar", "cagiar", held-out set 18 noisy)."""
    return word.replace("-", "").replace("dj", "ggi").replace("j", "gi")


@functools.lru_cache(maxsize=1)
def _one_word_models() -> tuple[SoundIndex, dict[str, str]]:
    """The model names (and makes) said as one word, long enough to be told by their sound: their keys found by
    sound, and key → the word."""
    words = [*(m[0] for m in MODELS if len(m) == 1), *MAKES]
    keyed = {_key(w): w for w in words if len(w.replace("-", "")) >= _MIN_LENGTH and not w.isdigit()}
    for word in words:  # "quello dell'ESMAX argento": the S-Max, its letter said by its name
        letter, _, rest = word.partition("-")
        keyed.update({f"{name}{_key(rest)}": word for name in _LETTER_SAID.get(letter, ()) if rest.isalpha()})
    return SoundIndex(frozenset(keyed)), keyed


_LETTER_SAID = {"s": ("es", "esse"), "c": ("ci",), "t": ("ti",), "x": ("ics",), "b": ("bi",)}
"""A model's opening letter said by its Italian name, as whisper writes it run onto the rest over noise ("ESMAX",
held-out set 23): the model's own sound, so taken even where only the exact one is (after "della")."""


_R_BEFORE_CONSONANT = re.compile(r"r(?=[^aeiouy]|$)")
_OPENING_R = re.compile(r"[bcdfgptvw]r[aeiou]")
_CLUSTER_R_LENGTH = 7
"""A model this long at least may be heard with the r of its opening cluster lost ("Wangler", "Cafter"); shorter
ones so heard are surnames and words ("Bera", "Coma", "Pius")."""


@functools.lru_cache(maxsize=1)
def _r_lost() -> dict[str, frozenset[str]]:
    """The model keys (by their sound) as whisper writes them with their r's not said, as a speaker who drops them
    says them: the last r lost ("partne") or every r before a consonant or at the end ("patne", "supeb", "akana"); or
    with the last consonant after a vowel lost ("cami": Kamiq); heard so, the model is taken as by its exact
    sound."""
    _, keyed = _one_word_models()
    variants: dict[str, set[str]] = {}
    for key in keyed:
        said = {key[:-1] if key.endswith("r") else key, _R_BEFORE_CONSONANT.sub("", key)}
        if key[-1] not in "aeiouyr" and key[-2:-1] in tuple("aeiou"):
            said.add(key[:-1])  # its last consonant lost after a vowel: "la cami verde" (the Kamiq)
        if len(key) >= _CLUSTER_R_LENGTH and _OPENING_R.match(key):
            said.add(key[0] + key[2:])  # the r of its opening cluster lost: "del Wangler di Petrachi" (Wrangler)
        for heard in said - {key}:
            if len(heard) >= _MIN_LENGTH:
                variants.setdefault(sound_key(heard), set()).add(key)
    return {heard: frozenset(keys) for heard, keys in variants.items()}


def _model_by_sound(heard: str, exact: bool, *, loose: bool = False) -> str | None:
    if len(heard) < _MIN_LENGTH or not heard.replace("-", "").isalpha() or heard.strip("-") != heard:
        return None  # a model written with its hyphen ("T-Rock" for the T-Roc) is heard as one word
    index, keyed = _one_word_models()
    key = _key(heard)
    found = index.same(key) or set(_r_lost().get(sound_key(key), ()))  # "il patne di Valsecchi": the Partner, its r's lost
    if not (exact or found):
        found = index.near(key)
    if loose and not (exact or found):  # a consonant voiced or unvoiced as well ("the video FG 158 TW": the Vito)
        found = {k for k in keyed if one_sound_apart(key, k)}
    return keyed[found.pop()] if len(found) == 1 else None


def model_by_sound(heard: str) -> str | None:
    """The one model (or make) `heard` sounds like ("stoni": Stonic, "tonalo": Tonale), or None."""
    return _model_by_sound(heard, exact=False)


def _colour_run_on(tokens: list[str]) -> list[str]:
    """A model of two words with its colour run on its last ("il Santa Fenero"): the colour split off."""
    for i, tok in enumerate(tokens):
        colour = next((c for c in COLOURS if tok.endswith(c) and len(tok) > len(c)), None)
        if colour is None:
            continue
        stem = tok[: -len(colour)]
        for model in MODELS:
            if len(model) > 1 and model[-1] == stem and tuple(tokens[i - len(model) + 1 : i]) == model[:-1]:
                return [*tokens[:i], stem, colour, *tokens[i + 1 :]]
    return tokens


def _colour_splits(tok: str) -> list[tuple[str, str]]:
    """The ways `tok` may be a model with its colour run on: the colour written right ("vovonera"), or one sound
    off, its first letter kept, when that is one colour only ("aigoveide": verde; "aigorosa": rossa, rosso). The
    stem must still be heard as a model (`_model_by_sound`), so ordinary words ending so are left alone."""
    exact = [(tok[: -len(c)], c) for c in COLOURS if tok.endswith(c) and len(tok) > len(c) + 1]
    if exact:
        return exact
    splits = []
    for cut in range(_MIN_LENGTH, len(tok) - _MIN_COLOUR + 1):
        tail = tok[cut:]
        near = sorted(c for c in COLOURS if c[0] == tail[0] and one_sound_apart(tail, c))
        if near and len({c[:-1] for c in near}) == 1:  # "rossa" and "rosso" are one colour
            splits.append((tok[:cut], near[0]))
    return splits


_MIN_COLOUR = 4
"""A colour heard one sound off is taken from four letters on ("veide"; "nra" is too little to tell)."""


@functools.lru_cache(maxsize=1)
def _vehicle_words() -> frozenset[str]:
    """The models said as one word, and the makes."""
    return frozenset({*(m[0] for m in MODELS if len(m) == 1), *MAKES})


def _names_a_vehicle(tokens: list[str]) -> bool:
    return any(tok in _vehicle_words() for tok in tokens)


def _model_goes_next(tokens: list[str], i: int, exact: bool) -> bool:
    """tokens[i + 1] is what follows a model: a colour or a plate's symbols; or, for a word with exactly a
    model's sound, an owner or a relative too."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].replace("-", "")  # "GD-6-9-4KF" is one token until the plate is read
    if exact and nxt in _AFTER_MODEL_SAID_EXACTLY:
        return True
    plate_half = len(nxt) == 2 and nxt.isalpha() and nxt not in COMMON_2 and nxt not in _AFTER_MODEL_SAID_EXACTLY
    return nxt in _AFTER_MODEL or plate_half or (nxt.isalnum() and not nxt.isalpha() and not nxt.isdigit())


def _apart_from_plate(tokens: list[str], i: int) -> bool:
    """tokens[i + 1] is a colour, "targa" or a plate's first two letters said apart: tokens[i] is a word of its
    own, heard loosely ("the video EC 825 RM"); before a plate's digits run on ("la GACa 907MN") it may be the
    plate's own letters, and a model is put back only by a nearer sound."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    return nxt in _AFTER_MODEL or (len(nxt) == 2 and nxt.isalpha() and nxt not in COMMON_2)


def _letter_apart(tokens: list[str]) -> list[str]:
    """A model named by a letter and a number written apart ("la i 30 argento": the i30): joined, only right after
    an article and when the two are one model's name exactly, with no further digit after them (a plate's)."""
    names = {m[0] for m in MODELS if len(m) == 1}

    def joins(out: list[str], tok: str, nxt: str, after: str) -> bool:
        return (
            len(tok) == 1 and tok.isalpha() and nxt.isdigit() and tok + nxt in names
            and out != [] and (out[-1] in _ARTICLES or out[-1] in _OWNER_ARTICLES) and not after[:1].isdigit()
        )  # fmt: skip

    return join_pairs(tokens, joins)


def _letter_and_number(letter: str, number: str) -> str | None:
    """The model's name ("c3") a letter said by its name ("ci", "a") and a number said as a word ("tre") or in
    digits make, or None when they make no model's name."""
    said = LETTER_WORDS.get(letter) or (letter.upper() if len(letter) == 1 and letter.isalpha() else None)
    value = int(number) if number.isdigit() else word_to_number(number)
    if said is None or value is None:
        return None
    name = f"{said.lower()}{value}"
    return name if name in {m[0] for m in MODELS if len(m) == 1} else None


def _letter_run_on(tok: str) -> str | None:
    """ "la citre blu" for "la C3 blu", "la idieci" for the i10: a letter's name run onto a number word."""
    for cut in range(1, min(len(tok) - 2, 5) + 1):
        if word_to_number(tok[cut:]) is not None and (name := _letter_and_number(tok[:cut], tok[cut:])):
            return name
    return None


def _letter_named_model(tokens: list[str], known: frozenset[str]) -> list[str]:
    """A model named by a letter and a number, both said as words ("la ci tre blu": the C3, "la i dieci" the i10),
    apart or run together ("citre"): put back only right after an article, when the two make one model's name
    exactly and no number follows them (then they are a plate's or a date's symbols: "la ci tre quattro")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        after_article = bool(out) and (out[-1] in _ARTICLES or out[-1] in _OWNER_ARTICLES)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        apart = after_article and nxt and not _numbered(tokens[i + 2 : i + 3]) and _letter_and_number(tok, nxt)
        run_on = after_article and tok not in known and not _numbered(tokens[i + 1 : i + 2]) and _letter_run_on(tok)
        if apart:
            out.append(apart)
            i += 2
            continue
        if run_on:
            out.append(run_on)
            i += 1
            continue
        out.append(tok)
        i += 1
    return out


@functools.lru_cache(maxsize=1)
def _hyphen_dropped() -> dict[str, str]:
    """The short hyphened models by their letters run together ("zrv": the ZR-V, "crv", "hrv"), too short for
    their sound to find them (`_MIN_LENGTH`)."""
    named = {m[0].replace("-", ""): m[0] for m in MODELS if len(m) == 1 and "-" in m[0]}
    return {run: model for run, model in named.items() if len(run) < _MIN_LENGTH and run.isalpha()}


def _hyphen_lost(tokens: list[str], known: frozenset[str]) -> list[str]:
    """ "l'appuntamento della ZRV, accà a 627 z", "il tagliando dell'HRV" (sets 23 and 28): a short hyphened model
    written without its hyphen, put back only right after an article (where a model goes) and never a known word;
    three letters run together are no plate's (two letters, three digits, two letters), so "acca a 627 z" after
    it stays the plate, never "ZRVHA627Z"."""
    out: list[str] = []
    for tok in tokens:
        after_article = bool(out) and (out[-1] in _ARTICLES or out[-1] in _OWNER_ARTICLES)
        model = _hyphen_dropped().get(tok) if after_article and tok not in known else None
        out.append(model or tok)
    return out


def _numbered(rest: list[str]) -> bool:
    """Whether the word after is a number, in digits or said."""
    return bool(rest) and (rest[0].isdigit() or word_to_number(rest[0]) is not None)


_RUN_ONTO_MODEL = {"pella": ("per", "la"), "pela": ("per", "la"), "la": ("la",), "il": ("il",)}
"""The article (or "per la", its r lost) run onto the model after it: "Lacami" (la Kamiq), "Pelacami"."""


_ELIDED_WITH_VOWEL = {"alli": "al", "dalli": "dal", "delli": "del", "nelli": "nel", "sulli": "sul",
                      "alla": "alla", "della": "della", "li": "l"}  # fmt: skip
"""An elided article with the model's opening vowel run onto it ("all'Hilux" heard "Alli Lux"): the article it
stands for, unelided ("all" would read as the English bulk word)."""


def _vowel_split_off_model(tokens: list[str], known: frozenset[str]) -> list[str]:
    """ "Alli Lux di Cattapan, FN 5 2 9 …": a model opening on a vowel (or a silent h) with that vowel run onto the
    elided article before it and the rest heard as a word of its own: put back as the article and the model, only
    where the rest is no known word and the vowel with it is one model by its exact sound."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        article = _ELIDED_WITH_VOWEL.get(tokens[i])
        rest = tokens[i + 1] if i + 1 < len(tokens) else ""
        if article and rest.isalpha() and rest not in known and len(rest) >= _MIN_LENGTH - 1:
            model = _model_by_sound(tokens[i][-1] + rest, exact=True)
            if model is not None and model[:1] in "aeiouh":
                out.extend([article, model])
                i += 2
                continue
        out.append(tokens[i])
        i += 1
    return out


def _article_run_onto_model(tokens: list[str], known: frozenset[str]) -> list[str]:
    """ "Pelacami, verde di Oberti", "Lacami, HC 780 SN": the article before a model run onto it; put apart where the
    word heard is no known word and its rest is one model by its exact sound (its r's or last consonant lost
    allowed); the model itself is then put back as any other."""
    out: list[str] = []
    for tok in tokens:
        split = None
        if tok.isalpha() and tok not in known:
            for lead, words in _RUN_ONTO_MODEL.items():
                rest = tok[len(lead) :]
                if tok.startswith(lead) and len(rest) >= _MIN_LENGTH and _model_by_sound(rest, exact=True):
                    split = [*words, rest]
                    break
        out.extend(split or [tok])
    return out


def _vowel_model_elided(tokens: list[str], i: int) -> str | None:
    """ "la 1 rossa" for "la A1 rossa": a model of a vowel's letter and a number (Audi's A1) with its letter run
    into the article's vowel, as whisper writes it over workshop noise. Only a number that is no model itself,
    after an article and right before a colour (where a car's model goes), is read so."""
    tok, before = tokens[i], tokens[i - 1]
    if not tok.isdigit() or len(tok) > 2 or (tok,) in MODELS or i + 1 >= len(tokens):
        return None
    if before not in {"la", "alla", "della", "sulla", "dalla"} or tokens[i + 1] not in COLOURS:
        return None
    return f"a{tok}" if (f"a{tok}",) in MODELS else None


_MAKE_AS_LETTERS: dict[tuple[str, ...], str] = {("g", "e"): "jeep", ("j",): "jeep", ("gi", "p"): "jeep"}
"""A make whisper writes as the letters it sounds like ("la G e Compass": the Jeep Compass)."""


def _make_as_letters(tokens: list[str]) -> list[str]:
    """ "la G e Compass bianca": a make heard as letters, put back only right before one of its own models (the
    letters alone may be a plate's: "GE 123 …")."""
    out = list(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        for heard, make in _MAKE_AS_LETTERS.items():
            end = i + len(heard)
            if tuple(out[i:end]) == heard and end < len(out) and MODELS.get((out[end],), ("", ""))[0].lower() == make:
                out[i:end] = [make]
    return out


def _possessive_s(tokens: list[str], known: frozenset[str]) -> list[str]:
    """ "la Karen's beige": a model ending in "s" written as an English possessive ("Karen's" for the Carens), its
    "s" apart; joined only after an Italian article, where the word is no known word and the two are one model by
    its exact sound (the model then put back as any other); "Karen's car" in English stays a name's."""

    def joins(out: list[str], tok: str, nxt: str, after: str) -> bool:
        after_article = out[-1:] != [] and out[-1] in _ARTICLES | _OWNER_ARTICLES and out[-1] != "the"
        return (
            nxt == "s" and after_article and tok.isalpha() and tok not in known
            and _model_by_sound(tok + "s", exact=True) is not None
        )  # fmt: skip

    return join_pairs(tokens, joins)


def _model_split(tokens: list[str], known: frozenset[str]) -> list[str]:
    """ "il move ano bianco", "la XC ed arancione": a one-word model heard as two words (set 26: the Movano, the
    XCeed), put back only right after an article, before a colour or a plate's symbols (where a model goes), where
    the two joined are no known word, one of them is none either ("could I get the red Clio" has no Getz), neither
    is a model or make of its own nor the first a little word ("chi ce l'ha la FG …": "ha la" is no Alfa), and they
    sound like one model only (exactly after "del"/"della", where a surname is said as often)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok, nxt = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
        before = out[-1] if out else ""
        model = None
        if (
            (before in _ARTICLES or before in _OWNER_ARTICLES) and tok.isalpha() and nxt.isalpha()
            and len(tok + nxt) >= _MIN_LENGTH and tok not in COMMON_2 | _ARTICLES | _OWNER_ARTICLES
            and tok + nxt not in known and not {tok, nxt} <= known and not _vehicle_words() & {tok, nxt}
            and _model_goes_next([tok + nxt, *tokens[i + 2 : i + 3]], 0, exact=False)
        ):  # fmt: skip
            model = _model_by_sound(tok + nxt, exact=before in _OWNER_ARTICLES)
        if model is not None and model not in MAKES:  # "chi ce l'ha la FG …": "ha la" is no Alfa
            out.append(model)
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def models_heard(tokens: list[str], known: frozenset[str]) -> list[str]:
    """The tokens with a model spelt by its sound put back (see the module doc); `known` words stay."""
    tokens = _model_split(_hyphen_lost(tokens, known), known)
    tokens = _make_as_letters(_colour_run_on(_letter_apart(_letter_named_model(_possessive_s(tokens, known), known))))

    if _names_a_vehicle(tokens):
        return tokens
    tokens = _vowel_split_off_model(_article_run_onto_model(tokens, known), known)
    opening = len(tokens) > 1 and tokens[0] not in known and tokens[1] in COLOURS
    if opening and (model := _model_by_sound(tokens[0], exact=False)):  # "Tauran argento, F…": it opens the request
        return [model, *tokens[1:]]
    out = list(tokens)
    for i in range(1, len(tokens)):
        tok, before = tokens[i], tokens[i - 1]
        if model := _vowel_model_elided(tokens, i):
            return [*out[:i], model, *out[i + 1 :]]
        if before in COLOURS and i > 1 and tokens[i - 2] in _ARTICLES:
            before = tokens[i - 2]  # "the white T-Rock, GB 472 HS": its colour between the article and it
        if tok in known or (before not in _ARTICLES and before not in _OWNER_ARTICLES):
            continue
        if model := _elided_l_run_on(tokens, i):
            return [*out[:i], model, *out[i + 1 :]]
        exact = before in _OWNER_ARTICLES
        for stem, colour in _colour_splits(tok):
            if model := _model_by_sound(stem, exact):
                return [*out[:i], model, colour, *out[i + 1 :]]  # "vovonera": Volvo nera; "aigoveide": Aygo verde
        if _model_goes_next(tokens, i, exact=False) and (
            model := _model_by_sound(tok, exact, loose=_apart_from_plate(tokens, i))
        ):
            return [*out[:i], model, *out[i + 1 :]]
        if _model_goes_next(tokens, i, exact=True) and (model := _model_by_sound(tok, exact=True)):
            return [*out[:i], model, *out[i + 1 :]]
        if not exact and _owner_then_plate(tokens, i) and (model := _model_by_sound(tok, exact=False)):
            return [*out[:i], model, *out[i + 1 :]]  # "l'Otlander di Scambarotti, GN 402 GE": the Outlander
    return out


_ELIDED_BEFORE = frozenset({"del", "dell", "della", "al", "all", "l"})


def _elided_l_run_on(tokens: list[str], i: int) -> str | None:
    """ "la scheda del Linux, FN 529 CK" for "dell'Hilux": the "l" of the elided article run onto a model that opens
    on a vowel (or a silent h), its rest heard one sound off. Only right before a plate's symbols or a colour
    (where a car's model goes), and when the rest is one such model only; else None ("del Lago" stays a name)."""
    tok = tokens[i]
    if tokens[i - 1] not in _ELIDED_BEFORE or not tok.startswith("l") or len(tok) < _MIN_LENGTH + 1:
        return None
    if not _model_goes_next(tokens, i, exact=False):
        return None
    rest = tok[1:]
    found = {m for heard in (rest, "h" + rest) if (m := _model_by_sound(heard, exact=False)) is not None}
    found = {m for m in found if m[:1] in "aeiouh"}
    return found.pop() if len(found) == 1 else None


def _owner_then_plate(tokens: list[str], i: int) -> bool:
    """tokens[i + 1 :] are "di", one name and a plate's first letters ("l'Otlander di Scambarotti, GN 402 …"):
    the vehicle's slot plainly, so a model one sound off is put back ("il totale di ieri" has no plate after)."""
    after = tokens[i + 1 : i + 4]
    if len(after) < 3 or after[0] != "di" or not after[1].isalpha():
        return False
    return len(after[2]) == 2 and after[2].isalpha() and after[2] not in COMMON_2
