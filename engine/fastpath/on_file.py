"""The workshop's own models: the ones on file that the fast path's tables do not know ("la Korando", "il Voyager",
"la XUV500"), read as models.

A model no table knows is a word the fast path does not understand: a booking dictated for it is refused, "la
revisione della Fluence" reads the Fluence as its owner, a "non" near it is a negation it cannot place, and
whisper's spelling of it may be put back to a word it sounds like ("Phedra" → "Dedra", "Korando" → "collaudo").
The workshop knows better: its vehicles are on file (`list_vehicle_models`, read once in a while by the fast
path's front, either backend). Each such model said as written (any case, its hyphen or not, its make before it or
not) is read as a model the tables know — a stand-in from `vehicles.MORE_MODELS` parsed in its place, so it is read
exactly as a known model is — and the parse then names the model on file again. Nothing else changes: the car is
still found by the backend, checked against its plate and owner, and its writes said back where any other's are.

Whisper spells such a model its own way ("corando", "voyagger", "Ulisse"): a word no table knows that sounds exactly
like one model on file and no other (`sounds_like.sound_key`) is read as that model too, before the repairs of
whisper's words could make it another word ("corando" → "collaudo"); with no plate said, a write resting on it is said
back whole for a yes ("Il modello non l'ho capito"), as the car was found by a word only heard like its model.

A foreign model is heard the Italian way, and then often a sound off ("la fuenza": the Fluence, "la fedra": the
Phedra; sets 31 to 33). Such a word is read as the model one sound from it (`_near_model`) only where a car is
named (right after its article; after an owner's "della" only with its colour or plate after it), and only when it
can be nothing else: a word of five letters or more that no table
knows nor puts back ("pella" is whisper's "per la", one sound from "Phedra"), no letter names run together ("iacca",
a plate's H, is near "Hiace"), no two known words run together, and one sound from that model alone. The model is
compared as it is said, its "ph" an f and its "ce" an s, its last vowel (Italian or not) not counted. It is read by
its sound like any other, so a write on it with no plate is said back.

A model that is a number is read right after its make ("la Peugeot 807", "la Rover 75") or, of three figures or more,
right after its article ("l'807 color champagne"); one of letters and figures only as written ("la RX-8", "la MR2",
never "la RX 8"); one of two or three words only said whole, one of them no table's word. Left as it is: a model of
known words ("Note", "Idea": words of a sentence too), short ("A2", "XF": a plate's), a short number said without its
make ("la 75": an hour's, a day's, a plate's), and one said right after a car's owner's "di" ("la Panda della
Murano": whose, not which).

A make on file that no table knows ("la Mahindra", "the Maserati") is read as a make the same way, a stand-in make
parsed in its place: only as written, a word of four letters or more no table knows, and only where a car is named
(right after its article, its colour maybe between): never after an owner's "della" nor where a surname goes
("Innocenti" is one too). The car is then found by its make, its plate and owner checked as any other's.

Whisper spells such a make its own way too ("Warburg 353", "la Mosquic 412", "Tattra di Zucchelli": set 35). A word
one sound from one make on file (as said, `_said_key`), that can be nothing else (`_unknown_whole`, as a model a sound
off), is read as that make only where a car is surely named: right before that make's own number model on file
("Warburg 353": anywhere, the very start of the utterance too), right after a car's article with its colour or plate
after it ("la Mosquic verde", "la Mosquic, GZ 403 TG"; "l'Aberto Lazio" is a surname, Bertolazzi, a sound from
Abarth), or at the very start of the utterance with the car's plate or its owner's "di" right after it ("Tattra di
Zucchelli"); there the make said as written is read too, its own model on file and a colour maybe between ("Lucid Air
bianca di Pezzolato", set 39: "Air" a word of a sentence too), a greeting or "prendi nota" maybe before it. Never a
word heard like a model or make the tables know (set 18: "il Lodgi marrone" is the Lodgy, a sound from Dodge too). A
write resting on a make only heard like it, with no plate, is said back whole.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from engine.fastpath.misheard import SAID_AS
from engine.fastpath.models_heard import model_by_sound
from engine.fastpath.normalize import strip_accents, tokenize
from engine.fastpath.parser import Parse, heard_tokens
from engine.fastpath.plate_hearing import word_readings
from engine.fastpath.plates_spoken import city_by_sound, find_plates
from engine.fastpath.sounds_like import SoundIndex, one_apart, sound_key
from engine.fastpath.unread_verb import PRONOUNS_BEFORE_LO
from engine.fastpath.vehicles import COLOURS, MAKES, MODELS
from engine.fastpath.vocabulary import known_words

STAND_INS: tuple[str, ...] = ("berlingo", "outlander", "formentor")
"""Models the tables know, read the same way whatever their article, never put back from a near sound nor to one
(`vehicles.SAID_AS_WRITTEN`): each parsed in the place of one model on file in a sentence."""
_SHORTEST = 4
"""Letters a model on file has at least to be read as one ("A2", "XF", "75" are a plate's or an hour's)."""
STAND_IN_MAKES: tuple[str, ...] = ("leapmotor", "isuzu")
"""Makes the tables know, each parsed in the place of one make on file in a sentence."""
_OWNER_PARTICLES = frozenset({"di", "del", "della", "dello", "dell", "signor", "signora"})
_SOUNDED = 5
"""Letters a word has at least to be read as a model on file by its sound alone."""
_ARTICLE_RUN_ON = "a"
"""What whisper runs onto a model from its article ("la Korando" heard "l'accorando")."""
_CAR_ARTICLES = frozenset({"la", "il", "l", "lo", "sul", "sulla"})
"""Right before a car's model: where a word near a model on file may be read as it ("la fuenza", "sulla fluenza")."""
_MAKE_ARTICLES = _CAR_ARTICLES | {"the"}
"""Right before a make on file said alone (its colour maybe between): "la Mahindra", "the yellow Tata"."""
_OWNER_ARTICLES = frozenset({"della", "del", "dell", "dello"})
"""Where a surname is said as often as a model ("il tagliando della Ferraro"): a word near a model on file is read as
it only with a colour or the plate right after it ("della Fedra EM 555 BL"). After "alla" or "al" it is whom a message
goes to ("manda un SMS alla Charezza"), never read so."""
_SAID_AS_SPELT = ((re.compile(r"ph"), "f"), (re.compile(r"c(?=[ei])"), "s"))
"""A foreign model's spelling as the counter says it: "Phedra" is "fedra", "Fluence" "fluense"."""
_NEAR_KEY = 4
"""Sounds a word's key has at least (its last vowel not counted) to be read as a model one sound from it."""
_PHRASE_KEY = 8
"""Sounds a model of two words has at least (said together, its last vowel not counted) to be read one sound off."""
_NUMBER_ALONE = 3
"""Figures a number model on file has at least to be read after its article alone ("l'807"; "la 75" is an hour's)."""
_NUMBER_ARTICLES = ("l'", "l’", "la ", "il ", "lo ")
"""Said right before a number model read without its make (one lookbehind each: fixed widths)."""


