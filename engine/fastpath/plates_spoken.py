"""Finding a spoken plate inside an utterance: "a bi uno due tre ci di", "Ancona Bologna 123", "AB 123 CD".

Only the speech glue lives here: which run of words is the plate. Turning a span into the normalised
plate uses `wp_api.plates` when it is there (the backend's own rules), else the tables below.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from itertools import pairwise

from engine.fastpath import vehicles
from engine.fastpath.dates import WEEKDAYS
from engine.fastpath.numbers import digits_of
from engine.fastpath.plate_hearing import HeardSpan, Reading, find_heard, readings, to_italian, word_readings
from engine.fastpath.plate_symbols import CITY_WORDS, COMMON_2, LETTER_WORDS, NATO_HEARD, NATO_WORDS, symbol
from engine.fastpath.sounds_like import SoundIndex, sound_key
from engine.fastpath.vocabulary import known_words

_LOGGER = logging.getLogger(__name__)

# Words that are also ordinary words: letters only inside a run that holds other plate symbols.
_WEAK = {"a", "e", "i", "o", "u", "di", "ti", "vi", "ci", "el", "em", "ex", "ar", "golf", "india", "lima",
         "roma", "milano", "napoli", "hotel", "quarto", "una", "un", "uno"}  # fmt: skip
_PLATE_WORDS = {"targa", "targata", "targato", "plate", "registration", "reg", "numberplate"}
_IT_FORMAT = re.compile(r"[A-Z]{2}\d{3}[A-Z]{2}")
_TWO_LETTERS = {"ex": "EX", "el": "EL", "em": "EM", "ef": "EF", "eff": "EF", "es": "ES"}
"""Letter names that are also two letters run together ("e ics" heard as "ex"): inside a run that is no plate
as one letter, read as both when that, and only that, makes an Italian plate ("EX 120 DN")."""
_FOREIGN_SHAPE = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Z]{0,3}")
"""Letters, up to four digits, maybe letters: the shape of a plate of another format ("CK 2211 PV"), kept as
said even where a misheard Italian plate could be read in it."""
_GROUPS = re.compile(r"^[a-z]{2,3} [0-9a-z]{2,4} [a-z]{2,3}$")  # "TV 2388 NM" written in groups


@dataclass(frozen=True)
class PlateMatch:
    """A plate found in the tokens: the normalised plate and the token span it came from."""

    plate: str
    start: int
    end: int
    italian_format: bool
    misheard: bool = False
    """Read by the mishearing model (letter names run into words, zeros added), not spelled plainly."""


_NEAR_MIN = 5
"""A city word is recognised one sound apart only when its sound has this many letters ("Roma", "Como",
"Zara" must sound exactly right: one sound from them is too many ordinary words)."""


@functools.lru_cache(maxsize=1)
def _cities() -> SoundIndex:
    return SoundIndex(frozenset(CITY_WORDS))


@functools.lru_cache(maxsize=2048)
def city_by_sound(token: str) -> str | None:
    """The letter(s) a misspelt word of the city alphabet stands for ("livono" → L, "impolimilano" →
    EM: two run together), or None. Only for words no table of the parser knows, and only by a sound
    that a single city word has; a symbol only inside a plate's run (`_symbol`)."""
    if len(token) < 4 or not token.isalpha() or token in LETTER_WORDS or token in known_words():
        return None
    one = _city(token)
    if one is not None:
        return one
    if (yacht := _yacht_run_on(token)) is not None:
        return yacht
    for cut in range(4, len(token) - 3):  # two city words run together: both halves must be heard
        first, second = _city(token[:cut]), _city(token[cut:])
        if first is not None and second is not None and len(sound_key(token)) >= 2 * _NEAR_MIN:
            return first + second
    # shorter, each half must sound exactly one ("Otelcomo": Hotel Como, H C; "Genovajot": Genova Yacht, G Y)
    for cut in range(4, len(token) - 2):
        first, second = city_exactly(token[:cut]), city_exactly(token[cut:])
        if first is not None and second is not None:
            return first + second
    return None


def city_exactly(word: str) -> str | None:
    """The letter of the city word `word` sounds exactly like (its "h" unsaid: "otel"), or None."""
    if sound_key(word) == _YACHT:
        return "Y"
    letters = {CITY_WORDS[w] for w in _cities().same(_SOFT_G.sub("j", word))}
    return letters.pop() if len(letters) == 1 else None


_YACHT = "iot"
"""The sound of "Yacht" as Italians say it, whisper's "Jot", "iot" (held-out sets 29, 31: "Genova Savona 481. Jot
Bologna", "Geno Vajot, 714", "Empoliot 957"): Y of the city alphabet, only inside a run of city words."""


_YACHT_HEARD = frozenset({_YACHT, "iao"})
"""Yacht's sound, and the same with its t lost and its o opened (set 46: "Firenze Roma 541 Yacht Firenze" heard
"filenzeroma 541-Yao, filenze"): a letter only beside a city word, as `_yacht` reads it."""


def _yacht(tokens: list[str], i: int) -> str | None:
    """Y said "Yacht" and written "Jot" (`_YACHT`), only right after or before a city word: alone it is no letter."""
    if not tokens[i].isalpha() or sound_key(tokens[i]) not in _YACHT_HEARD or tokens[i] in known_words():
        return None
    beside = [tokens[k] for k in (i - 1, i + 1) if 0 <= k < len(tokens)]
    return "Y" if any(w in CITY_WORDS or city_by_sound(w) is not None for w in beside) else None


def _yacht_run_on(token: str) -> str | None:
    """A city word ending in "i" with "Yacht" run on, the "i" said once ("Empoliot": Empoli Yacht, E Y)."""
    if len(token) < 6 or not token.endswith("iot") or token in known_words():
        return None
    first = city_exactly(token[:-2])
    return first + "Y" if first is not None else None


def _city_repaired(tokens: list[str], i: int) -> bool:
    """Whether the city letters at `i` were read by a repair (two words split in the wrong place, "Yacht" heard
    "Jot"), not as said: a write with the plate they give is said back for a yes."""
    if cities_joined(tokens, i) is not None or _yacht(tokens, i) is not None:
        return True
    tok = tokens[i]
    return tok.isalpha() and sound_key(tok).endswith(_YACHT) and city_by_sound(tok) is not None


def cities_joined(tokens: list[str], i: int) -> str | None:
    """Two words of the city alphabet whisper split in the wrong place ("Otelli-Vorno" for Hotel Livorno, "o
    Telbolonia" for Hotel Bologna, "Geno Vajot" for Genova Yacht): their two letters, when the two words read
    together sound as two city words and neither is a city word or a known word alone ("o" aside: "Hotel"'s
    opening, no letter of an Italian plate)."""
    if i + 1 >= len(tokens):
        return None
    first, second = tokens[i], tokens[i + 1]
    if not (first.isalpha() and second.isalpha()) or second in known_words() or second in CITY_WORDS:
        return None
    if first != "o" and (first in known_words() or first in CITY_WORDS or city_by_sound(first) is not None):
        return None
    if city_by_sound(second) is not None:
        return None
    letters = city_by_sound(first + second)
    return letters if letters is not None and len(letters) == 2 else None


_R_BEFORE_CONSONANT = re.compile(r"r(?=[^aeiou])")


@functools.lru_cache(maxsize=1)
def _cities_r_lost() -> tuple[SoundIndex, dict[str, str]]:
    """The city words with an "r" before a consonant unsaid ("Kursaal" heard "Cossal" over workshop noise,
    "Palermo" "Palemo"): their sound so, and that sound's word → the letter."""
    cut = {_R_BEFORE_CONSONANT.sub("", w): letter for w, letter in CITY_WORDS.items()}
    cut = {w: letter for w, letter in cut.items() if w not in CITY_WORDS}
    return SoundIndex(frozenset(cut)), cut


def _city(word: str) -> str | None:
    word = _SOFT_G.sub("j", word)  # "giolli": the Italian spelling of Jolly's sound
    same = _cities().same(word) or _cities().same(_L_AS_GLI.sub("li", word))
    if not same and len(sound_key(word)) >= _NEAR_MIN:
        same = {w for w in _cities().near(word) if len(sound_key(w)) >= _NEAR_MIN}
    letters = {CITY_WORDS[w] for w in same}
    if not letters and len(sound_key(word)) >= _NEAR_MIN:  # "Firenze Cossal 318": Kursaal, its r lost
        index, cut = _cities_r_lost()
        letters = {cut[w] for w in index.near(word) if len(sound_key(w)) >= _NEAR_MIN}
    return letters.pop() if len(letters) == 1 else None


_L_AS_GLI = re.compile(r"(?<=[aeiou])gli")
"""A city word's "l" (or "ll") heard palatal and written "gli" ("giogli" for Jolly): only an exact sound so."""
_SOFT_G = re.compile(r"^gi(?=[aeou])")
"""An opening "gi" before a vowel sounds as J ("giolli" for Jolly, "gioia")."""


