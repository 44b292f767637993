"""Kilometres said at the counter: a service's mileage ("il tagliando dei 30.000", "dei trentamila", "dei 60
mila km"), which names the service and is no time, day or stray number; and the mileage asked of a past
service ("quanti chilometri aveva all'ultima revisione?"), which the vehicle's history answers."""

from __future__ import annotations

import logging
import re

from engine.fastpath.normalize import find_any, phrases
from engine.fastpath.numbers import word_to_number
from engine.fastpath.services import find_services

_LOGGER = logging.getLogger(__name__)

_UNITS = frozenset({"km", "chilometri", "chilometro", "kilometri", "kilometro", "kilometers", "kilometres"})
_THOUSAND_WORDS = frozenset({"mila", "mille"})
_WORD_THOUSANDS = re.compile(r"^([a-z]+|\d+)mila$")
_OF_SERVICE = frozenset({"dei", "da", "di", "del", "ai", "a", "al", "degli"})
"""Between a service and its mileage: "il tagliando dei 30.000", "tagliando da 15.000 km", "ai 90 mila"."""
_OF_VEHICLE = frozenset({"con"})
"""Before a mileage said of the vehicle with its unit: "la Panda con 150.000 km"."""


def _thousands_at(tokens: list[str], i: int) -> int | None:
    """How many tokens the thousands said at tokens[i] span ("30 000" of "30.000", "60 mila",
    "trentamila", "15000"), else None. Only a number of a thousand or more is a mileage."""
    tok = tokens[i]
    if tok.isdigit():
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if int(tok) < 1000 and nxt == "000" and tok[:1] != "0":
            return 2
        if int(tok) < 1000 and nxt in _THOUSAND_WORDS:
            return 2
        year = 1900 <= int(tok) <= 2100 and nxt not in _UNITS  # "il tagliando del 2025": a year
        return 1 if int(tok) >= 1000 and tok[:1] != "0" and not year else None
    if tok == "mille":
        return 1
    m = _WORD_THOUSANDS.match(tok)
    if m and (m.group(1).isdigit() or word_to_number(m.group(1)) is not None):
        return 1
    return None


def _mileage_at(tokens: list[str], i: int) -> int | None:
    """The span of the mileage at tokens[i] (its unit included), else None."""
    span = _thousands_at(tokens, i)
    if span is None:
        return None
    unit = i + span < len(tokens) and tokens[i + span] in _UNITS
    return span + int(unit)