@dataclass(frozen=True)
class ModelOnFile:
    make: str
    model: str
    pattern: re.Pattern[str]
    """The model as said in a sentence, its make before it or not."""
    by_sound: bool = False
    """Found in a sentence by a word only sounding like it."""


@dataclass(frozen=True)
class MakeOnFile:
    """A make on file no table knows, read when said alone ("la Mahindra")."""

    make: str
    pattern: re.Pattern[str]
    """The make as written, a word of its own."""
    numbers: tuple[str, ...] = ()
    """Its models on file that are a number ("353" of the Wartburg): said right after the make, they name the car."""
    models: tuple[tuple[str, ...], ...] = ()
    """Its models on file as `tokenize` writes them, of words the tables know too ("Air" of the Lucid): said right after
    the make opening the utterance, they are the car's, and what names the car ("di", its plate) may follow them."""
    by_sound: bool = False
    """Found in a sentence by a word only sounding like it."""


@dataclass(frozen=True)
class ModelsOnFile:
    """The workshop's models the tables do not know, each with how it is found in a sentence."""

    models: tuple[ModelOnFile, ...] = ()
    by_word: Mapping[str, ModelOnFile] = dataclasses.field(default_factory=dict)
    """Each model of one word (not a number) by that word as `tokenize` writes it: the ones found by their sound too."""
    makes: tuple[MakeOnFile, ...] = ()
    """The makes on file no table knows, of one word read alone (see the module's doc)."""

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> ModelsOnFile:
        """From `list_vehicle_models`' rows ({make, model, vehicles}): the models no table knows that can be read when
        said (see the module's doc)."""
        taken: dict[str, ModelOnFile] = {}
        makes_alone: dict[str, MakeOnFile] = {}
        for row in rows:
            make, model = str(row.get("make") or "").strip(), str(row.get("model") or "").strip()
            words, makes = tokenize(model), tokenize(make)
            if len(makes) == 1 and _make_readable(makes[0]):
                alone = makes_alone.setdefault(makes[0], MakeOnFile(make, _word_pattern(makes[0])))
                if len(words) == 1 and words[0].isdigit() and words[0] not in alone.numbers:
                    alone = makes_alone[makes[0]] = dataclasses.replace(alone, numbers=(*alone.numbers, words[0]))
                if words and tuple(words) not in alone.models:
                    makes_alone[makes[0]] = dataclasses.replace(alone, models=(*alone.models, tuple(words)))
            key = " ".join(words)
            if not words or key in taken:
                continue
            if len(words) == 1 and _readable(words[0]):
                taken[key] = ModelOnFile(make, model, _pattern(make, words[0]))
            elif len(words) == 1 and _letters_and_figures(words[0]):  # "la RX-8", "la MR2"
                taken[key] = ModelOnFile(make, model, _written_pattern(make, words[0]))
            elif _a_number_after_its_make(makes, words):  # "la Peugeot 807", "la Rover 75", "l'807"
                taken[key] = ModelOnFile(make, model, _number_pattern(makes[0], words[0]))
            elif _phrase_readable(words):  # two or three words, said together
                taken[key] = ModelOnFile(make, model, _phrase_pattern(words))
        by_word = {k: m for k, m in taken.items() if " " not in k and not k.isdigit()}
        models = cls(tuple(taken.values()), by_word, tuple(m for w, m in makes_alone.items() if w not in taken))
        models._build_indexes()
        return models

    def _build_indexes(self) -> None:
        """The indexes a turn reads (the cached properties below) built where the models are read (off the event
        loop, `FastPath.read_models`), not by the first turn that reads them."""
        for index in ("_sounds", "_said_keys", "_make_keys", "_names", "_phrase_keys"):
            getattr(self, index)

    @functools.cached_property
    def _sounds(self) -> SoundIndex:
        return SoundIndex({w for w in self.by_word if w.isalpha() and len(w) >= _SOUNDED})

    @functools.cached_property
    def _said_keys(self) -> dict[str, str]:
        """Each one-word model on file (of letters, long enough) by its key as said (`_said_key`)."""
        return {w: _said_key(w) for w in self.by_word if w.isalpha() and len(w) >= _SOUNDED}

    @functools.cached_property
    def _make_keys(self) -> dict[str, str]:
        """Each make on file no table knows by its key as said (`_said_key` of its one word)."""
        return {m.make: _said_key(tokenize(m.make)[0]) for m in self.makes}

    @functools.cached_property
    def _names(self) -> frozenset[str]:
        """The words of the models and makes on file no table knows: said, they name a car as a known one does."""
        return frozenset({*self.by_word, *(w for m in self.makes for w in tokenize(m.make))})

    def stand_in(self, text: str) -> tuple[str, dict[str, ModelOnFile | MakeOnFile]]:
        """`text` with each model on file said in it (as written, or a word only sounding like it) replaced by a
        stand-in the tables know, then each make on file said alone, and which stands for which (stand-in model or
        make name → the model or make on file; a model read by its sound has `by_sound` set)."""
        if not self.models and not self.makes:
            return text, {}
        text, heard_makes = self._makes_heard(text)
        words = tokenize(text)
        said = [(m, m.pattern) for m in self.models if m.pattern.search(text)]
        for phrase, pattern in self._phrases_heard(words):  # first: the owner named after it stays an owner
            if all(phrase is not m for m, _ in said):
                said.append((dataclasses.replace(phrase, by_sound=True), pattern))
        near = {w for i, w in enumerate(words) if i and _where_a_model_goes(words, i)}
        for word in dict.fromkeys(words):
            heard = self._sounded(word)
            if heard is None and word in near:
                heard = self._near_model(word)
            if heard is not None and self._a_make(word) and not _said_like(word, heard.model):
                heard = None  # "la Spyker, EV 342 FK": the make on file said, however near it is to the Spider
            if heard is not None and _a_plates_city_letter(text, word):
                heard = None  # "domodosso la giolli sei nove sei" (set 51): Jolly, the plate's J, not the Ghibli
            if heard is not None and all(heard is not m for m, _ in said):
                said.append((dataclasses.replace(heard, by_sound=True), _word_pattern(word)))
        free = [s for s in STAND_INS if s not in words]
        standing: dict[str, ModelOnFile | MakeOnFile] = {}
        for (found, pattern), stand in zip(said, free, strict=False):
            replaced = _replace_unowned(pattern, text, stand.capitalize(), self._names)
            if replaced != text:
                text = replaced
                standing[MODELS[(stand,)][1]] = found
        free_makes = [s for s in STAND_IN_MAKES if s not in words]
        for make, stand in zip([m for m in self.makes if m.pattern.search(text)], free_makes, strict=False):
            replaced = _replace_where_a_car_goes(make, text, stand.capitalize())
            if replaced != text:
                text = replaced
                standing[MAKES[stand]] = dataclasses.replace(make, by_sound=True) if make in heard_makes else make
        return text, standing

    def _makes_heard(self, text: str) -> tuple[str, list[MakeOnFile]]:
        """`text` with each word whisper spelt for a make on file (one sound from it, where a car is surely named:
        see the module's doc) written as the make, and the makes so put back."""
        words = tokenize(text)
        heard: dict[str, MakeOnFile] = {}
        for i, word in enumerate(words):
            make = self._near_make(word)
            if make is not None and _where_a_make_goes(words, i, make):
                heard[word] = make
        for word, make in heard.items():
            text = _word_pattern(word).sub(make.make, text, count=1)
        return text, list(dict.fromkeys(heard.values()))

    def _near_make(self, word: str) -> MakeOnFile | None:
        """The one make on file `word` is a sound from as said ("warburg": Wartburg, "mosquic": Moskvich, "tattra":
        Tatra), when it is no make as written and can be no other word (`_unknown_whole`); None when two are as near."""
        if len(word) < _SOUNDED or not word.isalpha() or word in self.by_word or not _unknown_whole(word):
            return None  # "la Spider rossa": the model on file as written, though a sound from Spyker
        key = _said_key(word)
        if len(key) < _NEAR_KEY or any(m.pattern.fullmatch(word) for m in self.makes) or model_by_sound(word):
            return None  # "il Lodgi marrone": the Lodgy, though a sound from Dodge
        makes = self._make_keys
        exactly = key in makes.values()
        if any(key == said or (not exactly and one_apart(key, said)) for said in self._said_keys.values()):
            # "la moppetta rossa", "la Moffetta rossa" (set 47): the Mopetta on file said, or as near to it as to the
            # make Mochet; then the model is read (`_near_model`), where the make took it and the plate was asked
            return None
        found = [m for m in self.makes if one_apart(key, makes[m.make])]
        return found[0] if len(found) == 1 else None

    def _a_make(self, word: str) -> bool:
        """Is `word` a make, as written (the tables' or one on file) or said exactly as one on file ("spiker": Spyker)?
        Then it names the car's make, never a model it only sounds like (set 39: "la Spyker" read as an Alfa Romeo
        Spider on file, and the Spyker's plate then asked about as not the Spider's). A word a sound from both a make
        and a model on file ("morano": Morgan, Murano) is still read as the model, as before."""
        key = _said_key(word)
        return word in MAKES or key in self._make_keys.values()

    def restore(self, p: Parse, text: str, standing: Mapping[str, ModelOnFile | MakeOnFile]) -> Parse:
        """The parse of the stand-in text as the parse of `text`: its own words, and the models or makes on file named; a
        write whose car was found by a model only heard like one on file, with no plate, said back whole."""
        slots = _named_again(p.slots, standing)
        parts = [self.restore(part, text, standing) for part in p.parts]
        careful = p.careful
        named = slots.get("vehicle_description") or {}
        by_sound = any(
            (isinstance(m, ModelOnFile) and m.by_sound and m.model == named.get("model"))
            or (isinstance(m, MakeOnFile) and m.by_sound and m.make == named.get("make"))
            for m in standing.values()
        )
        if by_sound and not slots.get("plate") and careful is None:
            careful = "model"
        return dataclasses.replace(p, text=text, slots=slots, parts=parts, careful=careful)

    def _sounded(self, word: str) -> ModelOnFile | None:
        """The one model on file `word` sounds exactly like (`sound_key`: "corando", "voyagger", "Ulisse"), when it is
        no word the tables know. Never one a sound apart: "pella" (whisper's "per la") is a sound from "Phedra", "iacca"
        (a plate's H) from "Hiace"."""
        if len(word) < _SOUNDED or not word.isalpha() or word in self.by_word or word in known_words():
            return None
        found = self._sounds.same(word)
        if not found and word.startswith(_ARTICLE_RUN_ON) and len(word) > _SOUNDED:
            found = self._sounds.same(word[1:])  # "l'accorando": the article's "a" run onto "corando"
        return self.by_word[found.pop()] if len(found) == 1 else None

    @functools.cached_property
    def _phrase_keys(self) -> dict[str, ModelOnFile]:
        """Each model on file of two words by the key of its two words said together (`_said_key`: "flingfeatel" for
        the Flying Feather), long enough to be told by its sound."""
        keys: dict[str, list[ModelOnFile]] = {}
        for m in self.models:
            words = tokenize(m.model)
            if len(words) == 2 and all(w.isalpha() for w in words):
                key = _said_key("".join(words))
                if len(key) >= _PHRASE_KEY:
                    keys.setdefault(key, []).append(m)
        return {k: ms[0] for k, ms in keys.items() if len(ms) == 1}

    def _phrases_heard(self, words: list[str]) -> list[tuple[ModelOnFile, re.Pattern[str]]]:
        """The models on file of two words heard as two words a sound off ("la Flink Feather", "della fling, fiatere":
        the Flying Feather, set 51), right after a car's article or an owner's "della": two words no table knows whose
        sound said together is one sound from that one model's alone."""
        found: list[tuple[ModelOnFile, re.Pattern[str]]] = []
        if not self._phrase_keys:
            return found
        known = known_words()
        for i in range(1, len(words) - 1):
            first, second = words[i], words[i + 1]
            if words[i - 1] not in _CAR_ARTICLES | _OWNER_ARTICLES or not (first.isalpha() and second.isalpha()):
                continue
            if first in known or second in known:
                continue
            key = _said_key(first + second)
            near = {m.model: m for k, m in self._phrase_keys.items() if one_apart(key, k)}
            if len(near) == 1:
                pattern = re.compile(rf"(?<![\w-]){re.escape(first)}\W+{re.escape(second)}(?![\w-])", re.IGNORECASE)
                found.append((next(iter(near.values())), pattern))
        return found

    def _near_model(self, word: str) -> ModelOnFile | None:
        """The one model on file `word` is a sound from, as said (`_said_key`: "fuenza" the Fluence, "fedra" the
        Phedra), when it can be no other word (see the module's doc); None when two models are as near."""
        if len(word) < _SOUNDED or not word.isalpha() or word in self.by_word or not _unknown_whole(word):
            return None
        key = _said_key(word)
        if len(key) < _NEAR_KEY:
            return None
        found = {w for w, said in self._said_keys.items() if one_apart(key, said)}
        return self.by_word[found.pop()] if len(found) == 1 else None


