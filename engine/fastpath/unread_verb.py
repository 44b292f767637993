"""A booking or a move said whole, its verb one no table knows: "Uè, me lo piazzi un tagliando per la Gurgel …?
Targa EF 555 DR, venerdì 4 dicembre alle 2 e mezza", "Appuntami la Hurtan …, FK 0 7 1 TM, per la diagnosi …, giovedì 7
gennaio alle 15 e 30", "il cambio olio di lunedì 8 marzo fallo scivolare a sabato 13 marzo alle 10".

Every blind set brings verbs of its own ("piazzare", "appuntare", "far slittare", "far scalare"): set 45
typed, about half its Italian requests not understood carried everything their write needs, a plate, the job, a day and
its hour (a booking), or the day the job has and a new one (a move). Such a request is no longer "not understood": it
is said back whole for a yes ("La prendo come una nuova prenotazione. Prenoto: …. Confermi?"), never written as heard,
so a verb that meant something else costs one "no".

Its verb must be heard as one: a word no table knows shaped as an Italian verb (its pronoun run on, "appuntami"; an
infinitive, "scalare"; right after a pronoun, "me lo piazzi"), or an infinitive after "far"/"falla" ("la vuole far
slittare"). A request of known words only, with no verb, is the counter's dictation, left to the rules that read it
(engine.fastpath.verbless: "le pastiglie venerdì alle 11" may tell of the one booked); a question only as an order
put so ("me lo piazzi …?"). English has no such shape to tell a verb by: left as it was.

Only the whole of it counts: one plate, the job (a booking), one day for a booking (with no hour said, the first free
one that day is offered for a yes, as for any booking said with its day alone); for a move the day
the job has ("di lunedì 8", "from Monday") and the new one ("a sabato 13", "to Wednesday"), or only the new one right
after "a"/"to". A question of a fact ("quando …", "is the …"), a word telling of the one already booked ("era", "ha",
"confermato", "booked"), a negation, a message's channel or two hours: nothing is read (refused as before).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from engine.fastpath import intents as cues
from engine.fastpath.dates import DateMention, extract_datetime
from engine.fastpath.little_words import INFINITIVE_ENDS
from engine.fastpath.normalize import find_any
from engine.fastpath.plates_spoken import find_plates
from engine.fastpath.services import find_services
from engine.fastpath.verbless import OLD_DAY, OPENERS, SAID_OF_ONE_BOOKED
from engine.fastpath.vocabulary import known_words

__all__ = ["PRONOUNS_BEFORE_LO", "write_said_whole"]

_TO_ANOTHER_DAY = frozenset({"a", "al", "ad", "to"})
"""Said right before a move's new day ("fallo scivolare a sabato 13", "push it to Friday"); never "per", "for",
which say a booking's day as well ("per venerdì")."""

_ASKED_ANYWHERE = frozenset({"quando", "quanto", "quanti", "quante", "perche", "dove", "when", "why", "where",
                             "how", "whose", "who"})  # fmt: skip
"""A question of a fact, wherever it is said ("il tagliando … quando ce l'ha?"): no request to write."""
_ASKED_FIRST = frozenset({"chi", "cosa", "quale", "quali", "come", "che", "what", "which", "is", "are", "was",
                          "were", "did", "does", "has", "have", "had", "c"})  # fmt: skip
"""Said first, a question of a fact ("che tagliando ha …?", "is the Stutz in …?", "c'è …"), no request."""
_NEGATIONS = frozenset({"non", "no", "not", "never", "mai", "niente", "nulla", "nessun", "nessuno", "mica", "t"})
"""A negation anywhere (the blockers refuse most of them before; "can't", "don't" end in "t")."""
_SAID_OF_ONE_BOOKED_EN = frozenset({"got", "coming", "due", "scheduled", "arranged", "already"})
"""English words telling of the one booked besides SAID_OF_ONE_BOOKED ("it's due …", "she's got …")."""
_DONE_STEMS = ("spostat", "anticipat", "posticipat", "rimandat", "annullat", "cancellat", "disdett", "segnat",
               "avvisat", "chiamat", "passat", "scors", "vendut")
