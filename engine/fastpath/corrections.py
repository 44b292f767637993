"""Self-corrections the parser can resolve: a day or a time said, then a correction marker, then a day or a
time of the same kind ("martedì, anzi mercoledì", "alle 3, no, alle 4", "alle 4, ehm, anzi alle 4 e
mezza", "at 2, sorry, at 3", "stessa ora... no, alle 11"), or a vehicle then another ("il Duster, CZ... no,
la Clio"), or a plate's beginning then the whole plate ("il Kangoo, EL... no, aspetta, EW 2 7 5 HS"), or its last letters
("GE 447 T... no, aspetta, TH"). The corrected words are dropped, so the request reads as the person meant it.

Anything else is left as said: a marker with nothing of the same kind on both sides (whisper dropped the
correction: "alle 2, scusa.") still reaches the refusals (engine.fastpath.intents.detect_blocker), so the
fast path never guesses which of two values was meant.
"""

from __future__ import annotations

import logging
import re

from engine.fastpath.dates import MONTHS, WEEKDAYS, british_half
from engine.fastpath.intents import CUES, INFINITIVE_ENDINGS, MADE_FORMS, PUT_FORMS, SAME_TIME
from engine.fastpath.normalize import find_any
from engine.fastpath.numbers import word_to_number
from engine.fastpath.plate_symbols import LETTER_WORDS, symbol
from engine.fastpath.vehicles import COLOURS, MAKES, MODELS

_LOGGER = logging.getLogger(__name__)

MARKERS: tuple[tuple[str, ...], ...] = (
    ("no", "scusa", "anzi"), ("no", "aspetta"), ("aspetta", "anzi"), ("anzi", "no"), ("no", "anzi"), ("no", "scusa"), ("no", "scusami"),
    ("scusa", "anzi"), ("anzi",), ("no",), ("cioe",), ("scusa",), ("scusami",),
    ("no", "sorry"), ("sorry",), ("i", "mean"), ("no", "wait"), ("aspetta",),
    ("wait",), ("actually",), ("make", "that"), ("make", "it"),
    # "at 11, hang on, half 11": the hour settled on after a pause
    ("hang", "on"), ("hold", "on"), ("hang", "on", "a", "sec"), ("hang", "on", "a", "second"),
    ("hold", "on", "a", "sec"), ("hold", "on", "a", "second"),
)  # fmt: skip
MARKERS = tuple(sorted(MARKERS, key=len, reverse=True))
"""Longest first: the words that take back what was just said ("no sorry" is one marker, never "no" then
"sorry"). Several said in a row ("sorry, make that 11", "no wait, actually 11") are one correction."""
FILLERS = frozenset({"ehm", "emm", "eh", "em", "m", "mm", "uhm", "um", "uh", "er"})
_TIME_INTRO = frozenset({"alle", "all", "ore", "at"})
_NOON = frozenset({"mezzogiorno", "mezzanotte", "noon", "midday", "midnight"})
"""A time said by its name ("a mezzogiorno"): a correction to it is a correction of the time."""
_DAY_WORDS = frozenset({*WEEKDAYS, "domani", "dopodomani", "oggi", "tomorrow", "today"})
_TIME_TAIL = frozenset({"e", "mezza", "mezzo", "un", "quarto", "meno", "half", "past", "thirty", "o", "clock",
                        "pm", "am", "del", "di", "pomeriggio", "mattina", "sera",
                        # "at quarter to 3... no, at 3 o'clock" (set 47): the hour said by its quarter, taken back
                        # only back to its "at" with a clock time right after it (`_clock_at`)
                        "quarter", "to"})  # fmt: skip
_DAY_TAIL = frozenset({*MONTHS, "prossimo", "prossima", "next", "the", "of", "mattina", "pomeriggio",
                       "morning", "afternoon", "st", "nd", "rd", "th"})  # fmt: skip