def said_mileage(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each mileage said of a service right before it ("tagliando dei 30.000", "revisione
    ai 90 mila km") or of the vehicle with its unit ("con 150.000 km")."""
    service_ends = {s.end for s in find_services(tokens)}
    out: list[tuple[int, int]] = []
    for i in range(1, len(tokens)):
        before = tokens[i - 1]
        after_service = before in _OF_SERVICE and i - 1 in service_ends
        span = _mileage_at(tokens, i)
        if span is None:
            continue
        with_unit = tokens[i + span - 1] in _UNITS
        if after_service or (before in _OF_VEHICLE and with_unit):
            out.append((i - 1, i + span))  # its preposition with it
    return out


def drop_mileage(tokens: list[str]) -> list[str]:
    """`tokens` without the mileages said of a service or of the vehicle (`said_mileage`)."""
    spans = said_mileage(tokens)
    if not spans:
        return tokens
    dropped = {k for start, end in spans for k in range(start, end)}
    _LOGGER.debug("mileage said, no time or day: %s", [tokens[s:e] for s, e in spans])
    return [t for k, t in enumerate(tokens) if k not in dropped]


_ASKED = phrases(
    "quanti chilometri", "quanti km", "quanti kilometri", "a quanti chilometri", "a quanti km",
    "che chilometraggio", "quale chilometraggio", "il chilometraggio", "quanti chilometri aveva",
    # what the odometer read: "quanti chilometri segnava quando …"
    "quanti chilometri segnava", "quanti km segnava", "che chilometraggio segnava",
)  # fmt: skip
_WITH_HISTORY = phrases(
    "chilometri compresi", "km compresi", "kilometri compresi", "compresi i chilometri", "compresi i km",
    "con i chilometri", "coi chilometri", "con i km", "chilometraggio compreso", "compreso il chilometraggio",
    "con il chilometraggio", "col chilometraggio",
)  # fmt: skip
"""The mileage asked along with the history ("tirami fuori lo storico lavori della Multipla, chilometri compresi"):
what each past job read, shown by the history itself."""
_HISTORY_NAMED = frozenset({"storico", "storia", "lavori", "interventi", "passaggi"})
"""The history named before its mileage, or the works it lists ("fammi vedere i passaggi in officina della Zhidou,
…, con i chilometri", set 44; "i lavori della Panda coi chilometri")."""
WORDS = frozenset(w for phrase in _ASKED + _WITH_HISTORY for w in phrase)
"""The words of a mileage asked: known to the fast path (never put back to another word: "segnava")."""
_LAST = frozenset({"ultimo", "ultima"})
_AT_LAST = frozenset({"all", "al", "alla", "nell", "nella", "l"})
_LAST_TIME = ("ultima", "volta", "che")
_DONE_WITH = frozenset(
    {"gli", "li", "le", "l", "lo", "la", "il", "i", "ci", "abbiamo", "ha", "hanno", "avete", "e", "stato", "stata", "fatto", "fatta",
     "fatti", "fatte", "cambiato", "cambiata", "cambiati", "cambiate", "montato", "montata", "montati", "montate"}
)  # fmt: skip
"""Between "quando" and the service it asks of ("quando gli abbiamo fatto l'olio", "quando ha fatto il tagliando")."""
_SINCE = frozenset(
    {"dall", "dal", "dalla", "da", "dopo", "fino", "prima", "since", "after", "prossimo", "prossima"}
)


def _without_us(tokens: list[str]) -> list[str]:
    """`tokens` without "da noi" ("che lavori ha fatto da noi …?"): the workshop, no "since"."""
    return [t for k, t in enumerate(tokens) if not (t == "da" and tokens[k + 1 : k + 2] == ["noi"])]


_PAST_NAMED = frozenset(
    {("dell", "anno", "scorso"), ("dello", "scorso", "anno"), ("del", "mese", "scorso"), ("dello", "scorso", "mese"),
     ("dell", "altr", "anno"), ("dell", "altro", "anno"), ("dell", "ultima", "volta")}
)  # fmt: skip
"""Said right after the service, the past time it was done ("al tagliando dell'anno scorso")."""


def mileage_asked(tokens: list[str]) -> tuple[int, int] | None:
    """The span of the words asking the mileage a vehicle had at its last service ("quanti chilometri aveva
    all'ultima revisione?", "a quanti km ha fatto l'ultimo tagliando?"), else None. Kilometres made since
    a service ("dall'ultimo tagliando") or still to go ("al prossimo") are not in the history: None."""
    along = find_any(tokens, _WITH_HISTORY)
    if along is not None and _HISTORY_NAMED & set(tokens[: along[0]]):
        return along[0], along[0] + len(along[1])  # the history named first, its mileage asked with it
    hit = find_any(tokens, _ASKED)
    if hit is None or _SINCE & set(_without_us(tokens)):
        return None
    services = find_services(tokens)
    at_last = any(
        tokens[j] in _LAST and j > 0 and tokens[j - 1] in _AT_LAST and any(s.start == j + 1 for s in services)
        for j in range(len(tokens))
    )
    # "l'ultima volta che ha fatto l'olio, quanti chilometri aveva?": the service within a few words after it
    last_time = any(
        tuple(tokens[j : j + 3]) == _LAST_TIME and any(j + 3 <= s.start <= j + 6 for s in services)
        for j in range(len(tokens))
    )
    # "quando gli abbiamo fatto l'olio": the service when it was last done, only its pronoun and "did" between
    when_done = any(
        tokens[j] == "quando" and any(set(tokens[j + 1 : s.start]) <= _DONE_WITH and s.start - j <= 5 for s in services)
        for j in range(len(tokens))
    )
    # "al tagliando dell'anno scorso quanti chilometri aveva?": the service of a past time named, the last one
    # done then (a read: the history answers with the service it holds)
    past_named = any(
        tokens[s.start - 1] in _AT_LAST and tuple(tokens[s.end : s.end + 3]) in _PAST_NAMED
        for s in services
        if s.start > 0
    )
    last_visit = _at_last_visit(tokens, hit[0], hit[0] + len(hit[1]))
    if not (at_last or last_time or when_done or past_named or last_visit):
        return None
    return hit[0], hit[0] + len(hit[1])


_VISITED = frozenset(
    {"e", "entrata", "entrato", "venuta", "venuto", "passata", "passato", "stata", "stato", "aveva", "segnava",
     "ce", "l", "abbiamo", "vista", "visto", "avuta", "avuto", "qui"}
)  # fmt: skip
"""Between the mileage asked and "l'ultima volta" of the car's last visit: "con quanti chilometri è entrata l'ultima
volta?"."""
_CAME = frozenset({"entrata", "entrato", "venuta", "venuto", "passata", "passato"})
"""Right after "l'ultima volta che" said before the mileage: "l'ultima volta che è venuta, quanti km aveva?"."""
_LAST_VISIT = ("l", "ultima", "volta")


def _at_last_visit(tokens: list[str], start: int, end: int) -> bool:
    """The mileage asked (at `start`:`end`) of the car's last visit, with no service named: "con quanti chilometri
    è entrata l'ultima volta?" (set 35), "quanti km aveva l'ultima volta?", "l'ultima volta che è passata, quanti
    chilometri aveva?". The history's last visit holds it; only with nothing but the visit's words between
    ("quanti km ha fatto dall'ultima volta" is no past reading: `_SINCE`)."""
    for j in range(len(tokens)):
        if tuple(tokens[j : j + 3]) != _LAST_VISIT:
            continue
        if j >= end and set(tokens[end:j]) <= _VISITED and j - end <= 3:
            return True  # said after: "… è entrata l'ultima volta"
        came = tokens[j + 3 : j + 6]
        if j + 3 < start and came[:1] == ["che"] and set(came[1:]) & _CAME:
            return True  # said before: "l'ultima volta che è venuta (la Panda), quanti km aveva?"
    return False