"""What was done or said before ("l'hanno spostato", "l'ho rimandato", "messo", "ieri", "la settimana scorsa", "la
mangiavacchi l'ha venduta"): a fact told or asked, no request (besides SAID_OF_ONE_BOOKED's "fissato", "prenotato", "confermato")."""
_DONE_IT = frozenset({"ho", "hanno", "avete", "messo", "messa", "ieri", "gia"})
_DONE_EN = frozenset({"moved", "shifted", "pushed", "cancelled", "canceled", "rescheduled", "called", "rang", "said",
                      "told", "yesterday", "last", "ago", "put"})  # fmt: skip
_IS_IN = frozenset({"in", "booked", "due", "coming", "down"})
"""After "'s" (is), the one booked told of ("the Stutz's in for brakes Tuesday at 10"); "let's" asks."""


PRONOUNS_BEFORE_LO = frozenset({"me", "te", "ce", "se", "ve"})
"""Said before "lo"/"la" ("me lo piazzi", "te la segno"): a verb comes next, never a car's model after an article."""
_CLITIC_FIRST = PRONOUNS_BEFORE_LO | {"glie"}
_CLITIC_SECOND = frozenset({"lo", "la", "li", "le", "ne"})
_CLITIC_ALONE = frozenset({"mi", "ti", "gli"})
_CLITIC_ENDS = ("mi", "melo", "mela", "celo", "cela", "glielo", "gliela")
"""A pronoun run onto an order ("appuntami", "segnamelo"); never "-la", "-li": surnames end so ("Sala", "Ferretti")."""
_INFINITIVE_ENDS = (*INFINITIVE_ENDS, "arla", "arlo", "erla", "erlo", "irla", "irlo")
_MAKE = frozenset({"far", "fare", "falla", "fallo", "farla", "farlo", "fagli", "falle"})
"""Before an infinitive, the verb's "make" ("la vuole far slittare", "falla scalare", "fallo scivolare")."""


_PAST_ENDS = ("ava", "eva", "iva", "avi", "evi", "ivi")
"""A past told ("Ceccarini lasciava la …", "portavi"): no order."""
_PAST_TOLD_ENDS = (*_PAST_ENDS, "avano", "evano", "ivano")
_PARTICIPLE_ENDS = ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute")


_AUXILIARIES = frozenset({"ha", "a", "hanno", "ho", "abbiamo", "e", "sono", "l", "stato", "stata"})
"""Said before a participle ("ha comprato", whisper's "a telefonato", "l'ha venduta" heard "la venduta" aside): the
participle alone may be a surname ("Gobbato chiede di …")."""


def _told_past(words: list[str], i: int) -> bool:
    """Is the word at `i`, no table's, shaped as the past told ("lasciava", "dovevano") or done after its auxiliary
    ("ha comprato", "è passata")? The request tells of what was."""
    word = words[i]
    if word in known_words():
        return False
    if len(word) >= 5 and word.endswith(_PAST_TOLD_ENDS):
        return True
    return len(word) >= 6 and word.endswith(_PARTICIPLE_ENDS) and i > 0 and words[i - 1] in _AUXILIARIES


_HEDGES = frozenset({"magari", "chissa", "quasi", "tipo"})
"""Said first, a maybe or a like ("magari la AB 123 CD …", "chissà se …"): no order."""