def _city_beside(tokens: list[str], i: int) -> str | None:
    """A short city word one sound off ("comù" for Como, "zaro" for Zara), only right after or before a city word
    heard plainly or by its sound ("Torino comù"): where the spelling alphabet is being used; alone, a short
    word one sound from a city is too often a word of its own."""
    tok = tokens[i]
    if len(tok) < 4 or not tok.isalpha() or tok in LETTER_WORDS or tok in known_words():
        return None
    beside = [tokens[k] for k in (i - 1, i + 1) if 0 <= k < len(tokens)]
    if not any(w in CITY_WORDS or city_by_sound(w) is not None for w in beside):
        return None
    letters = {CITY_WORDS[w] for w in _cities().near(tok)}
    return letters.pop() if len(letters) == 1 else None


def _symbol(tokens: list[str], i: int) -> tuple[str, int] | None:
    """`plate_symbols.symbol`, and a misspelt city word by its sound (`city_by_sound`, `_city_beside`), two split in
    the wrong place (`cities_joined`), "Yacht" heard "Jot" (`_yacht`)."""
    if (joined := cities_joined(tokens, i)) is not None:
        return joined, 2
    if (kilo := _kilo_as_its_unit(tokens, i)) is not None:
        return kilo, 1
    found = symbol(tokens, i)
    if found is None and (yacht := _yacht(tokens, i)) is not None:
        return yacht, 1
    if found is None and (city := city_by_sound(tokens[i]) or _city_beside(tokens, i)) is not None:
        return city, 1
    if found is None and (cut := _city_cut(tokens, i)) is not None:
        return cut, 2
    if found is None and (nato := nato_heard(tokens, i)) is not None:
        return nato, 1
    if found is None and (opening := _names_then_hundreds(tokens[i])) is not None:
        return opening, 1
    if found is None and (juliett := _juliett_as_the_model(tokens, i)) is not None:
        return juliett, 2
    return found


def _kilo_as_its_unit(tokens: list[str], i: int) -> str | None:
    """Kilo written as the weight's unit ("bravo Victor 614 kg alpha", set 52): K, only right after a plate's digits
    and right before a NATO word ("614 kg" alone is a weight, and two letters K G of a plate said plainly)."""
    if tokens[i] != "kg" or i == 0 or i + 1 >= len(tokens) or digits_of(tokens[i - 1]) is None:
        return None
    return "K" if tokens[i + 1] in NATO_WORDS or tokens[i + 1] in NATO_HEARD else None


_MIKE_HEARD = frozenset({"may", "mai", "mic"})


def _names_then_hundreds(tok: str) -> str | None:
    """A plate's two opening letter names run onto its digits said as one number ("ettinovecentotantotto", set 50,
    for "e ti novecentottantotto": E T 988): the two letters and the number, when what precedes a number word of the
    hundreds reads cheaply as two letter names (`plate_hearing.word_readings`) and the word is no known word."""
    if len(tok) < _NAMES_THEN_HUNDREDS_MIN or not tok.isalpha() or tok in known_words():
        return None
    for cut in range(2, len(tok) - 7):
        number = digits_of(tok[cut:])
        if number is None or len(number) != 3 or "cent" not in tok[cut:]:
            continue
        names = word_readings(tok[:cut], limit=1)
        if names and len(names[0].text) == 2 and names[0].cost <= _TWO_NAMES_RUN_ON_COST:
            return names[0].text + number
    return None


_NAMES_THEN_HUNDREDS_MIN = 10
_TWO_NAMES_RUN_ON_COST = 0.3


def _juliett_as_the_model(tokens: list[str], i: int) -> str | None:
    """Juliett written "Giuliett" and taken for the Alfa Romeo's "Giulietta" (set 45: "Golf sierra uno cinque tre
    Giuliett Mike", "… tre Giuliett May" over noise): J, and the NATO word after it, only right after the plate's
    digits and right before its last letter's NATO word; "l'Alfa Giulietta" and "la Giulietta di Rossi" stay the
    car."""
    if tokens[i] != "giulietta" or i == 0 or i + 1 >= len(tokens) or digits_of(tokens[i - 1]) is None:
        return None
    nxt = tokens[i + 1]
    last = NATO_WORDS.get(nxt) or NATO_HEARD.get(nxt) or ("M" if nxt in _MIKE_HEARD else None)
    return "J" + last if last else None


def letters_heard(tokens: list[str]) -> frozenset[str]:
    """Every plate letter some words stand for (a city, a NATO word, a letter's name: `_symbol`), anywhere in the
    request: what is left of a plate no run of symbols made whole ("Geno Vazara 4.03 Torino Genova": G Z, T, G)."""
    heard: set[str] = set()
    i = 0
    while i < len(tokens):
        found = _symbol(tokens, i)
        if found is None:
            i += 1
            continue
        heard |= {c for c in found[0] if c.isalpha()}
        i += found[1]
    return frozenset(heard)


def _city_cut(tokens: list[str], i: int) -> str | None:
    """A word of the city alphabet whisper cut in two, its end written as a small word ("Empoli cussà al 906" for
    Kursaal): the letter, when the two read together sound as one city word and the first alone as none; else
    None."""
    if i + 1 >= len(tokens) or not tokens[i].isalpha() or len(tokens[i]) < 4:
        return None
    end = tokens[i + 1]
    if not end.isalpha() or len(end) > 3 or tokens[i] in known_words():
        return None
    return city_by_sound(tokens[i] + end)


def nato_heard(tokens: list[str], i: int) -> str | None:
    """The letter of a NATO word whisper wrote otherwise ("Romeo Zula": Z, `NATO_HEARD`), only right after or
    before a NATO word said plainly; alone, or next to anything else, it is the word it looks like."""
    letter = NATO_HEARD.get(tokens[i]) or _nato_plural(tokens[i])
    beside = tokens[i - 1 : i] + tokens[i + 1 : i + 2]
    if letter is not None and (any(w in NATO_WORDS for w in beside) or _in_nato_plate(tokens, i)):
        return letter
    if tokens[i] in _NATO_AS_MONTH and _in_nato_plate(tokens, i):
        return _NATO_AS_MONTH[tokens[i]]
    return None


_NATO_AS_MONTH = {"novembre": "N", "giulietta": "J", "giulia": "J"}
"""NATO words written as Italian words (held-out set 48: "Delta tango 787 bravo novembre" for DT 787 BN twice, the
month; "Golf Kilo 343 Victor Giuliette" for GK 343 VJ, the Alfa's model; set 42: "Goff, Charlie 828 Sierra Giulia" for GC 828 SJ, the other Alfa): their letter only as
one of the four letters of a plate spelt whole in NATO words (`_in_nato_plate`), never beside one NATO word alone
("la Golf, 12 novembre" is a date, "la Giulietta di Rossi" the car)."""


def _nato_letter(word: str) -> bool:
    return word in NATO_WORDS or word in NATO_HEARD or word in _NATO_AS_MONTH


def _in_nato_plate(tokens: list[str], i: int) -> bool:
    """Is tokens[i] one of the four letters of a whole Italian plate spelt in the NATO alphabet, each letter a NATO
    word plain or as whisper writes it ("Foxtro, ecco 1 7 0 mic mic": FE 170 MM, set 39)? The plate's shape, two
    such words, its three digits, two more, is the spelling alphabet in use, with no word said plainly beside it;
    "ecco" or "mic" said anywhere else stays the word it is."""
    for start in range(max(0, i - 7), i + 1):
        k = start
        if not (k + 1 < len(tokens) and _nato_letter(tokens[k]) and _nato_letter(tokens[k + 1])):
            continue
        k += 2
        digits = ""
        while k < len(tokens) and len(digits) < 3 and (d := digits_of(tokens[k])) is not None:
            digits, k = digits + d, k + 1
        end = k + 2
        if len(digits) == 3 and end <= len(tokens) and all(_nato_letter(t) for t in tokens[k:end]):
            letters = {start, start + 1, k, k + 1}
            if i in letters and (end == len(tokens) or not _nato_letter(tokens[end])):
                return True
    return False


def _nato_plural(word: str) -> str | None:
    """The letter of a NATO word whisper wrote with an "s" after it ("Mike Yankees": Y), else None."""
    if len(word) < 5 or not word.endswith("s"):
        return None
    stem = word[:-2] if word.endswith("es") and word[:-2] in NATO_WORDS else word[:-1]
    letter = NATO_WORDS.get(stem)
    return letter if letter is not None and stem.isalpha() else None