def _a_plates_city_letter(text: str, word: str) -> bool:
    """Is `word` a city word of the spelling alphabet heard a sound off ("giolli": Jolly) inside the plate `text`
    spells (read as the parse reads it)? Then it is one of the plate's letters, never a model on file it sounds like
    (set 51: "la gypsi domodosso la giolli sei nove sei Roma Empoli" read the Ghibli and lost the plate's D J)."""
    if city_by_sound(word) is None:
        return False
    tokens = heard_tokens(text)
    return any(word in tokens[m.start : m.end] for m in find_plates(tokens))


def _where_a_model_goes(words: list[str], i: int) -> bool:
    """Is words[i] where a car's model is said: right after its article, or after an owner's "della" with its colour
    or plate right after it?"""
    if words[i - 1] in _CAR_ARTICLES:
        return i < 2 or words[i - 2] not in PRONOUNS_BEFORE_LO  # "me lo piazzi" (set 45): a verb, never the Hiace
    after = words[i + 1 : i + 8]
    if words[i - 1] not in _OWNER_ARTICLES or not after:
        return False
    plates = find_plates(after)
    return after[0] in COLOURS or (bool(plates) and plates[0].start == 0)


_OWNER_OF = frozenset({"di", "del", "della"})
"""Said right after a car named at the very start of the utterance: whose it is ("Tattra di Zucchelli")."""