_LOOKBACK = 6
_SETTLING = frozenset({"facciamo", "mettiamo", "diciamo", "meglio", "meio", "mettila", "mettilo", "falla", "fallo"})
"""Said between a correction marker and the value settled on ("no, aspetta, facciamo alle 11"): part of it. Whisper
writes "meglio" as it is often said, "meio" ("alle 4. No aspetta, meio alle 5", set 34): only here, after a marker
and before the value, is it read so."""


def _number(tok: str) -> bool:
    return tok.isdigit() or (":" in tok and tok.replace(":", "").isdigit()) or word_to_number(tok) is not None


_SAME_TIME = frozenset(SAME_TIME)
"""The old time kept in so many words ("stessa ora... no, alle 11"): a time a correction can replace."""
_VEHICLE_ARTICLES = frozenset({"il", "la", "lo", "l", "the", "al", "alla", "allo", "all", "del", "della", "dello",
                               "dell", "sul", "sulla", "sullo"})  # fmt: skip


def _names_vehicle(tok: str) -> bool:
    return tok in MAKES or (tok,) in MODELS


def _plate_piece(tok: str) -> bool:
    """A plate's beginning said before the correction ("il Duster, CZ... no"): letters or digits, short."""
    return len(tok) <= 3 and tok.isalnum()


_TITLES = frozenset(
    {"signor", "signora", "signorina", "sig", "dottor", "dottoressa", "dott", "mr", "mrs", "ms"}
)
"""A customer named by title ("la signora Gallo... no, il signor Gallo"): a title a correction can replace."""
PEOPLE = frozenset({"lady", "gentleman", "fella", "fellow", "chap", "bloke", "guy", "lad"})
"""Said after a customer's surname in English, for them ("the Sbarbati lady", "the Rossi chap"): known words, and a
name a correction can replace ("the Scaramelli... sorry, the Sbarbati lady")."""
_TITLE_ARTICLES = frozenset({"il", "la", "lo", "l", "al", "alla", "del", "della", "dal", "dalla", "the"})
_PREPOSITIONS = frozenset({"per", "a", "di", "da", "su", "con", "for", "to", "of"})
"""Said before the vehicle's article on both sides ("per la Fiesta... no, per la Clio"): corrected with it."""
_SERVICE_OPENERS = frozenset({"e", "un", "una", "uno", "il", "la", "lo", "l", "i", "le", "gli", "invece", "per",
                              "fare", "cambiare", "sostituire"})  # fmt: skip
"""Between the marker and a service said instead ("una diagnosi... no, aspetta, è la batteria"; "per la
convergenza... anzi no, per cambiare le gomme", set 45: its "per" said again)."""


def _service_at(tokens: list[str], j: int) -> int | None:
    """Where the service said instead starts when one follows `j` after at most two small words."""
    from engine.fastpath.services import find_services  # local: services imports the vocabulary tables

    k = j
    while k < len(tokens) and k - j < 3 and tokens[k] in _SERVICE_OPENERS:
        k += 1
    found = find_services(tokens[k : k + 6])
    return k if found and found[0].start == 0 else None


def _service_before(tokens: list[str], end: int) -> int | None:
    """Where the service said right before `end` starts (its article included), or None."""
    from engine.fastpath.services import find_services

    for match in find_services(tokens[:end]):
        if match.end == end:
            start = match.start
            return start - 1 if start > 0 and tokens[start - 1] in _SERVICE_OPENERS else start
    return None


_AFTER_BARE_TIME = _TIME_TAIL | {"please", "thanks", "then", "instead", "on", "in"}


def _bare_time_at(tokens: list[str], j: int) -> bool:
    """An hour said alone at `j` ("… at 10, sorry, make that 11"): a number an hour can be, nothing after it
    but a time's own words."""
    if tokens[j : j + 2] in (["half", "past"], ["quarter", "past"], ["quarter", "to"]):
        j += 2  # "actually half past 11"
    elif british_half(tokens, j):
        j += 1  # "hang on, half 11"
    if j >= len(tokens) or not _number(tokens[j]):
        return False
    hour = tokens[j].split(":")[0]
    value = int(hour) if hour.isdigit() else word_to_number(hour)
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return value is not None and 0 < value <= 24 and (nxt is None or nxt in _AFTER_BARE_TIME or _number(nxt))