def _verb_unread(words: list[str], first: int = -1) -> tuple[bool, bool]:
    """(a verb said that no table reads, said as an order put as a question): a word no table knows shaped as an
    Italian verb — its pronoun run on ("appuntami"), an infinitive ("scalare"), or right after a pronoun ("me lo
    piazzi", "gli sistemi") — or any infinitive after "far"/"falla" ("la vuole far slittare"). A request of known
    words only with no verb read is the counter's dictation, left to the rules that read it (verbless). The word
    the request opens with (at `first`, its openers passed), when no table knows it, is taken for its verb when
    shaped as an order ("-a", "-i": "Trasferisci la revisione …", "Sbatti dentro …"; a surname said first, "Ceccarini
    porta la …", is a relayed request, said back as well); never a past ("lasciava") or a hedge ("magari …")."""
    known = known_words()
    for i, t in enumerate(words):
        if not t.isalpha() or len(t) < 4:
            continue
        if i == first and t not in known and t.endswith(("a", "i")) and not t.endswith(_PAST_ENDS) and t not in _HEDGES:
            return True, False
        after_pair = i >= 2 and words[i - 2] in _CLITIC_FIRST and words[i - 1] in _CLITIC_SECOND
        after_make = i >= 1 and words[i - 1] in _MAKE and t.endswith(_INFINITIVE_ENDS)
        if after_make and not find_services(words[i : i + 1]):
            return True, False
        if t in known:
            continue
        if after_pair:
            return True, True  # "me lo piazzi …?": an order put as a question
        if t.endswith(_CLITIC_ENDS + _INFINITIVE_ENDS) or (i >= 1 and words[i - 1] in _CLITIC_ALONE):
            return True, False
    return False, False


def write_said_whole(tokens: list[str], today: date, *, asked: bool = False) -> str | None:
    """"book" or "move" (`asked`: said with a question mark) for a request no verb of which was read that says everything its write needs (the module's
    docstring); None for anything less or anything that may tell of a fact."""
    plates = find_plates(tokens)
    if len({m.plate for m in plates}) != 1:
        return None
    in_plate = {i for m in plates for i in range(m.start, m.end)}
    words = ["_" if i in in_plate else t for i, t in enumerate(tokens)]
    first = next((i for i, t in enumerate(words) if t not in OPENERS), -1)
    if first < 0 or words[first] in _ASKED_FIRST:
        return None
    verb, ordered_as_asked = _verb_unread(words, first)
    if not verb or (asked and not ordered_as_asked):
        return None  # a question ("il tagliando per la …, giovedì alle 10?") may be of the one booked
    told = SAID_OF_ONE_BOOKED | _SAID_OF_ONE_BOOKED_EN | _ASKED_ANYWHERE | _NEGATIONS
    if told & set(words) or cues.find_channel(words) is not None:
        return None
    if (_DONE_IT | _DONE_EN) & set(words) or any(t.startswith(_DONE_STEMS) or _told_past(words, i) for i, t in enumerate(words)):
        return None
    if any(t == "s" and nxt in _IS_IN for t, nxt in pairwise(words)):
        return None
    when = extract_datetime(words, today)
    if when.conflicts or any(t.bounded or t.night for t in when.times) or len(when.times) > 1:
        return None
    read = _read_as(words, when.dates, {s.kind.key for s in find_services(words)})
    if read is not None and find_any(words, cues.CUES[read]) is not None:
        return None  # "Segnala le pastiglie …, lunedì 30 alle 10?": its verb read, and left (a report asked)
    return read


def _read_as(words: list[str], dates: list[DateMention], services: set[str]) -> str | None:
    """The write the whole of it would be, by its days and its job (`write_said_whole`)."""
    if len(dates) == 1 and _before(words, dates[0]) not in OLD_DAY | _TO_ANOTHER_DAY:
        return "book" if len(services) == 1 else None  # with no hour said, its first free one offered for a yes
    if len(services) > 1:
        return None
    if len(dates) == 2 and _before(words, dates[0]) in OLD_DAY and _before(words, dates[1]) in _TO_ANOTHER_DAY:
        return "move"  # "il cambio olio di lunedì 8 marzo fallo scivolare a sabato 13 marzo alle 10"
    if len(dates) == 1 and _before(words, dates[0]) in _TO_ANOTHER_DAY and len(services) == 1:
        return "move"  # "la diagnosi falla scalare a mercoledì 17 marzo alle 3": its one appointment of that job
    return None


def _before(words: list[str], day: DateMention) -> str:
    """The word said right before a day ("" at the start)."""
    return words[day.start - 1] if day.start > 0 else ""