def _where_a_make_goes(words: list[str], i: int, make: MakeOnFile) -> bool:
    """Is words[i] where a car's make is surely said: right before that make's number model on file, right after a
    car's article with its colour or plate after it, or opening the utterance with the car's plate or its owner's "di"
    right after it?"""
    after = words[i + 1 : i + 8]
    if after[:1] and after[0] in make.numbers:
        return True
    if i and words[i - 1] in _MAKE_ARTICLES:
        plates = find_plates(after)
        return bool(after) and (after[0] in COLOURS or (bool(plates) and plates[0].start == 0))
    return i == 0 and _car_said_after(after, make)


def _car_said_after(after: list[str], make: MakeOnFile) -> bool:
    """Is a car's plate or its owner's "di" right after a make opening the utterance, its own model on file and a colour
    maybe between ("Lucid Air bianca di Pezzolato": set 39, its model "Air" a word of a sentence too)?"""
    model = next((m for m in make.models if tuple(after[: len(m)]) == m), ())
    if model:
        after = after[len(model) :]
        after = after[1:] if after[:1] and after[0] in COLOURS else after
    if not after:
        return False
    plates = find_plates(after)
    return after[0] in _OWNER_OF or (bool(plates) and plates[0].start == 0)


def _said_like(word: str, name: str) -> bool:
    """Is `word` said exactly as a word of `name` ("kerri": the Kerry, though said as Chery too)?"""
    return any(_said_key(w) == _said_key(word) for w in tokenize(name) if w.isalpha())