def _clock_at(tokens: list[str], j: int) -> bool:
    """A clock time starts at `j`: a number, "half past …", "quarter to …" or the British "half 9"."""
    if tokens[j : j + 2] in (["half", "past"], ["quarter", "past"], ["quarter", "to"]):
        return j + 2 < len(tokens) and _number(tokens[j + 2])
    return _number(tokens[j]) or british_half(tokens, j)


def _kind_at(tokens: list[str], j: int) -> str | None:
    """ "time", "day", "vehicle", "title", "person" or "service" when a time, a day (after "a"/"on"), a vehicle by
    its make or model (after its article: "no, la Clio", "no, per la Clio"), a customer's title ("no, il signor
    Gallo") or English name for them ("sorry, the Sbarbati lady") or a service ("no, è la batteria") starts at
    `j`."""
    if j >= len(tokens):
        return None
    if tokens[j] in _VEHICLE_ARTICLES and j + 1 < len(tokens) and _names_vehicle(tokens[j + 1]):
        return "vehicle"
    if tokens[j] in _PREPOSITIONS and _kind_at(tokens, j + 1) == "vehicle":
        return "vehicle"
    if tokens[j] in _TITLE_ARTICLES and tokens[j + 1 : j + 2] and tokens[j + 1] in _TITLES:
        return "title"
    if tokens[j] in _TITLES:
        return "title"
    if tokens[j] == "the" and tokens[j + 2 : j + 3] and tokens[j + 2] in PEOPLE and tokens[j + 1].isalpha():
        return "person"  # "… sorry, the Sbarbati lady"
    if _service_at(tokens, j) is not None:
        return "service"
    if tokens[j] in _TIME_INTRO and j + 1 < len(tokens) and _clock_at(tokens, j + 1):
        return "time"
    if tokens[j] in _NOON or (
        tokens[j] in ("a", "at", "per") and tokens[j + 1 : j + 2] and tokens[j + 1] in _NOON
    ):
        return "time"
    if _plate_at(tokens, j):
        return "plate"
    if tokens[j] in ("a", "on", "per", "il") and j + 1 < len(tokens):
        j += 1
    return "day" if tokens[j] in _DAY_WORDS else None


_WHOLE_PLATE = re.compile(r"[a-z]{2}\d{3}[a-z]{2}")


def _plate_at(tokens: list[str], j: int) -> bool:
    """A whole plate (Italian format) said from `j` on, written in groups ("no, aspetta, EW 2 7 5 HS") or spoken
    by its letters' names ("no, aspetta, e doppia vu 275 acca esse"). (Read from the symbols, not by the plate
    readers: they import the vocabulary, which imports this.) A group that is also a letter's name ("EF", "effe")
    is read both ways: "no, scusa, EE 2 6 1 EF" is a whole plate written (set 31)."""
    for written_first in (False, True):
        joined = ""
        i = j
        while i < len(tokens) and i - j < 9 and len(joined) < 7:
            tok = tokens[i]
            written = (tok, 1) if len(tok) <= 3 and tok.isalnum() else None
            read = (written or symbol(tokens, i)) if written_first else symbol(tokens, i)
            if read is None:
                read = written  # "CF 981 VA": a group as written, even one that is also a word
            if read is None:
                break
            joined += read[0].lower()
            i += read[1]
        if _WHOLE_PLATE.fullmatch(joined):
            return True
    return False


_PLATE_TAIL = re.compile(r"\d{3}[a-z]{2}")
_PLATE_HEAD = re.compile(r"[a-z]{2}\d{1,3}")


def _read_symbols(tokens: list[str], j: int, limit: int) -> tuple[str, int]:
    """The plate symbols read from `j` on (groups as written, or letters by their names), at most `limit` of
    them, and where the reading stopped."""
    joined = ""
    i = j
    while i < len(tokens) and i - j < 9 and len(joined) < limit:
        read = symbol(tokens, i)
        if read is None and len(tokens[i]) <= 3 and tokens[i].isalnum():
            read = (tokens[i], 1)
        if read is None:
            break
        joined += read[0].lower()
        i += read[1]
    return joined, i