def _runs(tokens: list[str]) -> list[tuple[int, int, list[tuple[str, int]]]]:
    """The runs of plate symbols in the tokens: (start, end, [(symbol, position), …]). A vehicle's name or
    a NATO word just before a whole plate is no symbol of it (`names_before_plates`)."""
    said = tuple(tokens)
    skip = names_before_plates(said) | _hours(said) | _day_dates(said) | _numbers_before_plates(said) | _counts(said)
    return _symbol_runs(tokens, skip)


_AT_HOUR = frozenset({"alle", "all", "ore", "at", "verso", "dalle", "entro", "by"})


@functools.lru_cache(maxsize=256)
def _hours(tokens: tuple[str, ...]) -> frozenset[int]:
    """The hour said after "alle"/"at" is a time, never a plate's digits: "alle 10? È una Golf nera" is no
    plate 10 E 1 G (the Golf a NATO G)."""
    return frozenset(
        i for i in range(1, len(tokens))
        if tokens[i - 1] in _AT_HOUR and (hour := digits_of(tokens[i])) is not None and 0 < int(hour) <= 24
    )  # fmt: skip


@functools.lru_cache(maxsize=256)
def _day_dates(tokens: tuple[str, ...]) -> frozenset[int]:
    """The date said after a weekday is the day of the month, never a plate's digits: "la conferma di
    giovedì 3, FL 195 XE" is no plate 3FL195XE (no Italian plate opens with a digit); so is an appointment's date
    after "del"/"dal" ("l'appuntamento del 14 e V830 …": the 14th, then the plate)."""
    return frozenset(
        i for i in range(1, len(tokens))
        if (tokens[i - 1] in WEEKDAYS or tokens[i - 1] in _DATE_OF)
        and (day := digits_of(tokens[i])) is not None and 0 < int(day) <= 31
    )  # fmt: skip


_DATE_OF = frozenset({"del", "dal"})
_COUNTED = frozenset({"giorni", "giorno", "ore", "settimane", "settimana", "minuti", "days", "day", "hours", "weeks"})


@functools.lru_cache(maxsize=256)
def _counts(tokens: tuple[str, ...]) -> frozenset[int]:
    """A number said before "giorni", "ore", "days" counts them, never a plate's digits: "…, DL 350 TH: tre giorni
    prima" (set 37) is no plate DL350TH3 (an Italian plate ends in letters, so the count never belongs to it)."""
    return frozenset(
        i for i in range(len(tokens) - 1) if tokens[i + 1] in _COUNTED and digits_of(tokens[i]) is not None
    )


@functools.lru_cache(maxsize=256)
def _numbers_before_plates(tokens: tuple[str, ...]) -> frozenset[int]:
    """A number said just before a whole Italian plate belongs to the words before it, never to the plate: "il
    preventivo è di 450, KR 617 FD" is no plate ED450KR ("è di" read as E D), "spostala il 28, SD 512 FD" no
    28SD512FD. Not after a plate's letters said plainly ("AB 123 CD 456 EF": AB123CD stays the plate), nor
    the plate's own digits said alone before it whole ("no, 124, AB 124 CD": `_group_then_whole`'s)."""
    found = set()
    for k in range(len(tokens) - 1):
        number = digits_of(tokens[k])
        plate = _spelled_plate(tokens, k + 1) if number is not None else None
        if plate is None or plate[2:5] == number:
            continue
        before = _symbol(list(tokens), k - 1) if k > 0 else None
        if before is not None and before[0].isalpha() and tokens[k - 1] not in _WEAK:
            continue
        found.add(k)
    return frozenset(found)


def _symbol_runs(tokens: list[str], skip: frozenset[int]) -> list[tuple[int, int, list[tuple[str, int]]]]:
    """The runs of plate symbols in `tokens` but at the positions in `skip`: (start, end, [(symbol, position), …]),
    each a new list (the callers join and cut them)."""
    return [(start, end, list(symbols)) for start, end, symbols in _symbol_runs_of(tuple(tokens), skip)]


@functools.lru_cache(maxsize=512)
def _symbol_runs_of(said: tuple[str, ...], skip: frozenset[int]) -> tuple[tuple[int, int, tuple[tuple[str, int], ...]], ...]:
    """`_symbol_runs`, read once for each words and skip: one parse reads the same words' runs six times or so, each
    word tried as every kind of symbol (most of a parse's time, before)."""
    tokens = list(said)
    runs: list[tuple[int, int, tuple[tuple[str, int], ...]]] = []
    i = 0
    while i < len(tokens):
        start = i
        symbols: list[tuple[str, int]] = []
        while i < len(tokens) and i not in skip:
            sym = (
                _symbol(tokens, i)
                or _clock_between_letters(tokens, i, symbols)
                or _tre_heard_tra(tokens, i, symbols)
                or _end_heard_as_clock(tokens, i, symbols)
            )
            if sym is None:
                break
            symbols.append((sym[0], i))
            i += sym[1]
        if symbols:
            runs.append((start, i, tuple(symbols)))
        else:
            i += 1
    return tuple(runs)


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


def _clock_between_letters(tokens: list[str], i: int, before: list[tuple[str, int]]) -> tuple[str, int] | None:
    """A plate's digits whisper wrote as a time ("G i lunga 8.45 tc", "Genova Jolly 8.45 Torino Como": 8 4 5),
    only right after the plate's letters (the run so far ends on one) and right before more of them: a time
    said after "alle", or beside words, stays a time."""
    found = _CLOCK.fullmatch(tokens[i])
    if found is None or not before or not before[-1][0][-1:].isalpha() or i + 1 >= len(tokens):
        return None
    after = _symbol(tokens, i + 1)
    if after is None or not after[0][:1].isalpha() or tokens[i + 1] in _WEAK:
        return None
    return found.group(1) + found.group(2), 1


_HEAD_TWO_DIGITS = re.compile(r"[A-Z]{2}\d{2}")
_HEAD_THREE_DIGITS = re.compile(r"[A-Z]{2}\d{3}")