def _said_key(word: str) -> str:
    """A word's sound as said (`_SAID_AS_SPELT`, then `sound_key`), its last vowel not counted: whisper ends a
    foreign model the Italian way ("Fluence" heard "fluenza")."""
    for pattern, said in _SAID_AS_SPELT:
        word = pattern.sub(said, word)
    key = sound_key(word)
    return key[:-1] if key[-1:] in ("a", "e", "i", "o", "u") else key


_SPELLED_COST = 0.5
"""The cost at most of a word read as letter names run together (`plate_hearing.word_readings`), as in misheard."""


def _unknown_whole(word: str) -> bool:
    """Is `word` no word the tables know or put back ("pella": per la), no letter names run together ("iacca") and no
    two known words run together?"""
    known = known_words()
    two_words = any(word[:cut] in known and word[cut:] in known for cut in range(2, len(word) - 1))
    if word in known or (word,) in SAID_AS or two_words:
        return False
    spelled = word_readings(word, limit=1)
    return not (spelled and spelled[0].cost <= _SPELLED_COST)


def _readable(word: str) -> bool:
    """Can this one-word model be read as a model when said: no table's word, no number, long enough?"""
    bare = word.replace("-", "")
    if len(bare) < _SHORTEST or bare.isdigit() or not any(c.isalpha() for c in bare):
        return False
    return (word,) not in MODELS and (bare,) not in MODELS and word not in MAKES and word not in known_words()