def _symbols_between(tokens: list[str], start: int, end: int) -> list[tuple[int, str]] | None:
    """The plate symbols said from `start` to `end`, each with where it was said (a short group as written, a letter
    by its name), fillers passed over; None when a word there is no plate's ("FA 0 9 7", "GE 447 T", "effe a 0 9 7")."""
    said: list[tuple[int, str]] = []
    i = start
    while i < end:
        if tokens[i] in FILLERS:
            i += 1
            continue
        read = (tokens[i], 1) if len(tokens[i]) <= 3 and tokens[i].isalnum() else symbol(tokens, i)
        if read is None:
            return None
        said.append((i, read[0].lower()))
        i += read[1]
    return said


def plate_digits_corrected(tokens: list[str], before: int, after: int) -> int | None:
    """ "FA 0 9 7... no, scusa, 0 9 8 LP": a plate's digits taken back and said again with the rest of the plate
    (its three digits and last two letters), its first two letters said once before the marker. Where the digits
    taken back start (the words from there to `after` are dropped, the plate read whole), else None: the letters
    before must open a plate and nothing but the plate's rest may follow the marker."""
    tail, _ = _read_symbols(tokens, after, 5)
    if not _PLATE_TAIL.fullmatch(tail):
        return None
    start = _plate_piece_before(tokens, before)
    said = _symbols_between(tokens, start, before) if start is not None else None
    if said is None or not _PLATE_HEAD.fullmatch("".join(chars for _, chars in said)):
        return None
    return next((k for k, chars in said if chars[:1].isdigit()), None)


_PLATE_ITS_LETTERS_CUT = re.compile(r"[a-z]{2}\d{3}[a-z]{0,2}")
_LAST_LETTERS = re.compile(r"[a-z]{2}")


def plate_letters_corrected(tokens: list[str], before: int, after: int) -> int | None:
    """ "GE 447 T... no, aspetta, TH" (set 38), "CS 0 17 V... anzi, WB": a plate's first letters and three digits
    said, its last letters begun (or said wrong), taken back and said again alone. Where the letters taken back start
    (the words from there to `after` are dropped: the plate is read whole, and checked against the ones on file as
    any other), else None: the plate's first five symbols exactly before the marker, and two letters only after it,
    no short word ("no, la Clio", "no, di Rossi") nor a further symbol after them."""
    start = _plate_piece_before(tokens, before)
    said = _symbols_between(tokens, start, before) if start is not None else None
    if said is None or not _PLATE_ITS_LETTERS_CUT.fullmatch("".join(chars for _, chars in said)):
        return None
    # the letters begun: from the piece said once the first letters and the digits (five symbols) were
    cut = next((k for n, (k, _) in enumerate(said) if len("".join(c for _, c in said[:n])) == 5), None)
    tail, end = _read_symbols(tokens, after, 2)
    if not _LAST_LETTERS.fullmatch(tail) or any(t in _NO_PIECE and t not in LETTER_WORDS for t in tokens[after:end]):
        return None
    nxt = tokens[end] if end < len(tokens) else "il"
    if nxt not in _NO_PIECE and (symbol(tokens, end) is not None or len(nxt) <= 3):
        return None  # more of a plate said after them: a plate said again otherwise, not its letters
    return before if cut is None else cut


_NO_PIECE = frozenset(
    {"a", "e", "i", "o", "di", "da", "in", "la", "le", "il", "lo", "li", "gli", "al", "ai", "su", "se", "ma", "mi",
     "ti", "si", "ci", "vi", "ne", "ce", "ha", "ho", "un", "per", "che", "non", "no", "the", "an", "at", "on", "to",
     "of", "it", "is", "me", "us", "we", "he"}
)  # fmt: skip
"""Short words that are no plate's beginning: what is said before them is never taken back as one."""