def _tre_heard_tra(tokens: list[str], i: int, before: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The plate's third digit "tre" written "tra" (set 45: "genova savona uno cinque tra giolli milano", GS 153
    JM): only where the run so far is a plate's two letters and two digits and a letter of it follows; "tra" said
    anywhere else is the word ("AB 12 tra un'ora", "tra giovedì e venerdì")."""
    if tokens[i] != "tra" or i + 1 >= len(tokens) or not before:
        return None
    if not _HEAD_TWO_DIGITS.fullmatch("".join(s for s, _ in before)) or tokens[i - 1] in _WEAK:
        return None
    after = _symbol(tokens, i + 1)
    if after is None or not after[0][:1].isalpha() or tokens[i + 1] in _WEAK:
        return None
    return "3", 1


_CLOCK_WORDS = frozenset({"am", "pm"})
_DIGIT_THEN_CLOCK = re.compile(r"(\d)(am|pm)")


def _end_heard_as_clock(tokens: list[str], i: int, before: list[tuple[str, int]]) -> tuple[str, int] | None:
    """A plate ending in P M (or A M) said after its digits, written as the clock's "PM" (set 45: "di acca tre tre
    nove PM", "DH 3 3 9 PM"): the plate's last two letters, only right after its two letters and three digits, and
    at the run's end (another letter after it is no plate's end); an hour "alle 9 pm" is no run of a plate."""
    if not before:
        return None
    head = "".join(s for s, _ in before)
    glued = _DIGIT_THEN_CLOCK.fullmatch(tokens[i])  # "DH 3 3 9 PM" written "dh 3 3 9pm": the last digit glued on
    if glued is not None and _HEAD_TWO_DIGITS.fullmatch(head):
        end = glued.group(1) + glued.group(2).upper()
    elif tokens[i] in _CLOCK_WORDS and _HEAD_THREE_DIGITS.fullmatch(head):
        end = tokens[i].upper()
    else:
        return None
    after = _symbol(tokens, i + 1) if i + 1 < len(tokens) else None
    if after is not None and after[0][:1].isalpha() and tokens[i + 1] not in _WEAK:
        return None
    return end, 1


_NAMES_BY_LENGTH = sorted({*vehicles.NAMES, *((word,) for word in NATO_WORDS)}, key=len, reverse=True)
_NAMES_BY_FIRST: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
"""Each name of `_NAMES_BY_LENGTH` by its first word, with its place there (the longest first)."""
for _place, _name in enumerate(_NAMES_BY_LENGTH):
    _NAMES_BY_FIRST.setdefault(_name[0], []).append((_place, _name))


@functools.lru_cache(maxsize=256)
def names_before_plates(tokens: tuple[str, ...]) -> frozenset[int]:
    """The positions of a vehicle's name or a NATO word said just before a whole plate: "la Golf EF 456 GH"
    (the Golf, not G), "the i10 NB 073 CE", "l'Alfa Romeo EF 456 GH", "per una Golf EF 456 GH". Such a
    word sits in a run of symbols, and the words after it spell an Italian plate without it
    (`_spelled_plate`): two letters, three digits, two letters. A NATO word is a plate's letter only when
    the plate is not whole without it ("Golf Hotel 123 AB": GH123AB). A model written with digits opening
    the run ("la i10 NB 073") is no part of the plate even when the plate is not whole: no Italian plate
    starts with a digit or with "i10", and mixing it in makes a foreign-looking plate ("I10NB073"). A name
    whose first words are no symbols ("Santa Fe", "Serie 1") keeps its last word out of any plate."""
    found: set[int] = set()
    for start, end, _ in _symbol_runs(list(tokens), frozenset()):
        closing = _numbered_name_closing(tokens, start, end)
        if closing is not None:  # "l'i20 rossa", "l'A3 di Rossi": the model and its article, no plate
            found |= set(range(start, end))
            continue
        for i in range(start, end - 1):
            name = _name_at(tokens, i, start)
            if name is None or name[1] >= end:
                continue
            # a model written with digits ("i10", "C3", "500") opening the run is never a plate's start,
            # unless the run with it is an Italian plate ("e X1 2 0 di N": EX120DN, not the BMW X1)
            opens = all(tokens[j] in _WEAK for j in range(start, i))
            numbered = any(c.isdigit() for word in tokens[name[0] : name[1]] for c in word)
            numbered = numbered and not _IT_FORMAT.match(_run_text(tokens, start, end))
            # nor when the pair of letters written just before the run, a word in its own right ("HA", "FA",
            # "DA"), makes it an Italian plate ("HA 508 VC": HA508VC, not the Peugeot 508)
            numbered = numbered and not (
                start > 0 and len(tokens[start - 1]) == 2 and tokens[start - 1].isalpha()
                and tokens[start - 1] not in _ARTICLES  # "la 208 GT": the article, the model and its version
                and _IT_FORMAT.match(tokens[start - 1].upper() + _run_text(tokens, start, end))
            )
            # a name begun before the run ("Santa Fe", "Classe A") holds its last word: never a plate's
            begun_before = name[0] < start
            if _spelled_plate(tokens, name[1]) is not None or (opens and numbered) or begun_before:
                found |= set(range(max(start, name[0]), name[1]))
                break
    return frozenset(found)


_ARTICLES = frozenset({"l", "la", "il", "lo", "le", "un", "una", "the"})


def _numbered_name_closing(tokens: tuple[str, ...], start: int, end: int) -> tuple[int, int] | None:
    """The vehicle name written with digits that ends the run (weak words aside), only an article or weak words
    before it in the run ("l'i20" heard "l i20", "la C3", "un'A3"), or None: the article's letter and the model make no plate
    LI20 (no Italian plate is so short, and the model is the car's)."""
    for i in range(start, end):
        name = _name_at(tokens, i, start)
        if name is None or name[0] < start or any(tokens[j] not in _WEAK for j in range(name[1], end)):
            continue  # "l'i30 di Bassi": the weak words after it ("di") are no plate without it
        numbered = any(c.isdigit() for word in tokens[name[0] : name[1]] for c in word)
        # its article in the run ("l i20") or just before it ("la C3"); not after another word ("la FA 206 CE":
        # a plate whose digits are a model's number, its first pair a word)
        led = name[0] > start or start == 0 or tokens[start - 1] in _ARTICLES
        if numbered and led and all(tokens[j] in _WEAK or tokens[j] in _ARTICLES for j in range(start, name[0])):
            return name
    return None


def _run_text(tokens: tuple[str, ...], start: int, end: int) -> str:
    """The symbols of the run from `start` to `end`, joined ("e X1 2 0 di N": EX120DN)."""
    out, i = [], start
    while i < end and (sym := _symbol(list(tokens), i)) is not None:
        out.append(sym[0])
        i += sym[1]
    return "".join(out).upper()


def _name_at(tokens: tuple[str, ...], i: int, start: int) -> tuple[int, int] | None:
    """Where the longest vehicle name or NATO word that takes in tokens[i] begins and ends, or None: it
    begins at `i`, or, at a run's `start`, before it ("classe" of "classe C")."""
    found: tuple[int, int, int] | None = None  # (place in _NAMES_BY_LENGTH, first, end): the longest, said first
    for first in (i,) if i > start else range(max(0, i - _LONGEST_NAME + 1), i + 1):
        for place, name in _NAMES_BY_FIRST.get(tokens[first], ()):
            if found is not None and place >= found[0]:
                break
            if first + len(name) > i and tokens[first : first + len(name)] == name:
                found = (place, first, first + len(name))
                break
    return None if found is None else (found[1], found[2])


_LONGEST_NAME = len(_NAMES_BY_LENGTH[0])


def _spelled_plate(tokens: tuple[str, ...], i: int) -> str | None:
    """The Italian plate the words from `i` on spell from their first ("EF 456 GH", "ef 456 gh a domani"), a
    pair written as one word read as its two letters ("ef": E F, `_TWO_LETTERS`), and a last pair that is
    also a word ("NB 073 CE") read as letters; else None."""
    symbols: list[tuple[str, str]] = []  # (symbol, word)
    while i < len(tokens) and (sym := _symbol(list(tokens), i)) is not None:
        symbols.append((sym[0], tokens[i]))
        i += sym[1]
    pair = tokens[i] if i < len(tokens) else ""
    if len(pair) == 2 and pair.isalpha() and pair not in _NEVER_LETTERS:
        symbols.append((pair.upper(), pair))
    readings = ["".join(sym for sym, _ in symbols)]
    for k, (_, word) in enumerate(symbols):
        if word in _TWO_LETTERS:
            readings.append("".join(_TWO_LETTERS[w] if j == k else sym for j, (sym, w) in enumerate(symbols)))
    plates = {m.group(0) for text in readings if (m := _IT_FORMAT.match(text))}
    return plates.pop() if len(plates) == 1 else None


def _backend_normalise(plate: str) -> str:
    try:
        from wp_api import plates  # the backend's rules, when present
    except ImportError:
        return plate
    normalise = getattr(plates, "normalise", None)
    return normalise(plate) if callable(normalise) else plate


_SAID_BETWEEN = {"and": "N", "an": "N", "en": "N", "for": "4", "may": "M"}
"""Words English speech writes for a plate's symbol between two of its runs: N said "and" ("G M 5 5 5 and P"),
and as whisper hears them, 4 written "for" ("Echo Hotel for 1 7 Kilo Delta") and Mike "May" ("Golf Hotel 507,
May, November")."""


def _join_spoken_n(runs: list[tuple[int, int, list[tuple[str, int]]]], tokens: list[str]) -> None:
    """A plate's symbol said as a word between two of its runs (`_SAID_BETWEEN`: "G M 5 5 5 and P", "Alfa Bravo
    for 5 6 Charlie Delta"): join the runs around it when that makes an Italian plate."""
    i = 0
    while i + 1 < len(runs):
        start, end, symbols = runs[i]
        nstart, nend, nsymbols = runs[i + 1]
        text = "".join(s for s, _ in symbols)
        meant = _SAID_BETWEEN.get(tokens[end]) if end < len(tokens) else None
        joined = text + (meant or "") + "".join(s for s, _ in nsymbols)
        if (
            meant is not None
            and nstart == end + 1
            and not _IT_FORMAT.search(text)
            and _IT_FORMAT.fullmatch(joined)
        ):
            runs[i : i + 2] = [(start, nend, [*symbols, (meant, end), *nsymbols])]
            continue
        i += 1


def find_plates(tokens: list[str]) -> list[PlateMatch]:
    """Every plate in the tokens (usually one). Runs must look like a plate, not like a time or a date."""
    return list(_plates_in(tuple(tokens)))


@functools.lru_cache(maxsize=512)
def _plates_in(said: tuple[str, ...]) -> tuple[PlateMatch, ...]:
    """`find_plates`, read once for each words: one parse looks for the plates of the same words ten times or so."""
    tokens = list(said)
    found: list[PlateMatch] = []
    runs = _runs(tokens)
    _join_spoken_n(runs, tokens)
    for start, end, symbols in runs:
        symbols = _two_letters(tokens, symbols)
        symbols, dropped = _and_between_digits(tokens, symbols)
        symbols, before_j = _and_before_long_i(tokens, symbols)
        dropped = dropped or before_j
        symbols = _ohs_as_zeros(symbols)
        symbols, zero = _zero_added(symbols)
        dropped = dropped or zero
        text = "".join(s for s, _ in symbols)
        matches = list(_IT_FORMAT.finditer(text))  # every one: "AB123CD e FG456HK" is two plates
        matches = [m for m in matches if not _cut_short(tokens, symbols, m.end())]
        for match in matches:
            # map the match back to token positions
            pos, first, last = 0, start, end
            for k, (sym, idx) in enumerate(symbols):
                if pos <= match.start() < pos + len(sym):
                    first = idx
                if pos < match.end() <= pos + len(sym):  # a symbol may take two words ("i lunga")
                    last = symbols[k + 1][1] if k + 1 < len(symbols) else end
                pos += len(sym)
            repaired = dropped or any(_city_repaired(tokens, k) for k in range(first, last))
            found.append(PlateMatch(_backend_normalise(match.group(0)), first, last, True, misheard=repaired))
        if matches:
            continue
        como = _como(tokens, start, end, symbols)
        if como is not None:
            found.append(como)
            continue
        after_plate_word = any(t in _PLATE_WORDS for t in tokens[max(0, start - 2) : start])
        letters = sum(c.isalpha() for c in text)
        digits = sum(c.isdigit() for c in text)
        strong = [s for s, idx in symbols if tokens[idx] not in _WEAK and city_by_sound(tokens[idx]) is None]
        if not (4 <= len(text) <= 10 and letters >= 1 and digits >= 1):
            continue
        compact_alone = len(symbols) == 1 and 5 <= len(text) <= 10 and letters >= 2 and digits >= 2
        groups = [tokens[idx] for _, idx in symbols]
        grouped = len(groups) == 3 and bool(_GROUPS.match(" ".join(groups)))
        if (
            after_plate_word
            or compact_alone
            or grouped
            or (letters >= 2 and digits >= 2 and len(strong) >= 2 and _has_compact(tokens, symbols))
        ):
            found.append(PlateMatch(_backend_normalise(text), start, end, False))
    for word_led in _word_led_plates(tokens):  # "la C-HR, HA 508 VC": its first pair also a word ("ha")
        if not any(m.start < word_led.end and word_led.start < m.end for m in found if m.italian_format):
            found = [m for m in found if not (m.start < word_led.end and word_led.start < m.end)]
            found.append(word_led)
    found.sort(key=lambda m: m.start)
    if any(m.italian_format for m in found):
        found = [m for m in found if not _model_said_as_plate(tokens, m)]
    if not any(m.italian_format for m in found):
        # a plate whisper misheard ("die 907 cicapa"): its likeliest reading
        heard = _heard(_names_masked(tokens))
        if heard is not None:
            italian = bool(_IT_FORMAT.fullmatch(heard.plate))
            overlap = [m for m in found if m.start < heard.end and heard.start < m.end]
            wider = bool(overlap) and heard.end - heard.start > max(m.end - m.start for m in overlap)
            covers = bool(overlap) and all(heard.start <= m.start and m.end <= heard.end for m in overlap)
            # "targa pivu 315KL": more than the strict "315KL"; "F2V 140 GN", "FP43600VA": the same words, of no
            # plate's shape as written, read as an Italian plate ("2V", "00V": W's "doppia vu"); "G953P
            # TopiaV": more words, nearer an Italian plate. "targa CK 2211 PV" has a foreign plate's shape: kept
            shapeless = covers and not any(_FOREIGN_SHAPE.fullmatch(m.plate) for m in overlap)
            nearer = covers and wider and to_italian(list(heard.readings)) < min(
                to_italian([Reading(m.plate, 0.0)]) for m in overlap
            )
            if not found or (wider and italian) or (shapeless and italian) or nearer:
                found = [m for m in found if m not in overlap]
                found.append(PlateMatch(heard.plate, heard.start, heard.end, italian, misheard=True))
    return tuple(found)


_MODEL_SHAPE = re.compile(r"[a-z]{2,}[0-9]{2,}")
_BEFORE_MODEL = frozenset({"l", "la", "il", "lo", "un", "una", "the", "della", "del", "dell", "sulla", "sul", "alla",
                           "al"})  # fmt: skip


def _model_said_as_plate(tokens: list[str], match: PlateMatch) -> bool:
    """A model no table knows, written as one word of letters then digits right after its article ("la XUV500
    bianco ghiaccio, HA 990 VR", set 31): of a plate's shape, yet no Italian plate, while the Italian plate said
    with it names the car (the caller keeps it only then)."""
    return (
        not match.italian_format and match.end == match.start + 1 and match.start > 0
        and tokens[match.start - 1] in _BEFORE_MODEL and bool(_MODEL_SHAPE.fullmatch(tokens[match.start]))
    )  # fmt: skip


def _cut_short(tokens: list[str], symbols: list[tuple[str, int]], end: int) -> bool:
    """A plate's shape that ends inside a token of digits and letters whose letters go on ("5 4 7tici": the
    "7TI" of "7TICI", whose "tici" is T C said as letter names run together): no plate said plainly, but
    letters heard as a word; the mishearing model reads it (`plate_hearing`)."""
    pos = 0
    for sym, idx in symbols:
        if pos < end < pos + len(sym):
            tok = tokens[idx]
            rest = sym[end - pos :]
            return rest.isalpha() and any(c.isdigit() for c in tok) and any(c.isalpha() for c in tok)
        pos += len(sym)
    return False


_UNITS = frozenset({"km", "kg", "cv", "kw", "hp", "cc", "mm", "cm", "ml", "nm", "lt"})


def _word_led_plates(tokens: list[str]) -> list[PlateMatch]:
    """Plates written in their three groups whose first pair is also a common word ("HA 508 VC", "SE 214 KD",
    "LA 330 FT", "FA 6 7 1 LK": the digits said one by one), or whose last pair is an abbreviation whisper and
    typists write as a word ("FZ 596 MR", "Mr"): the pair, three digits, then a pair that is no common word nor
    a unit ("ha 150 km" is a mileage), with no symbol of a plate just before or after the groups (a longer run
    is read as a run)."""
    found = []
    for i in range(len(tokens) - 2):
        first = tokens[i]
        digits, j = _three_digits(tokens, i + 1)
        if not (len(first) == 2 and first.isalpha() and digits and j < len(tokens)):
            continue
        last = tokens[j]
        if not (len(last) == 2 and last.isalpha() and last not in _UNITS | _WEAK | LETTER_WORDS.keys()):
            continue  # "la 159 di Rossi": "di" is a word (and D's name), no plate's last pair
        if first in COMMON_2:
            if last in COMMON_2:
                continue
        elif last not in _CLOSING_WORDS or first in _WEAK | _UNITS:
            continue
        if first in _ARTICLES and _name_at(tuple(tokens), i + 1, i + 1) is not None:
            continue  # "la 208 GT": the model and its version
        if j + 1 < len(tokens) and _symbol(tokens, j + 1) is not None and tokens[j + 1] not in _WEAK:
            continue
        if i > 0 and tokens[i - 1] in _PLATE_RUN_BREAKERS:
            continue
        if i > 0 and first not in COMMON_2 and _symbol(tokens, i - 1) is not None and tokens[i - 1] not in _WEAK:
            continue
        found.append(PlateMatch(_backend_normalise((first + digits + last).upper()), i, j + 1, True))
    return found


def _three_digits(tokens: list[str], i: int) -> tuple[str, int]:
    """A plate's three digits from `i` on, as one word ("508") or said in parts ("6 7 1", "5 96"), and where
    they end; ("", i) when the words there are not exactly three digits."""
    digits, j = "", i
    while j < len(tokens) and tokens[j].isdigit() and len(digits) + len(tokens[j]) <= 3:
        digits += tokens[j]
        j += 1
    if len(digits) != 3 or (j < len(tokens) and tokens[j].isdigit()):
        return "", i
    return digits, j


_CLOSING_WORDS = frozenset({"mr", "ms", "st", "nd", "rd", "th", "xd", "od"})
"""Common two-letter words (`COMMON_2`) that are abbreviations, never the word after a plate: a plate's last
pair when they close a plate's first pair and digits ("FZ 5 96 MR")."""


_PLATE_RUN_BREAKERS = frozenset({"alle", "all", "ore", "dalle", "verso", "entro"})
"""Words after which three digits are a time ("alle 930"), never a plate's."""


def _two_letters(tokens: list[str], symbols: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The run's symbols with "ex" read as E X (see `_TWO_LETTERS`) when exactly that makes the run an
    Italian plate, small words after it aside ("EF 456 GH a domani", "EF 456 GH e la …"); else as they
    were. A run opened by a preposition before such a pair ("la revisione di EF 456 GH") is read without it when
    that makes an Italian plate: "di" is the preposition there, no D ("DF456GH")."""
    if len(symbols) > 2 and tokens[symbols[0][1]] in _PREPOSITIONS and tokens[symbols[1][1]] in _TWO_LETTERS:
        reread = [(_TWO_LETTERS[tokens[symbols[1][1]]], symbols[1][1]), *symbols[2:]]
        core = list(reread)
        while len(core) > 1 and tokens[core[-1][1]] in _WEAK:
            core.pop()
        if _IT_FORMAT.fullmatch("".join(s for s, _ in core)):
            return reread
    if _IT_FORMAT.search("".join(s for s, _ in symbols)):
        return symbols
    found = []
    for k, (_, idx) in enumerate(symbols):
        both = _TWO_LETTERS.get(tokens[idx])
        if both is not None:
            reread = [*symbols[:k], (both, idx), *symbols[k + 1 :]]
            core = list(reread)
            while len(core) > k + 1 and tokens[core[-1][1]] in _WEAK:
                core.pop()  # "a", "e" after the plate: words, read as letters only if the plate needs them
            if _IT_FORMAT.fullmatch("".join(s for s, _ in core)) or (
                _model_word_before(tokens, symbols[:k]) and _IT_FORMAT.fullmatch("".join(s for s, _ in core[k:]))
            ):
                found.append(reread)
    return found[0] if len(found) == 1 else symbols


def _model_word_before(tokens: list[str], before: list[tuple[str, int]]) -> bool:
    """The symbols before a pair are one word of letters and digits, a model's name run onto the plate ("della Zhidou
    D7, EX 5 6 2 MV", set 44): the plate read after it, the model left out ("D7X562MV" is no plate)."""
    words = {idx for _, idx in before}
    if len(words) != 1:
        return False
    word = tokens[next(iter(words))]
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


_AND = {"e", "ed"}
_PREPOSITIONS = frozenset({"di", "a", "da"})
"""Weak words (`_WEAK`) that are prepositions before a plate as often as a letter's name."""


def _and_between_digits(
    tokens: list[str], symbols: list[tuple[str, int]]
) -> tuple[list[tuple[str, int]], bool]:
    """The run's symbols without an "e" heard between two of its digits ("GB2 e 8 1 z m", "FT 7 e 89 MN"),
    and whether one was dropped: only when the run holds no Italian plate as heard and holds one without
    it (no letter sits among a plate's digits, so there the "e" is a breath or a slip, not an E). A plate
    read so is a misheard one: the workshop's data decides."""
    text = "".join(s for s, _ in symbols)
    if _IT_FORMAT.search(text):
        return symbols, False
    kept = [
        (sym, idx)
        for k, (sym, idx) in enumerate(symbols)
        if not (
            tokens[idx] in _AND
            and 0 < k < len(symbols) - 1
            and symbols[k - 1][0][-1].isdigit()
            and symbols[k + 1][0][0].isdigit()
        )
    ]
    if len(kept) < len(symbols) and _IT_FORMAT.search("".join(s for s, _ in kept)):
        return kept, True
    return symbols, False


_AND_BEFORE_J = re.compile(r"[A-Z]{2}\d{3}EJ[A-Z]")


def _and_before_long_i(
    tokens: list[str], symbols: list[tuple[str, int]]
) -> tuple[list[tuple[str, int]], bool]:
    """The run's symbols without an "e" heard between the plate's digits and J's "i lunga" when a letter is said
    after the J ("GD267 e Ilunga M", set 52; "FX572 e il Lunga M", set 41: GD 267 JM, FX 572 JM): the run is one
    symbol too long for a plate, and the "e" (a breath, or the "i" of "i lunga" said twice) is the one word of it
    that is also a word; the last letter, said plainly, is kept. The J may be the city word too ("Genova domodosola
    2,67 e Jolly Milano", set 52 noisy: GD 267 JM). Whether one was dropped: a plate read so is a misheard one, the
    workshop's data decides."""
    text = "".join(s for s, _ in symbols)
    if not _AND_BEFORE_J.fullmatch(text):
        return symbols, False
    at = next((k for k, (sym, idx) in enumerate(symbols) if sym == "E" and tokens[idx] in _AND), None)
    if at is None or not symbols[at - 1][0][-1:].isdigit() or symbols[at + 1][0] != "J":
        return symbols, False
    return symbols[:at] + symbols[at + 1 :], True


def _ohs_as_zeros(symbols: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The run's symbols with the letter O said for a zero among the plate's digits read as 0 ("DZ 9 O O JV", the
    English "oh" written as the letter, set 49): no Italian plate has an O, so only when the run holds no Italian
    plate as heard and holds one with them."""
    text = "".join(s for s, _ in symbols)
    if "O" not in text or _IT_FORMAT.search(text):
        return symbols
    zeros = [(s.replace("O", "0") if set(s) == {"O"} else s, idx) for s, idx in symbols]
    return zeros if _IT_FORMAT.search("".join(s for s, _ in zeros)) else symbols


def _zero_added(symbols: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], bool]:
    """The run's symbols with a zero whisper added to the plate's digits taken out ("Genova Savona 7800 Livorno
    Firenza" for GS 780 LF, "di Zeta 9000 in Lungav" for DZ 900 JV, set 49: "sette otto zero" written as a round
    number), and whether one was: only a number of four digits ending in a zero (a zero inside, "CK 2011 PV", is a
    digit of a foreign plate's), only when the run holds no Italian plate as heard and holds exactly one without
    that zero. A plate read so is a misheard one: the workshop's data decides."""
    text = "".join(s for s, _ in symbols)
    if _IT_FORMAT.search(text):
        return symbols, False
    found: dict[str, list[tuple[str, int]]] = {}
    for k, (sym, idx) in enumerate(symbols):
        if sym.isdigit() and len(sym) == 4 and sym.endswith("0"):
            kept = [*symbols[:k], (sym[:3], idx), *symbols[k + 1 :]]
            plate = _IT_FORMAT.search("".join(s for s, _ in kept))
            if plate is not None:
                found.setdefault(plate.group(0), kept)
    if len(found) == 1:
        return next(iter(found.values())), True
    return symbols, False


_CITY_SPELLED = set(CITY_WORDS) | {"ics", "kappa", "i"}
_ONE_SHORT = re.compile(r"[A-Z]\d{3}[A-Z]{2}")


def _como(tokens: list[str], start: int, end: int, symbols: list[tuple[str, int]]) -> PlateMatch | None:
    """ "come Xeres 560 Palermo Ancona": Como (C) of the city alphabet heard as the word "come", before a
    plate spelled in city words that lacks just its first letter. Read as a misheard plate: the workshop's
    data decides (`misheard`)."""
    text = "".join(sym for sym, _ in symbols)
    if start == 0 or tokens[start - 1] != "come" or not _ONE_SHORT.fullmatch(text):
        return None
    cities = sum(tokens[idx] in _CITY_SPELLED or city_by_sound(tokens[idx]) is not None for _, idx in symbols)
    if cities < 3:
        return None
    return PlateMatch("C" + text, start - 1, end, True, misheard=True)


_OWNER_BEFORE = {"di", "del", "signor", "signora", "sig", "cliente"}
_NAME_COST = 0.5
"""A word read as letter names run together only at this cost or more is no plate's letters ("longo": 0.75,
"cicapa": 0.2, "diacca": 0.1)."""


_NEVER_LETTERS = {"no", "anzi", "scusa", "cioe"}
_FITS = frozenset({"sta", "stanno", "entra", "entrano", "riesci", "riesce", "riusciamo", "fosse", "fossero"})


_IS_CONTRACTED_AFTER = frozenset({"that", "it", "he", "she", "what", "there", "here", "who", "where", "this"})


def _contracted_is(tokens: list[str]) -> frozenset[int]:
    """The "s" of an English "that's", "it's" (tokenized apart): the verb, never the plate's S ("that's easy 713
    PK" is E Z 713 P K, not S and one letter of "easy")."""
    return frozenset(
        i for i in range(1, len(tokens)) if tokens[i] == "s" and tokens[i - 1] in _IS_CONTRACTED_AFTER
    )


def _if_it_fits(tokens: list[str]) -> frozenset[int]:
    """ "se ci sta", "se ci riesci": an "if" and its "ci", never the plate's S and C ("AB 650, se ci sta,
    venerdì" is no AB650EC); a plate's letters said after its digits are followed by no such verb."""
    return frozenset(
        k for i in range(len(tokens) - 2) if tokens[i : i + 2] == ["se", "ci"] and tokens[i + 2] in _FITS
        for k in (i, i + 1)
    )
"""Words that take something back: never a plate's letters ("AB 123, no, 124" is no plate AB123NO124, and
the "no" must still refuse)."""


def _names_masked(tokens: list[str]) -> tuple[str, ...]:
    """The tokens with an owner's name said before a plate blanked ("di Longo, FN 096 HE"): a surname
    must not feed the misheard plate its letters. A name here is an unknown word after "di"/"signor",
    neither a letter name nor letter names run together cheaply. A correction's "no" is blanked too."""
    names = names_before_plates(tuple(tokens)) | _hours(tuple(tokens))  # and the hour after "alle"
    names |= _day_dates(tuple(tokens))  # and the date after a weekday ("giovedì dieci, a.8.4.7RX": no D C)
    names |= _counts(tuple(tokens))  # and a count ("DL 350 TH: tre giorni prima": no DL350TH3)
    names |= _if_it_fits(tokens)
    names |= _contracted_is(tokens)
    out = ["_" if tok in _NEVER_LETTERS or i in names else tok for i, tok in enumerate(tokens)]
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if tokens[i - 1] not in _OWNER_BEFORE or len(tok) < 4 or not tok.isalpha() or tok in known_words():
            continue
        if i >= 2 and tokens[i - 2] in _PLATE_WORDS:
            continue  # "targa di …": that "di" is the plate's D
        if symbol(tokens, i) is not None:
            continue
        spelled = word_readings(tok, limit=1)
        if not spelled or spelled[0].cost >= _NAME_COST:
            out[i] = "_"
    return tuple(out)


@functools.lru_cache(maxsize=64)
def _heard(tokens: tuple[str, ...]) -> HeardSpan | None:
    return find_heard(list(tokens))


def _has_compact(tokens: list[str], symbols: list[tuple[str, int]]) -> bool:
    """A foreign plate without the word "targa" needs a written-out token mixing letters and digits."""
    return any(
        any(c.isdigit() for c in tokens[i]) and any(c.isalpha() for c in tokens[i]) for _, i in symbols
    )


_TAKE_BACK = (("no", "scusa"), ("no", "anzi"), ("anzi", "no"), ("no", "aspetta"), ("anzi",), ("no",), ("scusa",), ("cioe",),
              ("no", "sorry"), ("no", "wait"), ("sorry",), ("i", "mean"))  # fmt: skip
"""The words that take back a plate just said ("FK 319, no, 318 TR"), longest first."""
_FILLERS = {"ehm", "eh", "em", "uhm", "um", "uh", "er"}


def _shape(text: str) -> str:
    return "".join("D" if c.isdigit() else "L" for c in text)


_LAST_LOST = re.compile(r"[A-Z]{2}\d{3}[A-Z]")
"""An Italian plate with its last letter not heard ("DV 336, no, scusa, 338 N le pastiglie": the E run into "le")."""


def _corrected_cut(said: str, again: str) -> str | None:
    """`_corrected` for a correction said as digits and one letter, the plate's last letter lost after it: the
    plate as far as it was heard (read on as any plate cut short, its vehicle asked), one reading only."""
    if not re.fullmatch(r"\d{1,3}[A-Z]", again):
        return None
    found = set()
    for k in range(len(said)):
        tail = said[k:]
        shaped = len(again) >= len(tail) and _shape(tail) == _shape(again[: len(tail)])
        if shaped and _LAST_LOST.fullmatch(said[:k] + again):
            found.add(said[:k] + again)
    return found.pop() if len(found) == 1 else None


_WHOLE_SAID = re.compile(r"[A-Z]{1,2}\d{3}[A-Z\d]{1,3}")
_SAID_FROM_START = re.compile(r"[A-Z]{1,2}\d{3}[A-Z]{2}")


def _said_again_whole(said: str, again: str) -> bool:
    """ "G741MNO, scusa, G741NF", "gd741m9 scusa gd741nf": a plate said whole but heard as no plate (its letters,
    three digits and what followed), taken back, and said again from its first letter to its last pair, of another
    shape than the one said (one of the same shape is `_corrected`'s). The plate said again replaces it whole; as
    heard, it is read on as any plate (a misheard one repaired and said back). A plate said right, then a shorter
    one ("AB 123 CD, no, la AB 124 a lunedì": the "a" no letter of it), is no such correction."""
    whole = _WHOLE_SAID.fullmatch(said) and not _IT_FORMAT.fullmatch(said)
    return bool(whole and _SAID_FROM_START.fullmatch(again))


def _corrected(said: str, again: str) -> str | None:
    """The plate meant when `again` was said to correct `said`: `again` restarts the plate at the place
    where its first character goes ("FK319" then "318TR": FK318TR; "AB123" then "AB124CD": AB124CD),
    the corrected part is of its shape, and the result is an Italian plate; exactly one such reading,
    else None."""
    found = set()
    for k in range(len(said)):
        tail = said[k:]
        if len(again) >= len(tail) and _shape(tail) == _shape(again[: len(tail)]):
            whole = said[:k] + again
            if _IT_FORMAT.fullmatch(whole):
                found.add(whole)
    return found.pop() if len(found) == 1 else None


_RESTART = {"la", "il", "l", "lo", "the", "targa", "plate"}
"""Words that may open the plate said again after the marker ("no, la AB 124 CD", "anzi, targa …")."""


def take_back_plates(tokens: list[str]) -> list[str]:
    """The tokens with a plate corrected mid-way put right: "la FK 319, no, 318 TR" → "la fk318tr",
    "targa AB 123, anzi AB 124 CD" → "targa ab124cd", "la AB 123 CD, no, la AB 124 CD" → "la ab124cd".
    Only when the words before the marker end with the start of a plate and the words after it begin with
    digits or letters that make one Italian plate with them (`_corrected`: one reading only); a whole plate
    corrected by one group alone ("AB 123 CD, no, CE") is `_group_taken_back`'s. Anything else is left as
    said (the marker still refuses)."""
    return taking_back(tokens)[0]


def taken_back(tokens: list[str]) -> tuple[str, ...]:
    """The plates `take_back_plates` put right, as they were said before the marker, one "?" for each
    character not said yet ("AB 123 CD, no, CE": "AB123CD"; "FK 319, no, 318 TR": "FK319??")."""
    return taking_back(tokens)[1]


def taking_back(tokens: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """`take_back_plates` and `taken_back` at once."""
    runs = _runs(tokens)
    for (_, end, before), (nstart, nend, after) in pairwise(runs):
        between = [t for t in tokens[end:nstart] if t not in _FILLERS]
        while len(between) > 1 and between[-1] in _RESTART:
            between.pop()  # "no, la AB 124 CD": the plate said again with its article
        before, between = _no_run_on(tokens, before, between)
        if tuple(between) not in _TAKE_BACK:
            continue
        pair = tokens[nend] if nend < len(tokens) else ""
        if after[-1][0][-1:].isdigit() and len(pair) == 2 and pair.isalpha() and pair not in _NEVER_LETTERS:
            # "DV 3 3 6... no, scusa, 3 3 8 NE": the last pair, also a word ("ne"), closes the plate said again
            after, nend = [*after, (pair.upper(), nend)], nend + 1
        wholes: dict[str, tuple[int, int, str]] = {}
        # "GM 615... no, GN, GN 615 XC": the right letters said once alone, then again with the rest
        again_said = _opening_said_twice(after) or _group_then_whole(after) or after
        # "EM 0 9 8... no, 0 9 3 DH": "em" the pair E M (`_TWO_LETTERS`), as much as the letter M's name
        pairs = [(_TWO_LETTERS.get(tokens[idx], sym) if len(sym) == 1 else sym, idx) for sym, idx in before]
        readings = [(m, reading) for reading in _distinct(before, pairs) for m in range(len(reading))]
        for m, symbols in readings:
            said = "".join(sym for sym, _ in symbols[m:])  # "e FK 319": the "e" may be a word before the plate
            for n in range(len(again_said), 0, -1):  # "908 MN a domani": the "a" is no letter of the plate
                again = "".join(sym for sym, _ in again_said[:n])
                whole = _corrected(said, again) if any(c.isdigit() for c in again) else None
                if whole is not None and any(c.isalpha() for c in said):
                    end_at = again_said[n][1] if n < len(again_said) else nend
                    wholes.setdefault(whole, (symbols[m][1], end_at, said))
        if not wholes:  # "DV 336, no, 338 N le …": the corrected plate's last letter lost
            for m, symbols in readings:
                said = "".join(sym for sym, _ in symbols[m:])
                cut = _corrected_cut(said, "".join(sym for sym, _ in after))
                if cut is not None and any(c.isalpha() for c in said):
                    wholes.setdefault(cut, (symbols[m][1], nend, said))
        if not wholes:  # "G741MNO, scusa, G741NF": the plate said again whole, from its first letter
            again = "".join(sym for sym, _ in after)
            for said in {"".join(sym for sym, _ in symbols) for m, symbols in readings if m == 0}:
                if _said_again_whole(said, again):
                    # kept out of the lookup only where it lines up with the plate said again
                    wholes.setdefault(again, (before[0][1], nend, said if len(said) == len(again) else ""))
        if not wholes and _pair_heard_after(tokens, nend) and after[-1][0][-1:].isdigit():
            # "FZ 1 3, no, scusa, 1 2 7 acab bi": the plate said again, its last pair heard as words; put right
            # up to its digits, the words left for the mishearing model (a misheard plate, the workshop decides)
            for m, symbols in readings:
                said = "".join(sym for sym, _ in symbols[m:])
                whole = _corrected(said, "".join(sym for sym, _ in after) + "AA")
                if whole is not None and any(c.isalpha() for c in said):
                    wholes.setdefault(whole[:5], (symbols[m][1], nend, said))
        if len(wholes) != 1:
            continue
        whole, (first, last, said) = wholes.popitem()
        _LOGGER.debug("plate taken back: %s → %s", tokens[first:last], whole)
        rest, taken = taking_back([*tokens[:first], whole.lower(), *tokens[last:]])
        return rest, (said.ljust(len(whole), "?"), *taken)
    regrouped = _group_taken_back(tokens)
    if regrouped is None:
        return tokens, ()
    rest, taken = taking_back(regrouped[0])
    return rest, (*regrouped[1], *taken)


def _pair_heard_after(tokens: list[str], i: int) -> bool:
    """The words from `i` read as a plate's last two letters, letter names run together or cut ("acab bi":
    acca bi), cheaply, and no symbol said plainly: the mishearing model's to read (`plate_hearing`)."""
    for n in (1, 2):
        words = tokens[i : i + n]
        if len(words) < n or not all(w.isalpha() and (w in LETTER_WORDS or w not in known_words()) for w in words):
            return False
        found = readings(words, limit=1)
        if found and len(found[0].text) == 2 and found[0].cost <= _PAIR_HEARD_COST:
            return True
    return False


_PAIR_HEARD_COST = 0.8


def _no_run_on(
    tokens: list[str], before: list[tuple[str, int]], between: list[str]
) -> tuple[list[tuple[str, int]], list[str]]:
    """The correction's "no" whisper wrote onto the plate's digits before it ("FR476NO, aspetta, 475 YD": FR 476,
    no, aspetta): the plate as said before the "no", and the "no" put back among the words that take it back;
    only with more of a take-back after it (a plate ending in NO, said plainly, stays)."""
    if not before or not between:
        return before, between
    sym, idx = before[-1]
    glued = len(sym) > 2 and sym.endswith("NO") and sym[-3].isdigit() and tokens[idx].endswith("no")
    if glued and ("no", *between) in _TAKE_BACK:
        return [*before[:-1], (sym[:-2], idx)], ["no", *between]
    return before, between


def _distinct(*readings: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """The `readings` of a run's symbols, each once."""
    return [r for k, r in enumerate(readings) if r not in readings[:k]]


def _opening_said_twice(symbols: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """`symbols` without their opening letters when those are said twice in a row ("GN, GN 615 XC", "gi enne,
    gi enne 615 …"): the second saying, which goes on with the rest of the plate; else None."""
    for k in range(1, min(3, len(symbols)) + 1):
        first = "".join(sym for sym, _ in symbols[:k])
        if len(first) != 2 or not first.isalpha():
            continue
        for k2 in range(k + 1, min(k + 3, len(symbols)) + 1):
            if "".join(sym for sym, _ in symbols[k:k2]) == first and k2 < len(symbols):
                return symbols[k:]
    return None


def _group_then_whole(symbols: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """`symbols` without the group said alone first when the whole plate said after it holds that group ("KF,
    GD 694 KF", "124, AB 124 CD"): the whole plate, which goes on from there; else None."""
    for k in range(1, min(3, len(symbols)) + 1):
        group = "".join(sym for sym, _ in symbols[:k])
        if _shape(group) not in ("LL", "DDD"):
            continue
        whole = "".join(sym for sym, _ in symbols[k:])
        if _IT_FORMAT.fullmatch(whole) and group in (whole[:2], whole[2:5], whole[5:]):
            return symbols[k:]
    return None


_REQUEST_GOES_ON = {"a", "al", "alla", "ad", "per", "alle", "all", "di", "del", "della", "da", "dal", "domani",
                    "dopodomani", "oggi", "to", "on", "for", "at", "tomorrow", "today", *WEEKDAYS}  # fmt: skip
"""What may follow a pair that is also a word ("no, CE a domani"): the request going on. Anything else
("no, ce la porto io", "no, ma lasciala") makes the word a word, not a plate's letters."""


def _marker_at(tokens: list[str], i: int) -> int | None:
    """The position after a take-back marker (and the fillers around it) starting at `i`, or None."""
    while i < len(tokens) and tokens[i] in _FILLERS:
        i += 1
    marker = next((m for m in _TAKE_BACK if tuple(tokens[i : i + len(m)]) == m), None)
    if marker is None:
        return None
    i += len(marker)
    while i < len(tokens) and tokens[i] in _FILLERS:
        i += 1
    return i


def _group_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """One group of a plate said alone at `i` and where it ends: three digits ("124", "uno due quattro")
    or two letters ("ci e", "CE"), followed by no more of the plate; else None."""
    group, j = "", i
    while j < len(tokens) and len(group) < 3:
        sym = _symbol(tokens, j)
        if sym is None or sym[1] != 1 or not (sym[0].isdigit() or (len(sym[0]) == 1 and sym[0].isalpha())):
            break
        group += sym[0]
        j += 1
        if group.isalpha() and len(group) == 2:
            break
    if _shape(group) not in ("LL", "DDD") and i < len(tokens):
        tok = tokens[i]  # a pair written as a word: "CE", "EF" (but "ci" alone is one letter's name)
        pair = len(tok) == 2 and tok.isalpha() and (tok not in LETTER_WORDS or tok in _TWO_LETTERS)
        if not pair or tok in _NEVER_LETTERS or tok in _FILLERS or tok in _RESTART:
            return None
        if tok in COMMON_2 and tokens[i + 1 : i + 2] and tokens[i + 1] not in _REQUEST_GOES_ON:
            return None
        group, j = tok.upper(), i + 1
    if _shape(group) not in ("LL", "DDD"):
        return None
    if j < len(tokens):
        nxt = _symbol(tokens, j)
        if nxt is not None and (nxt[0][0].isdigit() or tokens[j] not in _WEAK):
            return None  # "no, 124 CD", "no, CE 124": more of the plate follows (`_corrected`'s)
    return group, j


def _same_letters(a: str, b: str) -> int:
    return sum(x == y for x, y in zip(a, b, strict=True))


def _group_taken_back(tokens: list[str]) -> tuple[list[str], tuple[str, ...]] | None:
    """The tokens with a plate corrected by one group said alone after the marker, or None when there is
    none. Three digits replace the plate's digits ("AB 123 CD, no, 124" → AB124CD); two letters replace
    the last pair when they share a letter with it in its place and none with the first ("AB 123 CD, no,
    CE" → AB123CE: the pair just said, one letter put right). Letters that could replace either pair
    ("AB 123 CD, no, AP" or "… no, EF"), or a pair corrected before the plate was whole ("CD 123, no, CE"),
    are kept as two plates, so that the fast path asks which (`ambiguous:two_plates`). With the tokens, the
    plate taken back when one reading was put in its place."""
    for _, end, heard in _runs(tokens):
        symbols = _two_letters(tokens, heard)  # "EF 456 GM": "ef" is E F here
        after = _marker_at(tokens, end)
        pair = tokens[end] if end < len(tokens) else ""
        if after is None and len(pair) == 2 and pair.isalpha() and pair not in _NEVER_LETTERS:
            after = _marker_at(tokens, end + 1)  # "AB 123 CE, no, …": a pair that is also a word ends it
            symbols = [*symbols, (pair.upper(), end)]
            end += 1
        if after is None:
            continue
        found = _group_at(tokens, after)
        if found is None:
            continue
        group, last = found
        said, first = "", None
        for m in range(len(symbols)):
            text = "".join(sym for sym, _ in symbols[m:])
            if _IT_FORMAT.fullmatch(text) or (_shape(text) == "LLDDD" and group.isalpha()):
                said, first = text, symbols[m][1]
                break
        if first is None:
            continue
        options: list[str]
        if said.endswith(("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")):  # "CD 123, no, CE"
            options = [said + group, group + said[2:]]
        elif group.isdigit():
            options = [said[:2] + group + said[5:]]
        elif _same_letters(group, said[5:]) >= 1 and _same_letters(group, said[:2]) == 0:
            options = [said[:5] + group]
        else:
            options = [said[:5] + group, group + said[2:]]
        if said in options:
            continue  # the same plate said again: nothing is put right
        _LOGGER.debug("plate group taken back: %s → %s", tokens[first:last], options)
        # two readings stay two plates, kept apart by a token that is no word: the parser asks which
        regrouped = [*tokens[:first], *" _ ".join(o.lower() for o in options).split(), *tokens[last:]]
        return regrouped, (said,) if len(options) == 1 else ()
    return None


def find_plate(tokens: list[str]) -> PlateMatch | None:
    """The one plate of the utterance, or None (several different plates: None as well, see `find_plates`)."""
    plates = find_plates(tokens)
    distinct = {p.plate for p in plates}
    return plates[0] if len(distinct) == 1 else None