def _letters_and_figures(word: str) -> bool:
    """A short model of letters and figures no table knows ("RX-8", "MR2", "S2000"), read only as written, its
    hyphen or not: never spaced ("RX 8" may be a plate's letters and its first digit said one by one)."""
    bare = word.replace("-", "")
    return (
        len(bare) >= _SHORTEST - 1 and bare.isalnum() and any(c.isdigit() for c in bare)
        and sum(c.isalpha() for c in bare) >= 1 and (word,) not in MODELS and (bare,) not in MODELS
    )  # fmt: skip


def _make_readable(word: str) -> bool:
    """Can this one-word make be read alone when said: letters only, long enough, no table's word?"""
    return word.isalpha() and len(word) >= _SHORTEST and word not in MAKES and (word,) not in MODELS and (
        word not in known_words()
    )


def _a_number_after_its_make(makes: list[str], words: list[str]) -> bool:
    """A model that is a number ("807", "75"), read right after its one-word make, or of three figures right after
    an article (`_number_pattern`): said alone the number is an hour, a day or a plate's (as
    `vehicles.NUMBERED_MODELS`)."""
    return (
        len(words) == 1 and words[0].isdigit() and len(makes) == 1 and makes[0].isalpha()
        and (makes[0], words[0]) not in MODELS
    )  # fmt: skip