_PIECES_BACK = 6
"""How many groups a plate's beginning said before the correction may take: a plate read out nearly whole, its
digits one by one ("EE 2 6 1 F... no, scusa, EE 2 6 1 EF", set 31), is one too."""


def _plate_piece_before(tokens: list[str], end: int) -> int | None:
    """Where a plate's beginning said right before `end` starts ("il Kangoo, EL... no, aspetta, EW 2 7 5 HS", "il
    Kangoo, e elle... no, aspetta, e doppia vu …"): up to six (`_PIECES_BACK`) short letter or digit groups or
    letters' names, one of them letters, no word among them; the plate's E said "e" only before a letter's name
    (else it is "and"); else None."""
    start = end
    while start > 0 and end - start < _PIECES_BACK:
        tok = tokens[start - 1]
        if tok in FILLERS and start < end:
            start -= 1
            continue
        named = tok in LETTER_WORDS and tok not in _NO_PIECE
        opening_e = tok == "e" and start < end and tokens[start] in LETTER_WORDS
        if not (named or opening_e) and (not _plate_piece(tok) or tok in _NO_PIECE or _names_vehicle(tok)):
            break
        start -= 1
    pieces = [t for t in tokens[start:end] if t not in FILLERS]
    if not pieces and end > 0 and tokens[end - 1] in _NO_PIECE and len(tokens[end - 1]) == 2:
        return _plate_ended_by_word(tokens, end - 1)
    if not pieces or not any((t.isalpha() and len(t) <= 2) or t in LETTER_WORDS for t in pieces):
        return None
    return start


_PLATE_BUT_ITS_END = re.compile(r"[a-z]{2}\d{3}")


def _plate_ended_by_word(tokens: list[str], end: int) -> int | None:
    """Where a whole plate said before `end` starts when its last two letters are a short word ("la GA 8 7 6 NE...
    no, aspetta, GA 8 7 6 NA", set 35: "ne" is no plate's beginning alone): only when its first letters and three
    digits are said right before them, so the word closes a plate; else None."""
    start = _plate_piece_before(tokens, end)
    if start is None:
        return None
    said = "".join(t for t in tokens[start:end] if t not in FILLERS)
    return start if _PLATE_BUT_ITS_END.fullmatch(said) else None


_TIME_CUT_OFF = (("a", "quarter", "past"), ("quarter", "past"), ("a", "quarter", "to"), ("quarter", "to"),
                 ("half", "past"), ("e", "un", "quarto"), ("e", "mezza"), ("meno", "un", "quarto"))
"""A time broken off before its hour, then corrected ("at a quarter past... no, half 9", set 46): the words it
had, after "at"/"alle"; taken back only with the whole time said after the marker."""


def _said_before(tokens: list[str], end: int, kind: str) -> int | None:
    """Where the day or time of `kind` that ends at `end` (exclusive) starts, or None."""
    if kind == "vehicle":
        return _vehicle_before(tokens, end)
    if kind == "service":
        return _service_before(tokens, end)
    if kind == "title":
        return _title_before(tokens, end)
    if kind == "person":  # "the Scaramelli", "the Donati chap": the surname after its article, before the marker
        if end >= 3 and tokens[end - 1] in PEOPLE and tokens[end - 3] == "the" and tokens[end - 2].isalpha():
            return end - 3
        return end - 2 if end >= 2 and tokens[end - 2] == "the" and tokens[end - 1].isalpha() else None
    if kind == "plate":
        return _plate_piece_before(tokens, end)
    tail = _TIME_TAIL if kind == "time" else _DAY_TAIL
    for cut in _TIME_CUT_OFF if kind == "time" else ():
        start = end - len(cut) - 1
        if start >= 0 and tokens[start] in _TIME_INTRO and tuple(tokens[start + 1 : end]) == cut:
            return start  # "Monday the 21st at a quarter past... no, half 9": the hour left unsaid, taken back
    for start in range(end - 1, max(-1, end - 1 - _LOOKBACK), -1):
        tok = tokens[start]
        if kind == "time" and tuple(tokens[start - 1 : start + 1]) in _SAME_TIME:
            return start - 1
        if kind == "time" and tok in _TIME_INTRO:
            return start if start + 1 < end and _clock_at(tokens, start + 1) else None
        if kind == "day" and tok in _DAY_WORDS:
            return start
        if kind == "time" and _number(tok) and tokens[start + 1 : start + 3] == ["o", "clock"]:
            return start  # "Monday the 7th, 10 o'clock... no, make that half 10": the hour said by the clock
        if not (tok in tail or _number(tok) or tok in FILLERS):
            return None
    return None


def _vehicle_before(tokens: list[str], end: int) -> int | None:
    """Where the vehicle said right before `end` starts (its article, make or model, colour, a plate's first
    letters), or None when what precedes is no vehicle."""
    for start in range(end - 1, max(-1, end - 1 - 4), -1):
        tok = tokens[start]
        if _names_vehicle(tok):
            return start - 1 if start > 0 and tokens[start - 1] in _VEHICLE_ARTICLES else start
        if not (tok in COLOURS or _plate_piece(tok) or tok in FILLERS):
            return None
    return None


def _title_before(tokens: list[str], end: int) -> int | None:
    """Where the customer said by title right before `end` starts ("la signora Gallo"), or None: the title
    then at most two words of the name."""
    for start in range(end - 1, max(-1, end - 4), -1):
        if tokens[start] in _TITLES:
            return start - 1 if start > 0 and tokens[start - 1] in _TITLE_ARTICLES else start
    return None


_SAY_TIME = (("let", "s", "say"), ("lets", "say"))
"""Said before an hour, the hour settled on ("Monday afternoon, let's say 3"): an "at"."""
_MARKER_STARTS = frozenset(m[0] for m in MARKERS)


def _hour_said_as(tokens: list[str]) -> list[str]:
    """The tokens with "let's say" before an hour said as "at" ("let's say 3, no, half past 3" → "at 3, no,
    half past 3"): only before an hour said alone or followed by a correction ("let's say 3 tyres" is left)."""
    out = list(tokens)
    i = 0
    while i < len(out):
        said = next((p for p in _SAY_TIME if tuple(out[i : i + len(p)]) == p), None)
        if said is None:
            i += 1
            continue
        at = i + len(said)
        nxt = out[at + 1] if at + 1 < len(out) else None
        hour = _bare_time_at(out, at) or (
            at < len(out) and _number(out[at]) and (nxt in FILLERS or nxt in _MARKER_STARTS)
        )
        if hour:
            out[i:at] = ["at"]
        i += 1
    return out


_SETTLE_TIME = frozenset({"facciamo", "diciamo", "mettiamo"})
_SETTLED_AT = (("alle",), ("all",), ("le",), ("verso", "le"), ("per", "le"))


def _time_settled_after_day(tokens: list[str]) -> list[str]:
    """The tokens with "facciamo" and the article before the hour that ends the request, right after its day, said
    as "alle" ("… venerdì 18 dicembre, facciamo alle 4", "… revisione lunedì 30, facciamo le 4" → "… alle 4"):
    the hour settled on, no verb of a booking. Only with nothing but the hour's own words after it ("facciamo alle
    4 il tagliando" keeps its verb) and a day said right before it."""
    for i in range(1, len(tokens) - 2):
        if tokens[i] not in _SETTLE_TIME:
            continue
        before = tokens[i - 1]
        if not (before in _DAY_WORDS or before in MONTHS or before in ("prossimo", "prossima") or (
            _day_number(before) and i >= 2 and tokens[i - 2] in WEEKDAYS
        )):  # fmt: skip
            continue
        at = next((a for a in _SETTLED_AT if tuple(tokens[i + 1 : i + 1 + len(a)]) == a), None)
        if at is None:
            continue
        hour = i + 1 + len(at)
        if hour >= len(tokens) or not _number(tokens[hour]):
            continue
        value = word_to_number(tokens[hour]) if not tokens[hour][:1].isdigit() else int(tokens[hour].split(":")[0])
        if value is None or not 0 < value <= 24 or not all(t in _TIME_TAIL for t in tokens[hour + 1 :]):
            continue
        _LOGGER.debug("hour settled on after its day: %s", tokens[i:hour])
        return [*tokens[:i], "alle", *tokens[hour:]]
    return tokens