def _phrase_readable(words: list[str]) -> bool:
    """A model of two or three words, said together, that no table knows and that holds a word no table knows."""
    return (
        len(words) in (2, 3) and tuple(words) not in MODELS and all(w.isalnum() for w in words)
        and any(w.isalpha() and len(w) >= _SHORTEST and w not in known_words() for w in words)
    )  # fmt: skip


def _written_pattern(make: str, word: str) -> re.Pattern[str]:
    model = r"-?".join(re.escape(p) for p in word.split("-") if p)
    return re.compile(rf"(?<![\w-])(?:{re.escape(make)}\s+)?{model}(?![\w-])", re.IGNORECASE)


def _number_pattern(make: str, number: str) -> re.Pattern[str]:
    """A number model after its make ("la Peugeot 807"), or of three figures or more right after an article ("l'807
    color champagne", "la 807": no hour, day or plate is said so), as written or as said (`_number_said`)."""
    after_article = "".join(rf"(?<={a})" if k == 0 else rf"|(?<={a})" for k, a in enumerate(_NUMBER_ARTICLES))
    said = _number_said(number)
    alone = rf"|(?:{after_article}){said}" if len(number) >= _NUMBER_ALONE else ""
    return re.compile(rf"(?<![\w-])(?:{re.escape(make)}[\s-]+{said}{alone})(?![\w-])", re.IGNORECASE)


_HUNDREDS_AND_UNIT = re.compile(r"([1-9])0([1-9])")
"""A model of three figures with a nought between ("806", "807"): said "ottocentosei", its hundreds then its unit."""