def _day_number(tok: str) -> bool:
    return tok.isdigit() and 1 <= int(tok) <= 31


def _date_alone_before(tokens: list[str], end: int, after: int) -> int | None:
    """Where a day's date said before the marker starts when its weekday was not heard as one ("le gomme dovevi
    17, no, venerdì 18": giovedì heard "dovevi"): only a date in digits right before `end`, no time's word or
    other number before it, and a weekday with its own date said instead; else None."""
    if end < 2 or not _day_number(tokens[end - 1]):
        return None
    said_before = tokens[end - 2]
    if said_before in _TIME_INTRO or _number(said_before) or said_before in ("le", "dalle", "verso"):
        return None
    k = after + (tokens[after] in ("a", "per", "il"))
    dated = tokens[k : k + 1] != [] and tokens[k] in WEEKDAYS and k + 1 < len(tokens) and _day_number(tokens[k + 1])
    return end - 1 if dated else None


def _command_at(tokens: list[str], j: int) -> int:
    """How many words of a command that moves, cancels or puts an appointment ("rimandala", "portala avanti",
    "cancellala") start at tokens[j], said as an imperative (never its infinitive); 0 when none."""
    for cue_list in (CUES["move"], CUES["cancel"], MADE_FORMS, PUT_FORMS):
        for phrase in cue_list:
            if tuple(tokens[j : j + len(phrase)]) == phrase and not phrase[0].endswith(INFINITIVE_ENDINGS):
                return len(phrase)
    return 0


def command_taken_back(tokens: list[str], before: int, after: int) -> bool:
    """Is one word of command said right before a correction marker (at `before`), another command right after
    it (at `after`)? "la diagnosi rimandala... anzi, portala avanti a domani" (set 41), "cancellala, no, spostala a
    lunedì": the first command taken back, the second the request. A day, a time or anything else said between the
    command and the marker ("spostala a lunedì, anzi cancellala") is no such correction."""
    return before > 0 and _command_at(tokens, before - 1) == 1 and _command_at(tokens, after) > 0


_NOT_BUT_REACH = 6
"""How many words the hour or day set aside by "non … ma" may take ("non alle 10 e mezza del mattino ma …")."""


def _not_this_but_that(tokens: list[str]) -> list[str]:
    """ "… le pastiglie di mercoledì 31 marzo non alle 10 ma alle 4 del pomeriggio" (set 47): an hour (or a day) set
    aside by "non", the one meant after "ma", of the same kind: the words set aside dropped, as a correction's are
    (`resolve_corrections`), the hour meant kept; in a move the hour set aside is the one the appointment had, so
    said as "alle 4 invece che alle 10" (`parser._instead_of` reads it so). "Non" before anything else ("non alle 10
    ma più tardi", "non può alle 10 ma alle 11") is left to the refusals."""
    if "non" not in tokens or "ma" not in tokens:
        return tokens
    out = list(tokens)
    moved = find_any(out, CUES["move"]) is not None
    i = 0
    while i < len(out):
        kind = _kind_at(out, i + 1) if out[i] == "non" else None
        but = next((j for j in range(i + 2, min(len(out), i + 2 + _NOT_BUT_REACH)) if out[j] == "ma"), None)
        if kind in ("time", "day") and but is not None and _kind_at(out, but + 1) == kind:
            start = _said_before(out, but, kind)
            if start == i + 1 or (kind == "day" and start is not None and i + 1 <= start <= i + 2):
                _LOGGER.debug("set aside: %s", out[i : but + 1])
                if moved and kind == "time":
                    meant = _time_end(out, but + 1)
                    out[i:meant] = [*out[but + 1 : meant], "invece", "che", *out[i + 1 : but]]
                    i = meant
                    continue
                out[i : but + 1] = []
                continue
        i += 1
    return out


def _time_end(tokens: list[str], at: int) -> int:
    """Where the time said from `at` ("alle 4 del pomeriggio") ends: past its intro, its clock and its own words."""
    j = at + 1
    while j < len(tokens) and (tokens[j] in _TIME_TAIL or _number(tokens[j])):
        j += 1
    return j


def resolve_corrections(tokens: list[str]) -> list[str]:
    """The tokens with every resolvable self-correction applied (the corrected day or time dropped)."""
    out = _time_settled_after_day(_hour_said_as(_not_this_but_that(tokens)))
    i = 1
    while i < len(out):
        marker = next((m for m in MARKERS if tuple(out[i : i + len(m)]) == m), None)
        if marker is None:
            i += 1
            continue
        after = i + len(marker)
        while after < len(out):
            more = next((m for m in MARKERS if tuple(out[after : after + len(m)]) == m), ())
            if out[after] not in FILLERS and not more:
                break
            after += len(more) or 1
        if after + 1 < len(out) and out[after] in _SETTLING and _kind_at(out, after + 1) is not None:
            after += 1  # "alle 10... no, aspetta, facciamo alle 11": the value settled on, said with its verb
        kind = _kind_at(out, after)
        before = i
        while before > 0 and out[before - 1] in FILLERS:
            before -= 1
        if command_taken_back(out, before, after):
            _LOGGER.debug("self-correction: command %s taken back", out[before - 1 : after])
            out[before - 1 : after] = []
            i = max(1, before - 1)
            continue
        if kind is None and (digits := plate_digits_corrected(out, before, after)) is not None:
            _LOGGER.debug("self-correction: plate digits %s taken back", out[digits:after])
            out[digits:after] = []
            i = max(1, digits)
            continue
        if kind is None and (letters := plate_letters_corrected(out, before, after)) is not None:
            _LOGGER.debug("self-correction: plate letters %s taken back", out[letters:after])
            out[letters:after] = []
            i = max(1, letters)
            continue
        start = _said_before(out, before, kind) if kind else None
        if start is None and kind == "day":
            start = _date_alone_before(out, before, after)
        if start is None and kind is None and _bare_time_at(out, after):
            start = _said_before(out, before, "time")
            if start is not None and out[start] == "at":
                # "at 10, no wait, 11": the hour said again without its "at"
                _LOGGER.debug("self-correction: %s taken back", out[start + 1 : after])
                out[start + 1 : after] = []
                i = start + 1
                continue
            if start is not None and out[start + 1 : start + 3] == ["o", "clock"]:
                # "Monday the 7th, 10 o'clock... no, make that half 10": the clock's hour taken back whole, the
                # hour said instead kept a time ("Monday, 9 o'clock, sorry, 11" is no Monday the 11th)
                _LOGGER.debug("self-correction: %s taken back", out[start:after])
                out[start:after] = ["at"]
                i = start + 1
                continue
            start = None
        if start is None:
            i += 1
            continue
        if kind == "vehicle" and out[after] in _PREPOSITIONS and start > 0 and out[start - 1] == out[after]:
            start -= 1  # "per la Fiesta... no, per la Clio": the preposition said again
        if kind == "service" and out[after] in _PREPOSITIONS and start > 0 and out[start - 1] == out[after]:
            start -= 1  # "per la convergenza... anzi no, per cambiare le gomme" (set 45): said again whole
        elif kind == "service":
            after = _service_at(out, after) or after  # "no, è la batteria": the service itself
        _LOGGER.debug("self-correction: %s taken back", out[start:after])
        if kind == "day" and start > 0 and out[start - 1] in ("a", "on", "per", "il") and out[after] in (
            "a", "on", "per", "il",
        ):  # fmt: skip
            start -= 1
        out[start:after] = []
        i = max(1, start)
    return out