def _number_said(number: str) -> str:
    """The number model as whisper base may write it: "806" said "ottocentosei" is written "800-6", "800 6" or "8006"
    too (set 34: "la 800-6 grigio cemento", set 32: "l'800-7 color champagne"); only right after its article or make,
    where no hour, day or plate is said so."""
    spelt = _HUNDREDS_AND_UNIT.fullmatch(number)
    if spelt is None:
        return re.escape(number)
    hundreds, unit = spelt.groups()
    return rf"(?:{re.escape(number)}|{hundreds}00[\s-]?{unit})"


def _phrase_pattern(words: list[str]) -> re.Pattern[str]:
    said = r"[\s-]+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-]){said}(?![\w-])", re.IGNORECASE)


def _pattern(make: str, word: str) -> re.Pattern[str]:
    pieces = [re.escape(p) for p in word.split("-") if p]
    model = r"[\s-]?".join(pieces)
    make_words = tokenize(make)
    before = ""
    if len(make_words) == 1 and make_words[0] not in MAKES:  # "la SsangYong Korando": the make no table knows
        before = rf"(?:{re.escape(make_words[0])}\s+)?"
    return re.compile(rf"(?<![\w-]){before}{model}(?![\w-])", re.IGNORECASE)


def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)


def _replace_unowned(pattern: re.Pattern[str], text: str, stand: str, on_file: frozenset[str]) -> str:
    """Each match replaced by `stand`, but one right after an owner's "di" that follows a car already named ("la
    Panda della Murano"), by the tables or by a make or model on file (`on_file`: "la Togg blu della Zilocchi, FY …"
    is the Togg's owner, not a model sounding like "Scirocco": set 38)."""
    out, last = [], 0
    for m in pattern.finditer(text):
        before = tokenize(strip_accents(text[: m.start()]))
        if before and before[-1] in _OWNER_PARTICLES and _car_named(before[-4:-1], on_file):
            continue
        out.append(text[last : m.start()] + stand)
        last = m.end()
    return "".join(out) + text[last:]


_OPENING_WORDS = frozenset({"allora", "ehm", "eh", "senti", "ok", "okay", "ecco", "dunque", "buongiorno", "buonasera",
                            "prendi", "nota"})
"""Said before the car opening the request, no words of it ("Allora, Tatra di Zucchelli, …", "Prendi nota: Lucid
Air, DP 302 XF, …", set 39)."""


def _replace_where_a_car_goes(make: MakeOnFile, text: str, stand: str) -> str:
    """Each match replaced by `stand` where a car is named: right after its article, its colour maybe between ("la
    Mahindra", "the yellow Tata"), or opening the utterance with its plate or owner's "di" after it ("Tatra di
    Zucchelli"); never after an owner's "della" nor a title ("Innocenti" is a surname too)."""
    out, last = [], 0
    for m in make.pattern.finditer(text):
        before = tokenize(strip_accents(text[: m.start()]))
        if before[-1:] and before[-1] in COLOURS:
            before = before[:-1]
        opening = set(before) <= _OPENING_WORDS and _car_said_after(tokenize(strip_accents(text[m.end() :]))[:7], make)
        if not opening and (not before or before[-1] not in _MAKE_ARTICLES):
            continue
        out.append(text[last : m.start()] + stand)
        last = m.end()
    return "".join(out) + text[last:]


def _car_named(words: list[str], on_file: frozenset[str]) -> bool:
    return any((w,) in MODELS or w in MAKES or w in on_file for w in words)


def _named_again(slots: dict[str, Any], standing: Mapping[str, ModelOnFile | MakeOnFile]) -> dict[str, Any]:
    desc = slots.get("vehicle_description")
    if not isinstance(desc, dict):
        return slots
    found = standing.get(str(desc.get("model")))
    if isinstance(found, ModelOnFile):
        return {**slots, "vehicle_description": {**desc, "make": found.make, "model": found.model}}
    by_make = standing.get(str(desc.get("make")))
    if isinstance(by_make, MakeOnFile):
        return {**slots, "vehicle_description": {**desc, "make": by_make.make}}
    return slots
