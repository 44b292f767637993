"""The fast path's parser: text → intent, slots, confidence. Pure, no I/O."""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from engine.fastpath import intents as cues
from engine.fastpath import surnames
from engine.fastpath.composite import (
    DAYS_EARLY,
    day_before_opening,
    day_before_said_before,
    days_early_before,
    days_early_opening,
    is_confirmation_word,
    is_reminder_word,
    message_added,
    near_reminder,
    reminder_days_unread,
    reminder_slot,
    tail_actions,
    tail_start,
    time_span,
)
from engine.fastpath.corrections import PEOPLE, resolve_corrections
from engine.fastpath.dates import (
    INSTEAD,
    MONTHS,
    WEEKDAYS,
    DateMention,
    DateTimeSlots,
    TimeMention,
    extract_datetime,
    first_time,
    weekday_near,
)
from engine.fastpath.heard_en import guessed as guessed_en
from engine.fastpath.heard_en import hour_as_ordinal
from engine.fastpath.intent_guess import guess_intent, leaning_to
from engine.fastpath.mileage import drop_mileage, mileage_asked
from engine.fastpath.misheard import put_back, write_word_guessed
from engine.fastpath.normalize import find_all, find_any, letter_and_written, phrases, tokenize
from engine.fastpath.numbers import word_to_number
from engine.fastpath.plate_symbols import NATO_WORDS
from engine.fastpath.plates_spoken import find_plates, take_back_plates, taken_back
from engine.fastpath.services import find_services
from engine.fastpath.sounds_like import one_sound_apart
from engine.fastpath.symptoms import (
    symptom_before,
    symptom_said_before_day,
    symptom_said_last,
    without_failing,
)
from engine.fastpath.unread_verb import write_said_whole
from engine.fastpath.vehicles import (
    MODELS,
    VehicleDescription,
    find_vehicle_description,
    names_model,
    number_names_vehicle,
    weak_models_named,
)
from engine.fastpath.verbless import (
    dictated_names,
    moved_from_day_to_day,
    symptom_said,
    verbless_booking,
    without_symptoms,
)
from engine.fastpath.vocabulary import COUNTING, RELATIVES, WHEELS, known_words, unknown_words

_LOGGER = logging.getLogger(__name__)

MAX_UNKNOWN_WORDS = 2
"""A write request with this many words the fast path does not know goes to the model."""
HANDLE_THRESHOLD = 0.75
"""Parses at or above this confidence are run by the fast path; below, the model (or a question) takes them."""

_ASKING = {"qual", "quale", "quando", "quand", "when", "what", "which"}
"""A question's first word: with only a loose booking verb ("mettere"), a first-free question asks, not books."""
_WHAT_FOR = frozenset({"cosa", "perche", "che"})
"""Said right before a need's verb, it asks what a job is for ("a cosa serve la diagnosi"), books nothing."""
_FUEL_OR_SPARE = frozenset({"in", "di", "da", "la", "della", "sulla", "nella", "si"})
"""Said right before "riserva", it is the fuel light or the spare wheel ("è in riserva", "la ruota di riserva"); before
"blocca", a symptom ("il volante si blocca")."""
_TO_WHOM_FIRST = frozenset({"a", "ad", "al", "alla", "allo", "all", "per"})
"""A need said bare ("serve", no "le"/"gli") books only with whom it is for opening the request ("alla Punto di Leone
serve il cambio olio …", "per la Clio di Conte serve …")."""
_BRINGS = set(phrases("vuole portare", "vorrebbe portare", "deve portare", "wants to bring", "will bring")
              + cues.BRINGS_US_FORMS + cues.CAN_BRING)
"""The customer's wish to bring the car in, a booking only with its job said, or said not to be known."""
_WEAK_BOOK = set(
    phrases(
        "metti", "mettimi", "mettiamo", "mettigli", "segna", "segnami", "segnagli", "inserisci", "put", "segni",
        "segnare", "mettere", "metta", "prenotazione", "schedule",
        "needs", "need", "wants", "wanting", "bisogna fare", "deve fare", "vuole fare", "le facciamo", "gli facciamo",
        "facciamogli", "c e da", "vuole portare", "vorrebbe portare", "deve portare",
        "fissi", "mi fissi", "me lo fissi", "me la fissi", "mettici", "set up a", "set up an",
    )
    + cues.WEAK_BOOK_FORMS
    + cues.BRINGS_US_FORMS
    + cues.CAN_BRING
    + cues.FIT_ASKED
    + cues.DO_SERVICE_FORMS
    + cues.TAKE_FORMS
    + cues.NOTE_IT_FORMS
    + cues.HOLD_IT_FORMS
    + cues.CHANGE_PART_FORMS
    + cues.REFILL_FORMS
    + cues.FIT_PART_FORMS
    + cues.TAKEN_UP_FORMS
    + cues.PART_TAKEN_UP_FORMS
    + cues.NEEDS_FORMS
    + cues.DUE_TOLD_FORMS
    + cues.PART_DUE_FORMS
)  # fmt: skip
_PUT_ON_DAY = set(
    phrases("metti", "mettimi", "mettiamo", "mettigli", "segna", "segnami", "segnagli", "segni", "metta")
    + cues.WEAK_BOOK_FORMS
)
"""The loose booking verbs that book a plate put on a day without a service said ("metti la EW 346 HD per
domani")."""
_TITLES = r"signor|signora|signorina|sig\.?|sig\.ra|dottor|dottoressa|dott\.?|mr\.?|mrs\.?|ms\.?|miss|missus"
"""A person's title, as said or written before the name (one list for `_NAME` and `_TITLED`)."""
_PARTICLE = "(?:" + "|".join(p.capitalize() for p in surnames.PARTICLES) + ")"
"""The particle of an Italian surname as written before it ("Maria De Luca", "Rocco Lo Russo")."""
_NAME = re.compile(
    rf"\b(?i:{_TITLES}|misses|cliente|customer)\s+([A-ZÀ-Ý][\w'’]+(?:\s+(?:{_PARTICLE}\s+)?[A-ZÀ-Ý][\w'’]+)?)"
)
"""A customer by title and surname; "misses"/"missus" is English "Mrs" as whisper writes it ("WhatsApp misses
Tonolo")."""
_TITLED = re.compile(rf"\b(?i:{_TITLES})\s+[^\W\d_]{{3,}}")


def names_someone(text: str) -> bool:
    """Is a person named by title ("alla signora bianco", "Mr Porter"), whatever the name was heard as (a colour, a
    known word): a request about someone, so not about the vehicle of the request before (`front`)."""
    return _TITLED.search(text) is not None


_POSSESSOR = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]{2,}(?:\s+[A-ZÀ-Ý][a-zà-ÿ]{2,})?)['’]s\b")
"""A first name and surname said with the English possessive ("Beatrice Vianello's Audi", "Noemi Cavagna's after
ringing"): whose car, or who rang; written capitalised, and no word a table knows ("Friday's", "Tomorrow's")."""
_NAME_UNCAPITALISED = re.compile(
    r"\b(?i:signor|signora|signorina|mr\.?|mrs\.?|ms\.?|miss)\s+([a-zà-ÿ][a-zà-ÿ'’]{2,})\b"
)
"""A surname whisper wrote in lower case ("alla signora tedeschi"): taken only when it is no word the fast
path knows ("la signora ha chiamato", "il signore anziano")."""
_BOOKING_OF_UNCAPITALISED = re.compile(
    r"\b(?i:appuntamento|appuntamenti|prenotazione|appontamento)\s+(?i:di|del|della)\s+([a-zà-ÿ][a-zà-ÿ'’]{3,})\b"
)
"""A surname whisper wrote in lower case after the appointment it owns ("sposta l'appuntamento di pellegrini"):
taken, as after a title, only when it is no word the fast path knows ("l'appuntamento di domani", "di lunedì") nor
one that names what the appointment is for or when it was made."""
_BOOKING_OF_WORDS = frozenset({"prova", "ritiro", "consegna", "cortesia", "ieri", "solito", "sempre", "recupero",
                               "riconsegna", "garanzia", "preventivo", "controllo", "verifica", "richiamo"})  # fmt: skip
_EN_HINTS = {"the", "for", "at", "book", "tomorrow", "today", "and", "please", "plate", "send", "next", "on",
             "appointment", "to", "with", "is", "what", "who", "when", "morning", "afternoon", "an", "of",
             "change", "oil", "my", "car", "whose", "first", "free", "slot", "move", "cancel", "s"}  # fmt: skip
_IT_HINTS = {"il", "la", "per", "alle", "di", "domani", "oggi", "prenota", "con", "un", "una", "targa", "che",
             "mattina", "pomeriggio", "del", "della", "appuntamento", "e", "manda", "chi", "l", "le", "al",
             "sposta", "annulla", "primo", "posto", "libero", "quando", "ha", "fatto"}  # fmt: skip


@dataclass
class Parse:
    """What the fast path understood of one utterance."""

    text: str
    intent: str | None
    slots: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.0
    handled: bool = False
    reason: str | None = None
    language: str = "it"
    parts: list[Parse] = field(default_factory=list)
    """For composite requests: every action in order (the first is the main one)."""
    unknown: list[str] = field(default_factory=list)
    """Words no table knows that a write request was taken despite (`parse(..., unknown_ok=True)`):
    its writes are said back whole for a yes."""
    careful: str | None = None
    """Why its writes are said back whole for a yes, whatever was heard: "asked" (a customer's question relayed,
    "chiede se possiamo anticipare …": asked, not ordered), "hour" (the hour heard as an ordinal, "at 9th": nine
    or nine-thirty), "date_order" (a date in figures either way round, "12/4", read day first)."""
    verbless: bool = False
    """A booking said without a booking verb ("la Tivoli, DR 815 DL: tagliando lunedì alle 9"): it may tell of the
    job booked, so the same job booked that very day is read out rather than booked twice."""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["parts"] = [p.to_dict() for p in self.parts]
        return out


def detect_language(tokens: list[str], default: str) -> str:
    en = sum(t in _EN_HINTS for t in tokens)
    it = sum(t in _IT_HINTS for t in tokens)
    if en >= it + 2:
        return "en"
    if it >= en + 2:
        return "it"
    return default


_WEAK_CANCEL = set(cues.WEAK_CANCEL_FORMS)
_JOB_OFF = set(cues.JOB_OFF_FORMS)
_JOB_SKIPPED = set(cues.JOB_SKIPPED)
_JOB_WORDS = frozenset({"tagliando", "tagliandi", "tagliandino", "revisione", "revisioni", "diagnosi", "diagnostica",
                        "cambio", "controllo", "ricarica", "manutenzione", "collaudo", "check", "sostituzione"})  # fmt: skip
"""A service named by the job, not by a part: what "togli" takes off the agenda ("togli la revisione", "togli il
cambio gomme"); "togli le gomme", "togli la batteria" take the parts off the car."""
_DAYS_SAID = frozenset({*WEEKDAYS, "domani", "dopodomani", "oggi"})
_DAY_NAMED = _DAYS_SAID | {"stamattina", "domattina", "stasera"}
_TAKEN_FROM = frozenset(
    {"da", "dal", "dalla", "dallo", "dalle", "dai", "dagli", "dall", "giu", "via", "fuori"}
)
_AGENDA_DAY = _DAY_NAMED | {"today", "tomorrow"}
"""A day said, for the agenda asked in words that need one ("quante macchine ho dopodomani", "what have we got
tomorrow")."""
_APPOINTMENT_WORDS = frozenset({"appuntamento", "prenotazione"})
_APPOINTMENT_SAID = _DAYS_SAID | _APPOINTMENT_WORDS


def _appointment_off(tokens: list[str], after: int) -> bool:
    """ "martedì non viene più, toglila": a "toglila" that takes an appointment off (a day or the appointment
    named, nothing it is taken from after it), not a part off a car ("toglila dal ponte")."""
    if tokens[after : after + 1] and tokens[after] in _TAKEN_FROM:
        return False
    return bool(_APPOINTMENT_SAID & set(tokens)) or _job_named_before(tokens, after)


def _job_named_before(tokens: list[str], at: int) -> bool:
    """ "la revisione della 406 non la fa più da noi, toglila": the job named before "toglila" by what is done
    (`_JOB_WORDS`, never a part: "le gomme, toglile" takes the tyres off), so the appointment for it is taken off."""
    return any(m.start < at and set(tokens[m.start : m.end]) & _JOB_WORDS for m in find_services(tokens))


def _job_off(tokens: list[str], after: int) -> bool:
    """ "togli la revisione del Porter": a "togli" that takes a job off the agenda, its service said right after
    (its article between) and named by the job, not by a part ("togli le gomme" takes the tyres off)."""
    starts = {m.start: m for m in find_services(tokens)}
    while after < len(tokens) and after not in starts and tokens[after] in _BEFORE_SERVICE:
        after += 1
    if tokens[after : after + 1] and tokens[after] in _APPOINTMENT_WORDS:
        return True  # "leva l'appuntamento di lunedì della T-Roc": the appointment itself taken off
    if tokens[after : after + 1] and tokens[after] in _THAT_ONE and _day_right_after(tokens, after + 1):
        return True  # "togli quello di domani pomeriggio": the appointment that day, named by its day
    job = starts.get(after)
    end = job.end if job is not None else after + 1 if tokens[after : after + 1] and tokens[after] in _PARTS else -1
    if end > 0 and _day_right_after(tokens, end):
        return True  # "togli pure l'olio di dopodomani", "leva le gomme di lunedì": a part with its day is its job
    if job is None and end < 0 and _car_off_a_day(tokens, after):
        return True  # "toglimi la Phaeton, DX 880 TS, dal giro di giovedì 10": the car off that day's list
    if tokens[after : after + 1] and tokens[after] in _DAYS_SAID and _car_of_the_day(tokens, after + 1):
        return True  # "cassami martedì 23 marzo della Bricklin, ER 4 6 4 TC" (set 46): that day of the car said
    return job is not None and bool(set(tokens[job.start : job.end]) & _JOB_WORDS)


_CAR_OF_DAY_REACH = 4
"""The words a day may take ("martedì 23 marzo alle 9") before the car's "della"/"del" (`_car_of_the_day`)."""


def _car_of_the_day(tokens: list[str], at: int) -> bool:
    """ "… martedì 23 marzo della Bricklin, ER 4 6 4 TC": the day said right before is the car's, its "della"/"del"
    within `_CAR_OF_DAY_REACH` words and a plate said after it; "togli martedì le gomme" names no car."""
    of = next((k for k in range(at, min(len(tokens), at + _CAR_OF_DAY_REACH + 1)) if tokens[k] in _OF_VEHICLE_DAY), None)
    return of is not None and not find_services(tokens[at:of]) and bool(find_plates(tokens[of:]))


_OF_VEHICLE_DAY = frozenset({"della", "del", "dell", "dello"})


def _job_skipped(tokens: list[str], at: int, after: int) -> bool:
    """ "Salta la diagnosi della Lagonda di venerdì 5 marzo" (set 45), "fai saltare il tagliando di domani della
    Panda": a "salta" (`cues.JOB_SKIPPED`) that drops a job off the agenda: the request's opening (a greeting before
    it at most), a job's service right after it (its article between, named by the job: `_JOB_WORDS`) and a day said
        in the request, no other write said. "Gli salta la cinghia", "salta il tagliando" (no day), "salta fuori che …"
    and "salta il cambio gomme della Panda e mettilo venerdì" are none."""
    if any(t not in cues.GREETED for t in tokens[:at]):
        return False
    if any(find_any(tokens, forms) is not None for forms in (cues.CUES["book"], cues.CUES["move"], cues.PUT_FORMS)):
        return False  # "salta il cambio gomme …, e mettilo venerdì alle 10": carried, no cancel said
    job = {m.start: m for m in find_services(tokens)}
    while after < len(tokens) and after not in job and tokens[after] in _BEFORE_SERVICE:
        after += 1
    said = job.get(after)
    return said is not None and bool(set(tokens[said.start : said.end]) & _JOB_WORDS) and bool(
        _DAY_NAMED & set(tokens[said.end :])
    )


_JOB_PRONOUNS = frozenset({"lo", "la", "li", "le"})


def _job_off_said_before(tokens: list[str], at: int) -> bool:
    """ "il tagliando di martedì 22 lo togliamo" (set 36), "le gomme di sabato le togli", "la revisione di giovedì
    della Panda la leviamo": a "togli" whose job is said before it with its day, its pronoun right before the verb;
    the job of that day is taken off the agenda ("le gomme le togliamo", no day, takes the tyres off the car)."""
    if at < 1 or tokens[at - 1] not in _JOB_PRONOUNS:
        return False
    return any(
        at - 1 - m.end <= 10 and _day_right_after(tokens, m.end) for m in find_services(tokens[: at - 1])
    )


def _car_off_a_day(tokens: list[str], after: int) -> bool:
    """ "toglimi la Phaeton della Mezzadri, DX 880 TS, dal giro di giovedì 10", "togli la DX 880 TS da giovedì": a
    car (its plate said) taken off the list of a day said right after "da"/"dal giro di", no service or part between:
    its appointment that day cancelled ("togli le gomme da giovedì" is no such car)."""
    plates = find_plates(tokens[after:])
    if not plates or find_services(tokens[after : after + plates[0].start]):
        return False
    for at, said in find_all(tokens, cues.OFF_THE_LIST):
        day = at + len(said)
        if at >= after + plates[0].end and tokens[day : day + 1] and tokens[day] in _DAYS_SAID:
            return not find_services(tokens[after:at]) and not _PARTS & set(tokens[after:at])
    return False


_PARTS = frozenset({"olio", "gomme", "pneumatici", "batteria", "pastiglie", "freni", "clima", "filtri", "filtro"})
"""Parts the job is named by ("l'olio di dopodomani" for its oil change), a job only with its day said after."""
_THAT_ONE = frozenset({"quello", "quella", "quelli", "quelle"})
_OF_DAY = frozenset({"di", "del", "della", "delle", "dell", "per"})


def _day_right_after(tokens: list[str], at: int) -> bool:
    """A day said at `at` after "di"/"del" ("… quello di domani", "quella di lunedì 7", "quello delle 10 di domani")."""
    if not (tokens[at : at + 1] and tokens[at] in _OF_DAY):
        return False
    return bool(set(tokens[at + 1 : at + 5]) & _DAY_NAMED)


_ROOM_ASKED = phrases("c e posto", "c e un posto", "c e spazio", "c e un buco", "avete posto", "hai posto",
                      "hai spazio", "avete spazio", "ci sta", "ci starebbe", "hai un buco", "avete un buco",
                      # room still left ("… c'è ancora posto?")
                      "c e ancora posto", "c e ancora un posto", "c e ancora spazio", "c e ancora un buco",
                      "avete ancora posto", "hai ancora posto", "avete ancora spazio", "hai ancora spazio")
"""Room asked for, said last ("…: c'è posto?"): a question whatever booking words came before it ("vorrebbe
cambiare le gomme domani"), never "prendimi il primo posto libero", which books."""


_TO_THE_FIRST = frozenset({"alla", "al", "nel", "nella", "il", "la", "appena", "pure", "subito"})


def _first_free_right_after(tokens: list[str], at: int) -> bool:
    """The first free slot named right after `at`, only "alla", "al" … between ("falla entrare alla prima occasione")."""
    return any(
        i >= at and all(t in _TO_THE_FIRST for t in tokens[at:i]) and i - at <= 2
        for i, _said in find_all(tokens, cues.FIRST_FREE)
    )


_CAR_PRONOUN_BEFORE = (["me", "la"], ["me", "lo"], ["ce", "la"], ["ce", "lo"], ["gliela"], ["glielo"])


def _car_written_for_a_day(tokens: list[str], at: int, after: int) -> bool:
    """ "me la scrivi per venerdì 11": the car (its pronoun right before "scrivi") written down for a day named right
    after "per", a booking; "me lo scrivi su WhatsApp", "scrivigli per favore" write no car down."""
    pronoun = any(tokens[max(0, at - len(it)) : at] == it for it in _CAR_PRONOUN_BEFORE)
    return pronoun and tokens[after : after + 1] == ["per"] and tokens[after + 1 : after + 2] != [] and (
        tokens[after + 1] in _DAY_NAMED
    )


def _asks_when(tokens: list[str], first_free_at: int, question: bool = False) -> bool:
    """The request opens with a question word, or one comes just before its first-free words ("quando c'è
    il primo posto"), or they close a question ("… vorrebbe cambiare le gomme domani: c'è posto?")."""
    if find_any(tokens[first_free_at:], cues.AT_WHAT_HOUR) is not None:
        return True  # "giovedì 3 a che ora posso mettere una revisione?"
    closing = any(
        i + len(p) == len(tokens) and tokens[i - 1 : i] not in (["appena"], ["quando"], ["se"])
        for i, p in find_all(tokens, _ROOM_ASKED)
    )  # "… appena c'è posto": as soon as there is, a booking
    if closing and (question or first_time(tokens)[0] is None):
        return True  # its "?" lost ("… domani nel pomeriggio. C'è posto."): no hour said, room asked
    room_for = any(tokens[i + len(p) : i + len(p) + 1] == ["per"] for i, p in find_all(tokens, _ROOM_ASKED))
    if room_for and first_time(tokens)[0] is None:
        return True  # "sabato mattina c'è spazio per cambiare una batteria?": room for a job, asked (its "?" lost
        # or not), no hour said
    if question and _ASKING & set(tokens[first_free_at:]):
        return True  # "il primo momento utile per una batteria, quando ce l'hai?"
    if any(i + len(p) == len(tokens) for i, p in find_all(tokens, _WHEN_YOU_HAVE_IT)):
        return True  # its "?" lost: "…, quando ce l'hai."
    if any(i + len(p) == len(tokens) for i, p in find_all(tokens, cues.TIME_FOUND_ASKED)):
        return True  # "per montare una batteria, giovedì nel pomeriggio, trovi un posto?": closed on it (its "?" lost)
    if tokens[first_free_at] in _WHAT and "libero" in tokens[first_free_at : first_free_at + 5]:
        return True  # "per cambiare le gomme, cosa hai libero lunedì?": what is free, asked
    if _TELL_ME & set(tokens[max(0, first_free_at - 2) : first_free_at]):
        return True  # "dimmi il primo posto libero per sostituire una batteria": the slot asked to be told
    if any(tokens[k : k + 2] == ["how", "soon"] for k in range(max(0, first_free_at - 4), first_free_at)):
        return True  # "… wants new tires put on, how soon's our next opening for that?" (set 50): asked
    return tokens[0] in _ASKING or bool(_ASKING & set(tokens[max(0, first_free_at - 4) : first_free_at + 1]))


_TELL_ME = frozenset({"dimmi", "dicci", "dimmelo"})
"""Said right before the first-free words, they ask the slot to be told, no booking ("dimmi il primo posto libero
per cambiare le gomme"); "prendimi il primo posto libero" books."""


_WHEN_YOU_HAVE_IT = phrases("quando ce l hai", "quando ce l avete", "quando ce l ha", "quando ce n hai",
                            "quando ce n e", "when have you got it", "when do you have it")
"""Said last after the first free slot's words, the time asked back: "il primo momento utile per …, quando ce
l'hai?" asks, its "?" lost or not."""
_INFINITIVE_ENDS = ("are", "ere", "ire")


_WHAT = frozenset({"cosa", "che"})


def _opening_infinitive(at: int, cue: tuple[str, ...]) -> bool:
    """A booking verb in the infinitive opening the request ("cambiare le gomme, cosa hai libero lunedì?", its "per"
    lost): with "cosa … libero" asked after it, what the slot is for (`_purpose`), no command."""
    return at == 0 and len(cue) == 1 and cue[0].endswith(_INFINITIVE_ENDS)


def _purpose(tokens: list[str], at: int, cue: tuple[str, ...]) -> bool:
    """A booking verb said in the infinitive after "per" ("il primo momento utile per sostituire una batteria"):
    what the slot is for, no command."""
    return len(cue) == 1 and cue[0].endswith(_INFINITIVE_ENDS) and at > 0 and tokens[at - 1] in ("per", "da")


_BEFORE_SERVICE = frozenset({"un", "una", "uno", "il", "lo", "la", "l", "i", "gli", "le", "fare", "anche", "pure",
                             "subito", "ancora", "nuovo", "nuova", "bel", "bella",
                             "suo", "sua", "suoi", "sue"})  # "toglimi il suo tagliando"  # fmt: skip
_OF_SERVICE = frozenset({"di", "del", "della", "dello", "dell", "d", "dei", "degli", "delle"})
_A_NEW_JOB = frozenset({"un", "una", "uno"})
"""A job said new, written down for a day to come ("registra una ricarica …"), not one done (`REGISTER_CAR_FORMS`)."""
_AT_AN_HOUR = frozenset({"alle", "all"})
_DONE_ALREADY = frozenset({"fatto", "fatta", "fatti", "fatte", "eseguito", "eseguita", "ieri", "stamattina",
                           "gia", "scorso", "scorsa"})  # fmt: skip
"""A job told done ("registra una revisione fatta giovedì alle 9"): a record, never a booking."""
_BEFORE_FIRST_FREE = frozenset({"il", "la", "l", "al", "alla", "pure", "subito", "mi", "ci", "gli", "le", "the"})
_AFTER_NOTED = frozenset({"pure", "grazie", "subito", "in", "agenda", "sull", "sul", "calendario"})
_AFTER_HELD = _AFTER_NOTED | {"per", "lui", "lei", "loro", "noi", "me", "da", "parte", "li", "la", "buono", "buona"}
"""What may follow the first free slot held ("tienilo per lui", "tienilo da parte", "tienilo lì")."""


def _said_right_after(tokens: list[str], at: int, between: frozenset[str], starts: set[int]) -> bool:
    """Does something that starts at one of `starts` come at `at`, only words of `between` before it?"""
    while at < len(tokens) and at not in starts and tokens[at] in between:
        at += 1
    return at in starts


_OF_VEHICLE = frozenset({"della", "del", "dell", "dello", "alla", "al", "all", "allo", "per", "sulla", "sul", "di",
                         "signor", "signora", "la", "il", "lo", "l", "targa", "targata", "targato"})  # fmt: skip


def _only_vehicle_between(tokens: list[str], start: int, end: int) -> bool:
    """Is tokens[start:end] nothing, or only the vehicle ("della Clio, FG 321 AB", "alla Panda di Rossi"): its
    plate or description, their small words and at most two others (its owner's name)?"""
    if start == end:
        return True
    between = tokens[start:end]
    vehicle = {i for m in find_plates(between) for i in range(m.start, m.end)}
    desc = find_vehicle_description(between, vehicle)
    if not desc.is_empty():
        vehicle |= set(range(desc.start, desc.end))
    others = [t for k, t in enumerate(between) if k not in vehicle and t not in _OF_VEHICLE]
    said_when = any(any(c.isdigit() for c in t) or t in _DAY_NAMED or t in MONTHS for t in others)
    return bool(vehicle) and len(others) <= 2 and not said_when  # "il tagliando di venerdì lo facciamo …": moved?


_NEEDED_BY = frozenset({"mi", "ci"})
_FOR_THE_JOB = frozenset({"per"})


def _car_needed_for_job(tokens: list[str], at: int, starts: set[int]) -> bool:
    """ "Mi serve la Barina di Rubagotti, FR 7 7 0 BH, per una ricarica del clima sabato 12 alle 10 e mezza" (set
    35), "ci serve la Panda, AB 123 CD, per il tagliando …": the car needed in for a job, said first, its plate said
    with it and "per" the service right after it; a booking. Never a part needed ("mi serve una batteria") nor the
    car needed for anything but a job ("mi serve la Panda per domani")."""
    if at != 1 or tokens[0] not in _NEEDED_BY or tokens[at + 1 : at + 2] == [] or tokens[at + 1] not in _OF_VEHICLE:
        return False
    for k in range(at + 2, min(len(tokens), at + 14)):
        if tokens[k] in _FOR_THE_JOB and _said_right_after(tokens, k + 1, _BEFORE_SERVICE, starts):
            said = tokens[at + 1 : k]
            plates = find_plates(said)
            rest = [t for j, t in enumerate(said) if not any(m.start <= j < m.end for m in plates)]
            # the vehicle's own words only ("color ruggine di Rubagotti"), no day of anything
            return bool(plates) and not any(any(c.isdigit() for c in t) or t in _DAY_NAMED or t in MONTHS for t in rest)
    return False


_LIKE_PARTICIPLE = frozenset({("prenotate",)})
"""Booking words that are past participles too: "prenotate!" (the order) and "le abbiamo prenotate" (done)."""
_AUXILIARIES = frozenset({"ho", "hai", "ha", "abbiamo", "avete", "hanno", "avevamo", "sono", "siamo", "erano"})
_ON_THE_WAY_TO_PARTICIPLE = frozenset({"gia", "ancora", "mai", "tutte", "gli", "le", "ne", "ce", "l"})


def _after_auxiliary(tokens: list[str], at: int) -> bool:
    """Is the word at `at` said after "avere" or "essere" ("quante auto abbiamo già prenotate"), a participle: what
    was booked, told or counted, never an order to book."""
    k = at - 1
    while k >= 0 and tokens[k] in _ON_THE_WAY_TO_PARTICIPLE:
        k -= 1
    return k >= 0 and tokens[k] in _AUXILIARIES


_PART_STATE_WORDS = 4
"""How many words may tell the part's state between it and the pronoun taking it up ("la batteria a terra, gliela
cambiamo", "le pastiglie sono finite, gliele sostituiamo")."""


def _part_taken_up(tokens: list[str], at: int, after: int, *, asked: bool) -> bool:
    """ "La Simca ha la batteria a terra, gliela cambiamo domani alle 4" (set 36): a part's service said a few words
    before the pronoun that takes it up, no day said before it (the day of a job had: "le gomme di lunedì gliele
    cambiamo a giovedì" would be a move), a day and an hour after it; told, not asked."""
    plates = _plate_positions(tokens)
    before = [t for j, t in enumerate(tokens[:at]) if j not in plates]
    if asked or any(any(c.isdigit() for c in t) or t in _DAY_NAMED or t in MONTHS for t in before):
        return False
    parts = [m for m in find_services(tokens) if m.kind.category in cues.PART_CATEGORIES and m.end <= at]
    near = any(at - m.end <= _PART_STATE_WORDS or _only_vehicle_between(tokens, m.end, at) for m in parts)
    later = tokens[after:]
    day_after = bool((_DAY_NAMED | set(MONTHS)) & set(later))
    return near and day_after and first_time(later)[0] is not None


_BRINGS_TOLD = frozenset({"porta"})
"""The customer's bringing the car, told in the third person ("il signor Sgarzi porta l'H9 per le pastiglie …")."""
_NOT_BRINGER = _BEFORE_SERVICE | _OF_SERVICE | _OF_VEHICLE | frozenset({"a", "da", "in", "su", "sulla", "sul"})
"""Words before "porta" that make it the noun ("la porta", "della porta") or no one's bringing."""
_BROUGHT_WITHIN = 12
"""How far after "porta" its vehicle and job are said ("porta l'H9 rosso per le pastiglie")."""


def _brought_by_customer(tokens: list[str], *, job_to_come: bool = False) -> int | None:
    """ "Il signor Sgarzi porta l'H9 rosso per le pastiglie: targa DR 673 HX, venerdì 11 dicembre alle 8 e mezza"
    (set 36), "la Ferri ci porta la Clio per il tagliando lunedì alle 9": the customer bringing the car in for a job
    at a day and hour, told: a booking said back for a yes (`Parse.careful`). Where "porta" is, or None: never the
    first word (an order: "porta la Panda sul ponte"), never the noun ("la porta posteriore"), never without its
    vehicle, job, day and hour said after it, never asked ("quando porta la Panda?"). `job_to_come`: the job said not
    to be known ("Visentin porta l'Honker, FA 9 4 1 SG, martedì 12 gennaio alle 10. Cosa c'è da fare non me l'ha
    spiegato", set 52): a booking without it, the job asked."""
    plates = _plate_positions(tokens)
    for k, tok in enumerate(tokens):
        if tok not in _BRINGS_TOLD or k == 0 or tokens[k - 1] in _NOT_BRINGER or _ASKING & set(tokens[:k]):
            continue
        after = tokens[k + 1 : k + 1 + _BROUGHT_WITHIN]
        named = any(k + 1 + j in plates for j in range(len(after))) or not find_vehicle_description(
            after, set()
        ).is_empty()
        jobs = [m for m in find_services(tokens) if k < m.start <= k + _BROUGHT_WITHIN]
        later = tokens[k + 1 :]
        if named and (jobs or job_to_come) and _DAY_NAMED & set(later) and first_time(later)[0] is not None:
            return k
    return None


def _changed_with_its_job(tokens: list[str], at: int, after: int, *, question: bool) -> bool:
    """ "… chiede se gli cambiamo l'olio venerdì 4 dicembre alle 2" (set 41), "gli cambiamo l'olio lunedì alle 9":
    the change verb at `at` read inside the job's own name ("cambiamo l'olio", a service of any kind, not only a
    part's), then a day and an hour said after it: a booking, told. Asked ("quando gli cambiamo l'olio?") or with no
    day and hour ("da quanti mesi non le cambiamo l'olio") it is none."""
    if question or _ASKING & set(tokens[:at]):
        return False
    inside = [m for m in find_services(tokens) if at <= m.start < after < m.end]
    later = tokens[after:]
    return bool(inside) and bool((_DAY_NAMED | set(MONTHS)) & set(later)) and first_time(later)[0] is not None


_CAR_NAMED_WITHIN = 8
"""How far after "riesci a prendere la" the car's plate may come ("la Cisitalia 202 di Mazzucato? DW 3 4 5 MW")."""
_ELSEWHERE = frozenset({"da", "dal", "dalla", "dallo", "dall", "dai", "dalle", "in", "al", "alla", "all", "allo"})
"""Said between "prendere la" and a plate: something fetched from somewhere ("il pezzo dal fornitore"), no car."""


def _car_take_asked(tokens: list[str]) -> int | None:
    """Where the car is asked to be taken in (`cues.CAR_TAKE_ASKED`, "riesci a prendere la Cisitalia di Mazzucato,
    DW 345 MW?"), the car named right after it: its description there, or its plate within a few words with no
    day and no place between ("riesci a prendere il pezzo dal fornitore, per la DW 345 MW" takes no car); else
    None."""
    plates = {m.start for m in find_plates(tokens)}
    for at, take in find_all(tokens, cues.CAR_TAKE_ASKED):
        after = at + len(take)
        if after >= len(tokens) or tokens[after] not in _VEHICLE_ARTICLES:
            continue
        if after + 1 in _vehicle_starts(tokens) - plates:
            return at
        for k in range(after + 1, min(len(tokens), after + 1 + _CAR_NAMED_WITHIN)):
            if k in plates:
                return at
            if tokens[k] in _ELSEWHERE or tokens[k] in _DAY_NAMED or tokens[k] in MONTHS:
                break
    return None


_NOT_SUITING = frozenset({"non", "piu", "neanche", "nemmeno", "neppure", "mica"})
"""Said right before "le va bene": the day that does not suit ("non le va bene"), no yes."""


def _suits_customer(tokens: list[str], *, question: bool) -> int | None:
    """ "Ha chiamato la Battistella, …, FJ 040 PW: le va bene la revisione mercoledì 16 dicembre alle 15" (set 41):
    the customer's yes to a job (`cues.SUITS_HER`) said right after it, then its day and hour, relayed: a booking
    said back for a yes (`Parse.careful`). Where it is said, or None: never after "non" ("non le va bene la
    revisione mercoledì"), never asked ("le va bene la revisione mercoledì alle 3?"), never with a day before it
    (the job had, "la revisione di lunedì: le va bene mercoledì …" moves it), never without its job right after
    ("le va bene spostarla a mercoledì")."""
    if question or tokens[0] in _ASKING:
        return None
    starts = {m.start for m in find_services(tokens)}
    for at, suits in find_all(tokens, cues.SUITS_HER):
        before = [t for j, t in enumerate(tokens[:at]) if j not in _plate_positions(tokens)]
        if (at > 0 and tokens[at - 1] in _NOT_SUITING) or _DAY_NAMED & set(before) or set(MONTHS) & set(before):
            continue
        after = at + len(suits)
        later = tokens[after:]
        if (
            _said_right_after(tokens, after, _BEFORE_SERVICE, starts)
            and (_DAY_NAMED | set(MONTHS)) & set(later)
            and first_time(later)[0] is not None
        ):
            return at
    return None


_INFINITIVES_OF_A_JOB = frozenset({("cambiare",), ("sostituire",), ("montare",)})
"""The infinitives of a part's job, booking words said as an order ("cambiare la batteria lunedì alle 2"); after
"per" and a first free slot asked, what the slot is for."""


def _loose_book_word(
    tokens: list[str], at: int, cue: tuple[str, ...], *, question: bool = False, time_to_come: bool = False
) -> bool:
    """For the booking words that are ordinary verbs too: is the one said at `at` a booking? "fammi",
    "facciamo", "mi fai" with the service right after them ("fammi una diagnosi"), and no question before
    ("quando mi fai il tagliando?"); "prendi" with the first free slot right after it ("prendi il primo
    buco che hai"); "segnala" said last in a request for the first free slot ("… e segnala")."""
    after = at + len(cue)
    if cue in _LIKE_PARTICIPLE and _after_auxiliary(tokens, at):
        return False  # "quante auto abbiamo prenotate mercoledì?": the cars booked, counted; no booking
    if cue in cues.CHANGE_PART_FORMS or cue in cues.FIT_PART_FORMS:
        # "cambiale la batteria", "le gomme gliele montiamo sabato": a part's service, told, not asked
        parts = [m for m in find_services(tokens) if m.kind.category in cues.PART_CATEGORIES]
        asked = tokens[0] in _ASKING or (at > 0 and tokens[at - 1] in _ASKING)
        slot_asked = any(i < at for i, _ in find_all(tokens, cues.FIRST_FREE))
        if cue in _INFINITIVES_OF_A_JOB and at > 0 and tokens[at - 1] == "per" and slot_asked:
            return False  # "Prima data utile per cambiare le pastiglie?" (set 53): what the slot asked is for
        if cue in cues.CHANGE_PART_FORMS or cue in cues.FIT_INFINITIVE_FORMS:
            # its service right after it: "cambia l'appuntamento" is a move, "le gomme da montare …" told
            right_after = _said_right_after(tokens, after, _BEFORE_SERVICE, {m.start for m in parts})
            return not asked and (right_after or _changed_with_its_job(tokens, at, after, question=question))
        return not asked and bool(parts)
    if cue in cues.REFILL_FORMS:
        # "ricaricagli il clima", "gli ricarichiamo il clima della Lark": the air conditioning right after it, told
        refilled = {m.start for m in find_services(tokens) if m.kind.key == "aircon"}
        asked = question or tokens[0] in _ASKING or (at > 0 and tokens[at - 1] in _ASKING)
        return not asked and _said_right_after(tokens, after, _BEFORE_SERVICE, refilled)
    if cue in cues.TAKEN_UP_FORMS:
        # "il cambio gomme lo facciamo mercoledì 9 alle 4": the service right before, a day and a time after;
        # "… lo facciamo venerdì alle 9?" is asked, "ce la facciamo" is whether we manage
        asked = question or tokens[0] in _ASKING or bool(_ASKING & set(tokens[max(0, at - 2) : at]))
        asked = asked or (at > 0 and tokens[at - 1] == "ce")
        service_before = any(_only_vehicle_between(tokens, m.end, at) for m in find_services(tokens))
        later = tokens[after:]
        day_after = bool((_DAY_NAMED | set(MONTHS)) & set(later))
        # "… gliela facciamo martedì 15, l'ora poi la decide lui": the hour to come (`time_to_come`), asked
        return not asked and service_before and day_after and (time_to_come or first_time(later)[0] is not None)
    if cue in cues.PART_TAKEN_UP_FORMS:
        return _part_taken_up(tokens, at, after, asked=question or tokens[0] in _ASKING)
    if cue in cues.NEEDS_FORMS:
        # "ha bisogno del cambio olio: sabato alle 9": its service right after, told; "ha bisogno del tagliando?" asks
        starts = {m.start for m in find_services(tokens)}
        asked = question or tokens[0] in _ASKING or bool(_ASKING & set(tokens[max(0, at - 2) : at]))
        # "a cosa serve la diagnosi": what a job is for, asked, with no question mark heard
        asked = asked or bool(_WHAT_FOR & set(tokens[max(0, at - 2) : at]))
        if len(cue) == 1 and _car_needed_for_job(tokens, at, starts):
            return not asked  # "mi serve la Barina di Rubagotti, FR 7 7 0 BH, per una ricarica …": the car's job
        # whom it is for opening the request, a greeting maybe before it ("Ehm, senti, per la Tazzari …, serve …", set 44)
        opening = next((t for t in tokens[:at] if t not in cues.GREETED), "")
        if len(cue) == 1 and opening not in _TO_WHOM_FIRST:
            return False  # "mi serve fare una revisione, il primo spazio buono": the speaker's own need, asked
        return not asked and _said_right_after(tokens, after, _BEFORE_SERVICE | _OF_SERVICE, starts)
    first_free = {i for i, _ in find_all(tokens, cues.FIRST_FREE)}
    if (
        cue in cues.BLOCK_IT_FORMS and any(i < at for i in first_free) and set(tokens[after:]) <= _AFTER_HELD
        and bool(find_plates(tokens))
    ):  # fmt: skip
        return True  # "…, tagliando: dammi il primo orario che trovi e bloccalo" (set 46): the first free slot held
    if cue in cues.DO_SERVICE_FORMS:
        starts = {m.start for m in find_services(tokens)}
        asked = tokens[0] in _ASKING or (at > 0 and tokens[at - 1] in _ASKING)
        if cue in cues.RESERVE_JOB_FORMS and at > 0 and tokens[at - 1] in _FUEL_OR_SPARE:
            return False  # "è in riserva, il tagliando lo fa …", "la ruota di riserva", "si blocca": no booking
        # the service may hold the verb itself: "ci facciamo l'olio", "fagli l'olio" (services: the oil done)
        return not asked and (at in starts or _said_right_after(tokens, after, _BEFORE_SERVICE, starts))
    if cue in cues.TAKE_FORMS:
        return _said_right_after(tokens, after, _BEFORE_FIRST_FREE, first_free) or _car_taken_in_on(
            tokens, at, after, question=question
        )

    if cue in cues.PART_DUE_FORMS:
        # "vanno montate le gomme nuove: lunedì 14 dicembre alle 2" told; "le gomme vanno cambiate" (no service right
        # after, no day) is the car's state, "va fatta la revisione?" asked
        starts = {m.start for m in find_services(tokens)}
        asked = question or bool(_ASKING & set(tokens[:at]))
        dated = bool((_DAY_NAMED | set(MONTHS)) & set(tokens[after:]))
        return not asked and dated and _said_right_after(tokens, after, _BEFORE_SERVICE, starts)
    if cue in cues.DUE_TOLD_FORMS:
        # "…, tocca fare la revisione: sabato 5 alle 9" told; "quando tocca fare la revisione?" asks when it is due
        return not (question or _ASKING & set(tokens[:at]))
    if cue in cues.WRITE_JOB_FORMS:
        # "…, scrivi un cambio olio per lunedì 11 gennaio alle 3 e mezza" (set 49): a new job, its day and its hour
        starts = {m.start for m in find_services(tokens)}
        new_job = after < len(tokens) and tokens[after] in _A_NEW_JOB and _said_right_after(tokens, after, _A_NEW_JOB, starts)
        said_after = set(tokens[after:])
        if _car_written_for_a_day(tokens, at, after) and _dated(said_after) and tokens[0] not in _ASKING:
            return True  # "L'Unicar …, me la scrivi per venerdì 11 alle 10 e mezza?" (set 50): asked as a favour
        return not (question or tokens[0] in _ASKING) and new_job and _dated(said_after) and not _DONE_ALREADY & said_after
    if cue in cues.REGISTER_CAR_FORMS:
        # "Registrami la Luxgen …, per il cambio gomme martedì 29 alle 9": the car written down "per" its job, told
        asked = question or tokens[0] in _ASKING
        for_job = any(
            m.start > after and "per" in tokens[max(after, m.start - 2) : m.start]
            and set(tokens[tokens.index("per", max(after, m.start - 2)) + 1 : m.start]) <= _BEFORE_SERVICE
            for m in find_services(tokens)
        )
        # "Registra una ricarica del clima per il Lorimas …, giovedì 17 dicembre alle 8 e mezza" (set 46): a new job
        # ("un"/"una" before it) right after, then its day and hour, told; "registra il tagliando fatto ieri",
        # "registra una revisione fatta giovedì alle 9" record one done (no booking)
        starts = {m.start for m in find_services(tokens)}
        new_job = _said_right_after(tokens, after, _A_NEW_JOB, starts) and tokens[after] in _A_NEW_JOB
        said_after = set(tokens[after:])
        day_said = bool((_DAY_NAMED | set(MONTHS)) & said_after)
        if cue[0].startswith("carica"):  # "caricalo sul ponte per il tagliando": the lift, no day said
            return not asked and for_job and day_said
        dated = day_said and bool(_AT_AN_HOUR & said_after)
        return not asked and (for_job or (new_job and dated and not _DONE_ALREADY & said_after))
    if cue in cues.HOLD_IT_FORMS:
        # "appena si libera un posto per la diagnosi, tienilo per lui": the first free slot, held for the car
        before = {i for i in first_free if i < at}
        if before:
            return set(tokens[after:]) <= _AFTER_HELD
        # "…, deve passare la revisione: tienimelo venerdì 11 dicembre alle 4 del pomeriggio" (set 49): the job said
        # before it, its day right after it and an hour: that slot held for the job, a booking; "tienilo acceso",
        # "tienila d'occhio venerdì" (no hour) and a job told done ("la revisione è fatta, …") are none
        later = tokens[after:]
        day_next = later[:1] and (later[0] in _DAY_NAMED or (later[0] == "per" and later[1:2] and later[1] in _DAY_NAMED))
        job_before = any(m.end <= at for m in find_services(tokens))
        return (
            not question and job_before and bool(day_next) and bool(_AT_AN_HOUR & set(later))
            and not _DONE_ALREADY & set(tokens[:at])
        )  # fmt: skip
    if cue in cues.NOTE_IT_FORMS:
        if bool(first_free) and set(tokens[after:]) <= _AFTER_NOTED:
            return True
        if set(tokens[after:]) <= _AFTER_NOTED and not question and _job_told_coming(tokens[:at]):
            return True  # "Oggi alle 5 del pomeriggio mi arriva la Firedome …, per le gomme: segnala" (set 49)
        # "…, segnala le pastiglie martedì 15 alle 2" (set 40): the job right after it, then its day, told; "segnala
        # il guasto", "segnala le pastiglie consumate al cliente" (no day after) report, no booking
        starts = {m.start for m in find_services(tokens)}
        asked = question or tokens[0] in _ASKING
        return not asked and _said_right_after(tokens, after, _BEFORE_SERVICE, starts) and bool(
            (_DAY_NAMED | set(MONTHS)) & set(tokens[after:])
        )
    return True


_CAME_ALREADY = frozenset({"arrivata", "arrivato", "arrivate", "arrivati", "passata", "passato", "venuta", "venuto",
                           "stata", "stato", "portata", "portato", "lasciata", "lasciato", "fatto", "fatta", "fatte",
                           "fatti", "ieri", "era", "aveva"})  # fmt: skip
"""A visit or a job told gone by ("è arrivata alle 5 per le gomme", "ieri alle 5"): noted, never booked."""


def _dated(said: set[str]) -> bool:
    """Are a day (a weekday, a month) and an hour ("alle") among the words `said`?"""
    return bool((_DAY_NAMED | set(MONTHS)) & said) and bool(_AT_AN_HOUR & said)


def _job_told_coming(said: list[str]) -> bool:
    """Is `said` (what comes before a "segnala" said last) a job told to come, its day and hour with it ("Oggi alle 5
    del pomeriggio mi arriva la Firedome …, per le gomme: segnala", set 49): the visit written down, a booking; a job
    with no day or no hour ("la Panda frena male: segnala"), or a visit gone by ("è arrivata alle 5 …", "ieri"), none."""
    return _dated(set(said)) and bool(find_services(said)) and bool(find_plates(said)) and not _CAME_ALREADY & set(said)


_TO_THE_JOB = _BEFORE_SERVICE | frozenset({"a", "ad", "ai", "al", "alla", "alle", "agli", "all", "allo", "the", "her",
                                           "his", "their", "an"})  # fmt: skip
"""Said between what we are asked to do and the job ("dare un'occhiata alle pastiglie", "look at the pads")."""


def _job_asked_done(tokens: list[str], at: int) -> int | None:
    """Where the request relayed from the customer (its asking words taken out at `at`) opens with what we are
    asked to do to the car, then the job ("chiede se possiamo vederle le pastiglie della Tiggo …", "… fare le
    pastiglie alla …", "asks if we can look at the pads on …"): a booking, asked (`Parse.careful`); else None
    ("chiede se possiamo vedere quanto costa il tagliando" asks a price, no job right after its verb)."""
    at = cues.job_asked_after_day(tokens, at)  # "chiede se lunedì alle 10 le possiamo fare il tagliando …"
    if tokens[at : at + 1] == ["a"]:
        at += 1  # "chiede se riusciamo a controllarle il clima …"
    hit = find_any(tokens[at : at + 4], cues.DONE_ASKED)
    if hit is None or hit[0] != 0:
        return None
    starts = {m.start for m in find_services(tokens)}
    return at if _said_right_after(tokens, at + len(hit[1]), _TO_THE_JOB, starts) else None


def _vehicle_starts(tokens: list[str]) -> set[int]:
    """Where a vehicle is named: each plate's first word, its description's, and an article with one word no
    table knows right before a plate ("tirami fuori il cango, EW 275 HS": its model as whisper wrote it)."""
    plates = find_plates(tokens)
    starts = {m.start for m in plates}
    starts |= {
        m.start - 1 for m in plates
        if m.start >= 2 and tokens[m.start - 2] in _VEHICLE_ARTICLES and tokens[m.start - 1] not in known_words()
    }  # fmt: skip
    desc = find_vehicle_description(tokens, {i for m in plates for i in range(m.start, m.end)})
    return starts if desc.is_empty() else starts | {desc.start}


_VEHICLE_ARTICLES = frozenset({"il", "la", "lo", "l", "the"})


_WHEN_WORDS = frozenset({"alle", "all", "a", "e", "mezza", "mezzo", "quarto", "mattina", "pomeriggio", "sera", "di",
                         "il", "lo", "verso", "tra", "fra", "dopo", "prima", "presto", "pure", "anche", "magari",
                         # the 1st as said ("martedì primo dicembre", set 42)
                         "primo"})  # fmt: skip


_ANY_TIME = phrases("sometime", "some time", "any time", "anytime")
_ON_THE = frozenset({"on", "the"})


def _any_time_on_the_day(tokens: list[str]) -> bool:
    """Is the day said with any hour of it ("sometime on Wednesday the 16th", "any time Friday")? The customer's
    day, the hour left to the workshop: a booking whose hour is asked, no question of room."""
    for at, said in find_all(tokens, _ANY_TIME):
        k = at + len(said)
        while k < len(tokens) and tokens[k] in _ON_THE:
            k += 1
        if k < len(tokens) and tokens[k] in _DAY_NAMED:
            return True
    return False


_WITH_CAR_REACH = 6
"""The words the car may take after "con" before its plate ("con la Rosengart nera, GY …") in `_job_said_next`."""


def _job_said_next(tokens: list[str], at: int) -> bool:
    """After a wish to come by, only when it comes (a day, a time) and then "per" and the job: "vorrebbe passare
    sabato alle 10 e mezza per le gomme"; or the car it comes with first, up to its plate ("Castellucci passa con la
    Rosengart nera, GY 0 53 KH, per il climatizzatore: giovedì 11 febbraio alle 3 gli va bene", set 46)."""
    starts = {m.start for m in find_services(tokens)}
    if tokens[at : at + 1] in (["con"], ["col"]):
        plate = next((m for m in find_plates(tokens[at:]) if m.start <= _WITH_CAR_REACH), None)
        at = at + plate.end if plate is not None else at
    while at < len(tokens) and (
        tokens[at] in _WHEN_WORDS or tokens[at] in _DAY_NAMED or tokens[at] in MONTHS or tokens[at][:1].isdigit()
    ):
        at += 1
    if at >= len(tokens) or tokens[at] != "per":
        return False
    return _said_right_after(tokens, at + 1, _BEFORE_SERVICE, starts)


def _plate_positions(tokens: list[str]) -> frozenset[int]:
    """The positions of the words of the plates said."""
    return frozenset(i for m in find_plates(tokens) for i in range(m.start, m.end))


def _instead_of_weekday(tokens: list[str], old: Any, new: Any) -> bool:
    """ "invece di lunedì gliela facciamo venerdì alle 5", "la facciamo domani alle 5 invece che mercoledì": the old
    day said right after "invece di" / "invece che" / "anziché" as a weekday, the new day another one: no time to
    tell apart, the time said is the new day's."""
    if old is None or new is None or old.day == new.day or tokens[old.start] not in WEEKDAYS:
        return False
    return _said_instead(tokens, old)


def _said_instead(tokens: list[str], mention: Any) -> bool:
    """Is the day `mention` said right after "invece di" / "invece che" / "anziché" (the day an appointment had)?"""
    return any(tuple(tokens[max(0, mention.start - len(said)) : mention.start]) == said for said in INSTEAD)


def _main_intent(
    tokens: list[str],
    *,
    has_service: bool,
    has_plate: bool,
    has_vehicle: bool,
    question: bool = False,
    vehicle_in_focus: bool = False,
    time_to_come: bool = False,
    job_to_come: bool = False,
    asked_at: int | None = None,
) -> tuple[str | None, int, str | None]:
    """(intent, position of its cue, reason when refused); `question`: the request was written as one;
    `time_to_come`: the person said the hour is not known yet (it is asked); `job_to_come`: the job is said not
    to be known ("la vuole portare venerdì alle 3, ma non mi ha detto per cosa"), so a booking word that needs its
    service ("vuole portare") is one without it (the service asked); `asked_at`: where the request relayed from
    the customer starts, its asking words taken out ("chiede se possiamo …", `cues.reported_request`)."""
    positions: dict[str, int] = {}
    for intent, cue_list in cues.CUES.items():
        hits = find_all(tokens, cue_list)
        if intent == "cancel":  # "Salta la diagnosi … di venerdì 5 marzo": only where `_job_skipped` says so
            hits = sorted([*hits, *find_all(tokens, cues.JOB_SKIPPED)])
        if intent == "book":
            # "metti la Micra, EW 346 HD, per domani mattina": putting a plate on a day is a booking too (its
            # service asked); "c'è da parlare col signor Ferri domani" is none
            put_on_day = has_plate and bool(_DAY_NAMED & set(tokens))
            wanted = {i for i, _ in find_all(tokens, cues.CUES["send_reminder"])}
            # "ce la facciamo a metterlo dentro?": room asked, its "facciamo" and "mettere" no booking words
            room = {at + k for at, said in find_all(tokens, cues.PUT_IN_ASKED) for k in range(len(said))}
            # "da quanti mesi non gli cambiamo l'olio?": the job's verb after how long since, asked, no booking
            room |= {at + len(said) + k for at, said in find_all(tokens, cues.SINCE_WHEN) for k in range(2)}
            hits = [
                (i, p) for i, p in hits
                if not near_reminder(tokens, i)
                and i not in room
                and i + len(p) not in wanted  # "wants a text the day before …": the message wanted, no booking
                and (p not in _WEAK_BOOK or has_service or (put_on_day and p in _PUT_ON_DAY)
                     or (job_to_come and p in _BRINGS))
                and _loose_book_word(tokens, i, p, question=question, time_to_come=time_to_come)
                and (p not in cues.COMING_BY or _job_said_next(tokens, i + len(p)))
                and (p not in cues.COMES_BY_TOLD or not question)  # "passa martedì per l'olio?": of the one booked
                # "domani chi viene per il tagliando": who comes, the day's agenda asked (its "?" unheard)
                and (p not in cues.COMES_BY_TOLD or tokens[i - 1 : i] not in (["chi"], ["cosa"], ["che"]))
            ]  # fmt: skip
        if intent == "cancel":
            hits = [
                (i, p) for i, p in hits
                if (p not in _WEAK_CANCEL or _appointment_off(tokens, i + len(p)))
                and (p not in _JOB_OFF or _job_off(tokens, i + len(p)) or _job_off_said_before(tokens, i))
                and (p not in _JOB_SKIPPED or _job_skipped(tokens, i, i + len(p)))
            ]  # fmt: skip
        if intent == "first_free_slot":
            # "chi ci entra?": the agenda, no room asked
            hits = [(i, p) for i, p in hits if not cues.who_gets_in(tokens, i, p)]
            hits = [(i, p) for i, p in hits if not cues.car_given_back(tokens, i, p)]  # "… dare la macchina?"
            hits = [(i, p) for i, p in hits if not cues.going_amiss(tokens, i, p)]  # "anything going wrong …?"
        if intent == "move":
            hits = [(i, p) for i, p in hits if not cues.car_moved(tokens, i)]  # "che lo venga a spostare"
            hits = [(i, p) for i, p in hits if not cues.sent_again(tokens, i)]  # "rimanda la conferma"
            hits = [(i, p) for i, p in hits if cues.come_instead_of_one(tokens, i, p)]  # "fallo venire" of one
            hits = [(i, p) for i, p in hits if cues.pulled_back_to_a_day(tokens, i, p)]  # "tiralo indietro a giovedì"
        if hits:
            positions[intent] = min(i for i, _ in hits)
    plate_words = frozenset(i for m in find_plates(tokens) for i in range(m.start, m.end))
    off = cues.taken_off(["_" if i in plate_words else t for i, t in enumerate(tokens)])
    if off is None:
        off = cues.job_sent_away(tokens, plated=bool(plate_words))  # "via le pastiglie di venerdì 4 per la Tacuma"
    if off is None:
        off = cues.appointment_thrown_away(tokens)  # "l'appuntamento di lunedì 18 buttalo via"
    if off is None:  # "tira una riga sulla diagnosi di martedì 30 …": a line drawn through the job
        off = next((at for at, said in find_all(tokens, cues.LINE_DRAWN) if _job_off(tokens, at + len(said))), None)
    if off is not None:
        positions["cancel"] = min(off, positions.get("cancel", off))  # "scrap today's appointment"
    ahead = cues.message_ahead(tokens)
    if ahead is None:
        ahead = cues.texted_ahead(tokens)  # "Ping Mr Buonocore by text forty-eight hours before the aircon"
    if ahead is None:
        opened = day_before_opening(tokens)  # "la sera prima della revisione …, alle 7 mandagli un WhatsApp"
        ahead = opened[0] if opened is not None else None
    if ahead is not None:
        positions.setdefault("send_reminder", ahead)  # "un messaggio WhatsApp alla Nardecchia il giorno prima"
    put_off = find_any(tokens, cues.PUT_OFF_BY)
    if put_off is not None:  # "ritarda di una settimana il clima …", "va messo più in là"
        positions["move"] = min(put_off[0], positions.get("move", put_off[0]))
    pushed = cues.pushed_back(["_" if i in plate_words else t for i, t in enumerate(tokens)], asked_at)
    if pushed is not None:
        positions["move"] = min(pushed, positions.get("move", pushed))  # "push the Zafira back to Friday"
    wished = cues.appointment_wanted_moved(tokens)
    if wished is None:
        wished = cues.carried_forward(tokens)  # "ci chiede di portare avanti la diagnosi …"
    if wished is not None:
        positions["move"] = min(wished, positions.get("move", wished))  # "needs its tyre appointment moved"
    changed = cues.day_changed(tokens)
    if changed is not None:
        positions["move"] = min(changed[0], positions.get("move", changed[0]))  # "non più mercoledì ma venerdì"
    rather = cues.rather_than(tokens)
    if rather is None:
        rather = cues.gone_to_instead(tokens)  # "can it go to Tuesday the 11th … instead of Wednesday the 5th?"
    if rather is None:
        rather = cues.hour_made_instead(tokens)  # "…, Friday the 7th of May: make it 9 in the morning instead"
    if rather is not None:
        positions["move"] = min(rather, positions.get("move", rather))  # "he'd rather come on the 10th than …"
    brought = cues.brought_in(tokens, plate_words)
    if brought is not None and not {"cancel", "move", "book"} & set(positions):
        at, asked = brought
        # "… on Friday the 4th? She's not sure what time suits" (set 40): the hour to come, a booking, its hour asked
        # "… in for its MOT sometime on Wednesday the 16th?" (set 43): any hour that day, a booking, its hour asked
        if asked and first_time(tokens)[0] is None and not time_to_come and not _any_time_on_the_day(tokens):
            positions.setdefault("first_free_slot", at)  # "can you fit the Panda in on Friday?": room asked
        else:  # told, or asked for an hour said ("can you fit the Jeep in on Wednesday at 9?"): a booking
            positions["book"] = at  # "get the Doblò in for a tyre change in the first free slot"
    bringing = cues.bringing_in(tokens, plate_words)
    if bringing is not None and not {"cancel", "move", "book"} & set(positions):
        positions["book"] = bringing  # "Mrs Vignudelli's bringing the Kuga in Friday at 9": told, said back
    carried = _brought_by_customer(tokens, job_to_come=job_to_come)
    if carried is not None and not {"cancel", "move", "book"} & set(positions):
        positions["book"] = carried  # "il signor Sgarzi porta l'H9 per le pastiglie venerdì alle 8 e mezza": said back
    suits = _suits_customer(tokens, question=question)
    if suits is not None and not {"cancel", "move", "book"} & set(positions):
        positions["book"] = suits  # "…: le va bene la revisione mercoledì 16 alle 15": her yes, said back
    had = cues.had_in(tokens)
    if had is not None and not {"cancel", "move", "book"} & set(positions):
        if first_time(tokens)[0] is None:
            positions.setdefault("first_free_slot", had)  # "can we have it Tuesday?": room asked
        else:
            positions["book"] = had  # "… is due a service, can we have it Tuesday the 1st at 8:30?"
    squeezed = find_any(tokens, cues.SQUEEZE_ASKED)
    if squeezed is not None and not {"cancel", "move", "book"} & set(positions) and _hour_said(tokens):
        positions.pop("first_free_slot", None)
        positions["book"] = squeezed[0]  # "oggi alle 5 e mezza riesci a infilarmi un cambio gomme?": that hour
    taken = _car_take_asked(tokens)
    if taken is not None and not {"cancel", "move", "book"} & set(positions) and _hour_said(tokens):
        positions.pop("first_free_slot", None)
        positions["book"] = taken  # "dopodomani alle 11 riesci a prendere la Cisitalia …?": that hour, asked
    made = find_any(tokens, cues.ROOM_MADE)
    if made is not None and not {"cancel", "move", "book"} & set(positions) and _hour_said(tokens):
        positions.pop("first_free_slot", None)
        positions["book"] = made[0]  # "fammi un posto per la Rexton giovedì 17 alle 11": room ordered at that hour
    let_in = find_any(tokens, cues.LET_IN)
    if (
        let_in is not None and not {"cancel", "move", "book"} & set(positions) and not question
        and _first_free_right_after(tokens, let_in[0] + len(let_in[1]))
    ):  # fmt: skip
        positions.pop("first_free_slot", None)
        positions["book"] = let_in[0]  # "…, DM 3 3 6 KM: falla entrare alla prima occasione buona" (set 50)
    done = _job_asked_done(tokens, asked_at) if asked_at is not None else None
    if done is not None and not {"cancel", "move", "book"} & set(positions):
        positions["book"] = done  # "chiede se possiamo vederle le pastiglie …": the job done for her, asked
    given = find_any(tokens, cues.FIRST_FREE_GIVEN)
    if given is not None and has_vehicle and not question and not {"cancel", "move", "book"} & set(positions):
        positions.pop("first_free_slot", None)
        positions["book"] = given[0]  # "…: dammi il primo buco che hai per le pastiglie": said back (`parse`)
    had_done = cues.had_done_by_us(tokens, question=question)
    if had_done is not None:
        positions.setdefault("vehicle_history", had_done)  # "has the Tucson had pads fitted with us?"
    on_file = find_any(tokens, cues.ON_FILE_EN) if has_plate else None
    if on_file is not None:
        positions.setdefault("lookup_plate", on_file[0])  # "can you check GH 930 TP on the system?"
    called_up = cues.record_called_up(tokens, plate_words)
    if called_up is not None:
        positions.setdefault("lookup_plate", called_up)  # "pull up the record for GH 507 MN"
        if cues.all_held_on_plate(tokens, plate_words) is not None and not _AGENDA_DAY & set(tokens):
            positions.pop("day_appointments", None)  # "cosa c'è sulla HD 951 CS?": the plate's, no day's agenda
    if (
        "book" in positions
        and "first_free_slot" in positions
        and _asks_when(tokens, positions["first_free_slot"], question)
    ):
        what_free = tokens[positions["first_free_slot"]] in _WHAT
        # the booking verb inside the words asking when ("a partire da quando gliela posso fissare?", set 48) is
        # theirs, no order to book
        asking = {k for i, p in find_all(tokens, cues.CUES["first_free_slot"]) for k in range(i, i + len(p))}
        strong = [
            p for i, p in find_all(tokens, cues.CUES["book"])
            if p not in _WEAK_BOOK and not _purpose(tokens, i, p) and not (what_free and _opening_infinitive(i, p))
            and i not in asking
        ]  # fmt: skip
        if not strong:
            # "qual è il primo giorno in cui riesco a mettere un tagliando?", "… deve fare il tagliando:
            # quando c'è il primo posto?": a question, not a booking
            del positions["book"]
    shown = cues.vehicle_shown(tokens, _vehicle_starts(tokens)) if has_vehicle else None
    if shown is not None:
        positions.setdefault("lookup_plate", shown)  # "fammi vedere la scheda della EY 053 KH"
    counted = find_any(tokens, cues.AGENDA_COUNT)
    if counted is None and not has_vehicle:
        counted = find_any(tokens, cues.DAY_LOOK)  # "com'è messa domani?"
    if counted is not None and "day_appointments" not in positions and _AGENDA_DAY & set(tokens):
        positions["day_appointments"] = counted[0]  # "quante macchine ho dopodomani?"
    looked = cues.day_looked_at(tokens)
    if looked is not None and "day_appointments" not in positions and not has_service:
        positions["day_appointments"] = looked  # "what does Thursday the 10th look like?"
    put = cues.put_after_reason(["_" if i in plate_words else t for i, t in enumerate(tokens)])
    if put is None:
        put = cues.put_to_another_day(tokens)  # "la batteria di lunedì 7 mettila a giovedì 3"
    if put is None and not question:
        put = cues.passed_to_another_day(tokens)  # "il tagliando di venerdì della Ypsilon passa a lunedì"
    kept = cues.day_kept(tokens)
    if put is None and kept is not None:
        put = kept[1]  # "mercoledì 9 tienile pure, ma falle alle 4 e mezza": the same day, another hour
    if put is not None and "move" not in positions and "cancel" not in positions:
        if any(m.start > put for m in find_services(tokens)):
            # "domani non può, mettile il tagliando a martedì": which? (a service said before the reason names
            # the appointment that cannot be kept: "il tagliando di lunedì non ce la fa, mettilo mercoledì")
            return None, -1, "several_actions"
        positions.pop("book", None)
        positions["move"] = put  # "domani mattina non può: mettila a martedì alle 4"
    carried_to = cues.job_carried_to_day(tokens)
    if carried_to is not None and "move" not in positions and "cancel" not in positions:
        positions.pop("book", None)
        positions["move"] = carried_to[0]  # "…, mercoledì 10 marzo: porta le pastiglie della Panoz, … a giovedì 18"
    if ("cancel" in positions or "move" in positions) and "book" in positions:
        strong = [p for i, p in find_all(tokens, cues.CUES["book"]) if p not in _WEAK_BOOK]
        if not strong:
            del positions["book"]  # "annulla la prenotazione", "sposta la prenotazione"
    has_reminder = "send_reminder" in positions
    if "cancel" in positions and (
        has_reminder or ("send_confirmation" in positions and "book" not in positions)
    ):
        return None, -1, "out_of_scope:cancel_message"
    actions = [i for i in ("cancel", "move", "book") if i in positions]
    if len(actions) > 1:
        return None, -1, "several_actions"
    if actions:
        return actions[0], positions[actions[0]], None
    if ("send_confirmation" in positions or has_reminder) and find_any(tokens, cues.MESSAGE_TOLD) is not None:
        return None, -1, "no_intent"  # "she already got a reminder", "he sent a WhatsApp confirming …"
    unknown = frozenset(t for t in tokens if t not in known_words())
    written = cues.confirmed_written(tokens, unknown)
    if written is None:
        written = cues.confirmed_texted(tokens, unknown)  # "WhatsApp Mr Tirabassi to say … is all confirmed"
    if written is not None and "send_confirmation" not in positions and not has_reminder:
        positions["send_confirmation"] = written  # "scrivigli che il tagliando di venerdì è confermato"
    send = find_any(tokens, cues.SEND_VERBS)
    said_first = (
        positions.get("send_confirmation") == 0 and has_vehicle
    )  # "conferma l'appuntamento della AB…"
    if "send_confirmation" in positions and (send is not None or cues.find_channel(tokens) or said_first):
        return "send_confirmation", send[0] if send else positions["send_confirmation"], None
    if has_reminder:
        return "send_reminder", positions["send_reminder"], None
    searched = None
    if not (has_plate or has_service or _DAY_NAMED & set(tokens)) and set(positions) <= {"lookup_plate"}:
        searched = _car_searched(tokens, plate_words)  # no job, no day: "cercami la Polo, revisione domani" none
    if searched is not None:
        positions["lookup_plate"] = searched  # "mi cerchi la Polo rossa di Romano?": the car, found by its words
    for intent in ("first_free_slot", "vehicle_history", "lookup_plate", "day_appointments"):
        asked_for = [cues.OWNER_CUES, cues.PLATE_TO_COME]  # "mi controlli una targa?": the plate comes next
        if (
            intent == "lookup_plate"
            and not has_plate
            and searched is None
            and all(find_any(tokens, c) is None for c in asked_for)
        ):
            continue  # "chi è" alone is no look-up; "di chi è quella Fox?" with the plate lost asks for it
        if intent == "vehicle_history" and not (has_vehicle or vehicle_in_focus or _done_to_it(tokens)):
            continue  # "quando gli abbiamo fatto il tagliando?" asks about the vehicle just shown, if there is one
        if intent in positions:
            return intent, positions[intent], None
    return None, -1, "no_intent"


_NO_BOUND = frozenset({"dopo", "prima", "entro", "fino", "dalle", "tra", "fra", "verso"})


def _hour_said(tokens: list[str]) -> bool:
    """An exact hour on a day named ("oggi alle 5 e mezza") or dated by its month ("22 dicembre alle 16 e 30", set
    43's "martedì" lost in the noise), not a bound ("dopo le 5", "verso le 10")."""
    _, at, _ = first_time(tokens)
    if at < 1 or tokens[at - 1] not in ("alle", "all") or not (_DAY_NAMED | set(MONTHS)) & set(tokens):
        return False
    return not (at >= 2 and tokens[at - 2] in _NO_BOUND)


_TO_IT = frozenset({"gli", "le"})
_DONE = frozenset({"abbiamo", "hanno", "avete", "ha"})


def _done_to_it(tokens: list[str]) -> bool:
    """ "quando le abbiamo fatto l'ultimo tagliando?": work done to a car named by a pronoun, so a vehicle's
    history, the vehicle to be asked when none is in focus (never refused for a model that may not be there)."""
    return any(a in _TO_IT and b in _DONE for a, b in itertools.pairwise(tokens))


_AND = {"e", "ed", "and", "poi", "then", "anche", "also", "pure", "inoltre", "plus"}
_CLITICS = {
    "gli",
    "le",
    "mi",
    "ci",
    "lo",
    "la",
    "li",
    "them",
    "him",
    "her",
    "it",
    "me",
    "us",
    "also",
    "anche",
}


def _unknown_after_connector(tokens: list[str], unknown: set[str], *, english: bool = False) -> str | None:
    """An unknown word right after "e"/"and"/"poi" (pronouns skipped): likely a second action. An "e" that is a
    plate's last letter ("GW 294 K E, la Australia verde") joins nothing; in English "e" is no connector but a
    letter or a sound whisper split off ("the Silver E-Cle Sport": the EcoSport)."""
    in_plate = {k for m in find_plates(tokens) for k in range(m.start, m.end)}
    for i, tok in enumerate(tokens[:-1]):
        if (
            tok not in _AND or (tok == "e" and i > 0 and tokens[i - 1] in ("s", "c")) or i in in_plate
            or (english and tok == "e") or i == 0
        ):  # fmt: skip
            # "s'è spenta", "c'è": the verb, no second action; nor one opening the request, where no first action
            # is before it (set 50: "E' LIGLE BLUDI Nikota, …" for "Per l'Aigle blu di Nicotra, …")
            continue
        j = i + 1
        while j < len(tokens) - 1 and tokens[j] in _CLITICS:
            j += 1
        if tokens[j] in unknown and not any(c.isdigit() for c in tokens[j]):  # "e fx97fa": a plate, no verb
            return tokens[j]
    return None


def _unknown(tokens: list[str], text: str) -> list[str]:
    """Words no table knows, outside the plate and the customer's name: the name as the slots read it, after the
    self-corrections ("Mrs Orsomando, sorry, Mrs Ottolenghi rang": Ottolenghi, the name said instead)."""
    skip: set[int] = set()
    for plate in find_plates(tokens):
        skip |= set(range(plate.start, plate.end))
    changed = cues.day_changed(tokens)
    if changed is not None:  # "non più mercoledì ma venerdì": its "ma" a move's word, no condition
        skip |= set(changed[1])
    for at, hurry in find_all(tokens, cues.NO_HURRY):  # "non ha fretta ma nemmeno tanta pazienza": told, no word of it
        skip |= set(range(at, at + len(hurry)))
    for at, leave in find_all(tokens, cues.UNASKED):  # "fissalo pure senza chiedermi": leave to go ahead, told
        skip |= set(range(at, at + len(leave)))
    name = _customer(text, tokens)
    names = set(tokenize(name)) if name else set()
    names |= {n[:-1] for n in names if len(n) > 4 and n.endswith("s")}  # "Mr. Zanons away": "zanon" "s" heard
    for owner in _POSSESSOR.finditer(text):  # "Beatrice Vianello's Audi": whose car, a name of no table
        said = tokenize(owner.group(1))
        if not set(said) & known_words():
            names |= set(said)
    return [
        t for t in unknown_words(tokens, skip)
        if t not in names and not is_reminder_word(t) and not is_confirmation_word(t)
    ]  # fmt: skip


_NOT_NUMBERS = {"un", "una", "uno", "one", "a", "an"}
_EN_DUE_BEFORE = frozenset({"is", "s", "was", "are", "re", "were", "be", "now", "overdue", "long"})
_WORN_DOWN = frozenset({"sono", "e", "quasi", "ormai", "gia"})


_DAY_CONFLICTS = frozenset({"which_day", "two_dates", "weekday_vs_date"})
"""A day not sure: asked before a stray number's time, so the answer never writes the day as it was taken."""


def _hour_unheard(tokens: list[str]) -> bool:
    """Is an hour said after "alle" but heard as no known word ("alle piaci" for "alle dieci")? Then the time was
    said and lost: it is asked, never filled with the first free slot as if no time had been said."""
    known = known_words()
    return any(
        tok == "alle" and nxt.isalpha() and nxt not in known for tok, nxt in itertools.pairwise(tokens)
    )


_SPAN_OF_DAYS = frozenset({"giorni", "settimane", "days", "weeks"})


def _stray_number(tokens: list[str], consumed: set[int]) -> bool:
    """A number no date, time or plate accounts for: something was said the parser did not read."""
    for i, tok in enumerate(tokens):
        if i in consumed or tok == "_" or tok in _NOT_NUMBERS:
            continue
        if (
            names_model(tokens, i) or (i > 0 and (tokens[i - 1], tok) in MODELS)
            or tuple(tokens[i : i + 2]) in MODELS or number_names_vehicle(tokens, i)
        ):  # "la 500 rossa", "Serie 3", "the 5 Series", "la (A)1 di Rossi" (never "…, 600 lunedì": no model)
            continue
        if tokens[i + 1 : i + 2] and tokens[i + 1] in COUNTING | WHEELS:
            continue  # "mandale due righe", "the little three-wheeler": no number of the request
        if i > 0 and tokens[i - 1] == "di" and tokens[i + 1 : i + 2] and tokens[i + 1] in _SPAN_OF_DAYS:
            continue  # "falle scivolare di sette giorni: martedì 20 aprile" (set 48): by how much, the day said after
        if tok in ("zero", "0") and tokens[i - 1 : i] == ["a"] and _WORN_DOWN & set(tokens[max(0, i - 3) : i - 1]):
            continue  # "i freni sono a zero" (whisper writes "a 0" too): worn out, no number of the request
        if tok == "sei" and tokens[max(0, i - 2) : i] == ["che", "ci"]:
            continue  # "e già che ci sei le scrivi …": "you are", no six
        if tok == "due" and ((i > 0 and tokens[i - 1] in _EN_DUE_BEFORE) or tokens[i + 1 : i + 2] == ["for"]):
            continue  # English "the Daily is due a service", "she's due for her MOT": no Italian two
        if tok.isdigit() or word_to_number(tok) is not None:
            return True
    return False


def _stray_day(tokens: list[str], consumed: set[int]) -> str | None:
    """An English ordinal in digits ("11th") no date accounts for: "which_day" where whisper's words stand between
    the weekday and its date ("on Friday, we will have 11th"), never the weekday alone taken; "stray_number" right
    after a date read whole ("Monday the 30th, 12th noon": its hour, written as an ordinal), the time asked."""
    for i, tok in enumerate(tokens):
        if i not in consumed and 3 <= len(tok) <= 4 and tok[:-2].isdigit() and tok[-2:] in ("st", "nd", "rd", "th"):
            return "stray_number" if i > 0 and i - 1 in consumed else "which_day"
    return None


_ELIDED_ALL = re.compile(r"\ball['’]", re.IGNORECASE)
_BARE_ALL = re.compile(r"\ball\b(?!['’])", re.IGNORECASE)


_ALL_DONE = frozenset({"confirmed", "sorted", "set", "booked", "done", "ready", "good", "fine", "arranged"})


def _bulk(tokens: list[str], text: str) -> bool:
    """ "tutti gli appuntamenti", "all appointments": one action on many records is the model's job."""
    if any(t in ("appuntamenti", "appointments", "prenotazioni", "bookings") for t in tokens):
        return True
    # "all'Octavia", "all'officina": when every "all" was written with its apostrophe, it is Italian "alla"
    italian_all = bool(_ELIDED_ALL.search(text)) and not _BARE_ALL.search(text)
    for i, tok in enumerate(tokens):
        if (tok,) in cues.BULK:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if tok == "all" and (nxt == "una" or nxt[:1].isdigit() or italian_all):
                continue  # "all'una"
            if tok == "all" and i > 0 and tokens[i - 1] == "after":
                continue  # English "after all": no many records ("she won't need the MOT after all")
            if tok == "all" and i > 0 and tokens[i - 1] in ("is", "s", "are", "re") and nxt in _ALL_DONE:
                continue  # "… is all confirmed" (set 48): wholly, no many records
            return True
    return False


_OWNER = re.compile(rf"\b(?:di|del|della|of)\s+([A-Z][\w'’]+(?:\s+(?:{_PARTICLE}\s+)?[A-Z][\w'’]+)?)")
_ADDRESSEE = re.compile(
    r"\b(?i:conferma|promemoria|mail|e-mail|email|sms|messaggio|whatsapp)\s+(?:a|ad|to)\s+"
    r"([A-ZÀ-Ý][\w'’]+\s+[A-ZÀ-Ý][\w'’]+)"
)
"""Whom a message goes to, by first name and surname: "una mail di conferma a Teresa Serra"."""
_CALLER = re.compile(
    # who called, said after it: "Ha chiamato la Ferrandi: …", "Mi ha telefonato il Bortolin, …"
    r"^\W*(?i:(?:mi\s+|ci\s+)?ha\s+(?:ri)?(?:chiamato|telefonato|scritto))\s+(?i:il|la)?\s*([A-ZÀ-Ý][\w'’]+)\b"
    # or who called, told, said, wants or asks, named first
    # (with its article: "La Guidotti ha chiamato: …"; whisper may write it in lower case, "la guidotti ha chiamato")
    r"|^\W*(?:(?i:il|la)\s+)?([A-ZÀ-Ý][\w'’]+)\s+(?:mi\s+|ci\s+)?ha\s+(?:(?:ri)?(?:chiamato|telefonato)|detto|scritto|avvisato)\b"
    r"|^\W*(?i:il|la)\s+([a-zà-ÿ][a-zà-ÿ'’]{2,})\s+(?:mi\s+|ci\s+)?ha\s+(?:ri)?(?:chiamato|telefonato)\b"
    # or who says, wants or asks, named first, maybe told apart by their trade: "Zanon vuole far controllare …",
    # "Rossi, quello del bar, dice che …"
    r"|^\W*([A-ZÀ-Ý][\w'’]+)\s*(?:,\s*quell[oa]\s+(?:del|della|dello|dell['’]|dei|delle)\s*\w+\s*,)?\s+"
    r"(?:mi\s+|ci\s+)?(?:dice|vuole|vorrebbe|chiede|ha\s+chiesto)\b"
    # or whose relative called, said after it, whisper's lower case and lost "ha" allowed: "Ha chiamato il marito della
    # Mereu: …", "chiamato la figlia del rinaldi, …"
    r"|^\W*(?i:(?:(?:mi|ci)\s+)?(?:ha\s+)?(?:ri)?(?:chiamato|telefonato))\s+(?i:il|la)\s+"
    rf"(?i:{'|'.join(sorted(RELATIVES))})\s+(?i:della|del|di)\s+"
    r"([A-Za-zÀ-ÿ][a-zà-ÿ'’]{2,})\b"
    # or on the phone: "Ho al telefono la Castellani: …"
    r"|^\W*(?i:ho|c['’]è|c['’]e)\s+(?i:al\s+telefono|in\s+linea)\s+(?i:il\s+signor|la\s+signora|la|il)?\s*"
    r"([A-ZÀ-Ý][\w'’]+)\b"
    # or who cannot come, by first name and surname, maybe the day between: "La Rita Ferrandi giovedì non può: …"
    r"|^\W*(?i:il\s+|la\s+)?([A-ZÀ-Ý][\w'’]+\s+[A-ZÀ-Ý][\w'’]+)\s*,?\s+(?:(?i:[a-zà-ÿ]+)\s*,?\s+){0,2}"
    r"(?i:non\s+(?:può|puo|ce\s+la\s+fa|riesce|viene))\b"
)
"""Who called or told, named first: "Quaranta ha chiamato: il tagliando della Musa …", "Pagnotta mi ha detto che …"
(a surname, no number)."""


_CALLED_HEARD = re.compile(r"(?<!\w)(?i:accamato|acchiamato|acciamato)(?!\w)")
"""What whisper writes for "ha chiamato" said fast (misheard.SAID_AS puts the same back in the words)."""
_OPENER = re.compile(r"^\W*(?:(?i:senti|allora|ascolta|guarda|dunque|ehm|emm|ecco|ok|okay|ciò|cio)\b[\s,.;:!…]*)+")
"""Words said before a relayed request ("Senti, ha chiamato la Gherardini: …"): who called is still named first."""


_SURNAME_PERSON = re.compile(rf"\b(?i:the)\s+([A-ZÀ-Ý][a-zà-ÿ'’]{{2,}})\s+(?:{'|'.join(sorted(PEOPLE))})\b")
"""A customer named in English by surname and "lady", "chap" … ("send the Sbarbati lady a reminder"), written
capitalised, no word a table knows."""
_TO_HER = re.compile(
    r"\b(?:(?i:conferma|promemoria|mail|e-mail|email|sms|messaggio|whatsapp)\s+(?i:alla|alla\s+signora)|"
    r"(?i:scrivi|scrivigli|scrivile)\s+(?i:a|ad|alla))\s+([A-ZÀ-Ý][\w'’]+)\b"
)
"""Whom a message goes to, by surname: "una mail di conferma alla Palumbo", "scrivi a Rossi che …"."""


def _called_put_back(text: str) -> str:
    """The text with "ha chiamato" put back where whisper ran it together or cut its "ha" ("Senti, accamato la
    Gherardini: …"), so who called is read from it as from the words said whole."""
    return _CALLED_HEARD.sub("ha chiamato", text)


def _name_before_plate(name: str) -> str:
    """An owner's surname and the plate written right after it ("di Amoruso GH712FR"): the surname alone (a
    known word after it stays part of what is judged: "della Ferenze Torino" is a plate's cities, no owner)."""
    first, _, second = name.partition(" ")
    plate_like = any(c.isdigit() for c in second) or (len(second) > 1 and second.isupper())
    return first if second and plate_like else name


def _customer(text: str, heard: list[str] | None = None) -> str | None:
    """ "signor Rossi", "Mr Smith", "cliente Bianchi"; else an owner after "di" ("la Panda di Rossi"). With
    `heard` (the tokens after self-corrections), a name said by title that was taken back ("il signor Rossi...
    no, il signor Bianchi") is passed over for the one said instead."""
    from engine.fastpath.vocabulary import known_words

    titled = [
        t for t in _NAME.finditer(text)
        if not (t.group(0)[:6].lower() in ("misses", "missus") and set(tokenize(t.group(1))) & known_words())
    ]  # "she misses Monday's slot": a verb, no Mrs Monday
    if heard is not None:
        titled = [t for t in titled if set(tokenize(t.group(1))) <= set(heard)] or titled[:1]
    m = titled[0] if titled else None
    if m:
        # "Mr Rossi's booking": the name without the English possessive, which ends it ("Ms. Panzeri's Luxgen
        # service", set 44: the make on file after it is her car, no second word of her name)
        name = re.split(r"['’]s\b", m.group(1))[0].strip()
        if heard is not None and name.endswith("s") and name[:-1].lower() in heard and name.lower() not in heard:
            name = name[:-1]  # "Mr. Zanons away": the "'s" written run on, put apart (`misheard`)
        first, _, second = name.partition(" ")
        # "signor Bianchi Prenota…": a known word is not part of the name
        return f"{first} {second}" if second and not _name_words(second) & known_words() else first

    for person in _SURNAME_PERSON.finditer(text):  # "send the Sbarbati lady a reminder"
        name = person.group(1)
        if not set(tokenize(name)) & known_words() and (heard is None or set(tokenize(name)) <= set(heard)):
            return name

    booking_of = [m for m in _BOOKING_OF_UNCAPITALISED.finditer(text) if m.group(1).lower() not in _BOOKING_OF_WORDS]
    for lower in (*_NAME_UNCAPITALISED.finditer(text), *booking_of):
        name = lower.group(1)
        if not set(tokenize(name)) & known_words() and (heard is None or set(tokenize(name)) <= set(heard)):
            return name.capitalize()

    to = _ADDRESSEE.search(text) or _TO_HER.search(text)
    if to and not set(tokenize(to.group(1))) & known_words():
        return to.group(1)
    caller = _CALLER.match(_OPENER.sub("", _called_put_back(text)))
    said = caller and next((g for g in caller.groups() if g), None)
    if said and not set(tokenize(said)) & known_words():
        return said[:1].upper() + said[1:]  # "la guidotti ha chiamato": the surname written as names are
    for owner in _OWNER.finditer(text):
        name = _name_before_plate(owner.group(1))
        # a surname is written Capitalised: "della GH 907 MN" is a plate's letters, "di T4-7-2SL" its digits
        capitalised = all(w[1:].lower() == w[1:] or _ELIDED_NAME.fullmatch(w) for w in name.split())
        # "di feri matte di Alenove": a time run together ("alle nove") is no owner, and taking it would hide the
        # owner said in lower case before it
        gone = heard is not None and not set(tokenize(name)) <= set(heard)
        told = _name_words(name) & (known_words() | _PERSON_TOLD)
        if capitalised and not gone and not told and not any(c.isdigit() for c in name):
            return name
    return None


_PERSON_TOLD = frozenset({"signore", "signori", "signora", "signorina", "anziano", "anziana", "anziani", "ragazzo",
                          "ragazza", "ragazzi", "tizio", "tizia", "uomo", "donna", "cliente", "clienti", "meccanico",
                          "figlio", "figlia", "marito", "moglie", "nonno", "nonna"})  # fmt: skip
"""Words that tell a person by what they are, capitalised by whisper ("quella del Signore Anziano", "la macchina
del Ragazzo"): no surname, so no owner to look the vehicle up by."""


_ELIDED_NAME = re.compile(r"[DL]['’][A-ZÀ-Ý][a-zà-ÿ]+")
"""A surname with its elided particle, written as it is ("D'Angelo", "L'Abbate"): capitalised twice."""


def _name_words(name: str) -> set[str]:
    """The words of a name that must be no word the fast path knows: its particles ("De Luca", "D'Angelo") are
    words it knows, so they are left out when a surname follows them ("Lo" alone is no name)."""
    words = tokenize(name)
    return {w for k, w in enumerate(words) if w not in surnames.PARTICLE_WORDS or k == len(words) - 1}


_WHOSE = frozenset({"di", "del", "della", "dello"})
_SURNAME_LETTERS = 4


def _after_numbered_vehicle(tokens: list[str]) -> int:
    """Where the words after a vehicle named by a number begin ("la 1 della …"), or -1 when none is."""
    return next((i + 1 for i in range(len(tokens)) if number_names_vehicle(tokens, i)), -1)


_OWNER_AFTER_MODEL = re.compile(r"(?i:\b([a-z0-9-]+)\s+(?:di|del|della)\s+)([A-ZÀ-Ý][a-zà-ÿ'’]{2,})\b")
_NOT_AN_OWNER = frozenset({"mattina", "pomeriggio", "sera", "notte", "oggi", "domani", "dopodomani", "ieri", "nuovo",
                           "prima", "dopo", "mezza", "mezzogiorno", "colore", "color", "targa"})  # fmt: skip


_CAR_READS = frozenset({"vehicle_history", "vehicle_appointments"})
"""Reads of one car, found by its description and owner ("quando ha fatto il tagliando la 500 di Monti?")."""


def _owner_unread(text: str, slots: dict[str, Any]) -> str | None:
    """The owner of a car described, said as a Capitalised word the parser knows as another word ("la Yaris di Monti":
    "monti" a verb too), no day, time or person word; else None. Left untaken, a write found by the description alone
    (a workshop with one Yaris) would be made for whoever owns that car: taken, the car is found by both."""
    from engine.fastpath.vehicles import COLOUR_WORDS, COLOURS

    model = str((slots.get("vehicle_description") or {}).get("model") or "").lower().split()
    if not model:
        return None
    no_owner = _DAY_NAMED | set(MONTHS) | set(WEEKDAYS) | _NOT_AN_OWNER | _PERSON_TOLD
    # the owner said after the car's colour or shade too ("la Focus grigio scuro di Marino", "la 500 verde di Monti")
    car_words = {model[-1], *COLOURS, *(COLOUR_WORDS - {"color", "colore"})}
    return next(
        (word for said, word in _OWNER_AFTER_MODEL.findall(text)
         if said.lower() in car_words and word.lower() in known_words() and word.lower() not in no_owner
         and word_to_number(word.lower()) is None),
        None,
    )


def _model_unread(tokens: list[str], slots: dict[str, Any]) -> bool:
    """A vehicle named by a number whose model is not read ("la 1 della Zambelletti", "la Uno della …": the Uno, or
    the A1 with its letter lost) and no model said besides: the owner's one car on file may not be the car said."""
    described = slots.get("vehicle_description") or {}
    return not described.get("model") and (_after_numbered_vehicle(tokens) >= 0 or _car_word_unread(tokens))


_CAR_ARTICLES = frozenset({"la", "il", "lo", "alla", "al", "allo", "sulla", "sul"})


def _car_word_unread(tokens: list[str]) -> bool:
    """A car named by a word no table knows, right after its article and before its owner ("alla Cuyo Blue di
    Valentina Conte serve la revisione …", whisper's for "alla Clio blu"): the word dropped, the owner's one car on
    file would be booked whatever car was said, so the write is said back whole (as a number's model unread is)."""
    from engine.fastpath.vehicles import COLOURS
    from engine.fastpath.vocabulary import known_words

    known = known_words()
    for k in range(len(tokens) - 2):
        word = tokens[k + 1]
        if tokens[k] not in _CAR_ARTICLES or not word.isalpha() or len(word) < 3 or word in known:
            continue
        between = tokens[k + 2]  # a colour may come between ("alla Cuyo Blue di …")
        if between in _WHOSE or (tokens[k + 3 : k + 4] and tokens[k + 3] in _WHOSE and (between not in known or between in COLOURS)):
            return True
    return False


def _owner_after_vehicle(tokens: list[str], desc: VehicleDescription, used: set[int]) -> str | None:
    """ "l'ultimo tagliando alla capture bianca di rizi": an owner whisper wrote in lower case, taken only right
    after the vehicle said (its model or colour, then "di"), when it is no word the fast path knows, no letter or
    number of a plate and nothing of one follows it. A name so heard is checked against the owners on file (a write
    whose owner does not match is said back whole). The vehicle may be one named by a number heard as a digit ("la
    1 della tartagione, GY 280 T": the Uno, `number_names_vehicle`), its model not guessed: then only with a plate
    heard too (`used` holds its words), the name telling apart the cars that plate may be, never the car by itself
    ("prenota la 1 della zambelletti" would book her only car, whatever the "1" was)."""
    from engine.fastpath.plate_symbols import LETTER_WORDS

    k = desc.end if not desc.is_empty() else (_after_numbered_vehicle(tokens) if used else -1)
    if k < 0 or k + 1 >= len(tokens) or tokens[k] not in _WHOSE or k + 1 in used:
        return None
    heard, after = tokens[k + 1], tokens[k + 2] if k + 2 < len(tokens) else ""
    plate_after = after.isdigit() or after in LETTER_WORDS or word_to_number(after) is not None
    if (
        not heard.isalpha() or len(heard) < _SURNAME_LETTERS or heard in known_words() | _PERSON_TOLD
        or heard in LETTER_WORDS or word_to_number(heard) is not None or plate_after
    ):
        return None
    return heard.capitalize()


def _nato_echo(tokens: list[str], end: int) -> set[int]:
    """A NATO word said again right after a plate spelt with them, the sentence ending there ("… Delta Kilo 358 Delta
    Yankee Delta", set 50, over noise): an echo of the spelling, no Lancia Delta or VW Golf named after the plate
    (where it is asked about as a second car)."""
    spelt = end >= 2 and tokens[end - 1] in NATO_WORDS and tokens[end - 2] in NATO_WORDS
    return {end} if spelt and tokens[end:] and tokens[end] in NATO_WORDS and end + 1 == len(tokens) else set()


def _vehicle_slots(tokens: list[str], text: str, slots: dict[str, Any]) -> set[int]:
    """Fill plate / vehicle_description / customer; returns the token positions they used."""
    used: set[int] = set()
    plates = find_plates(tokens)
    distinct = {p.plate for p in plates}
    if len(distinct) > 1:
        slots["_conflict"] = "two_plates"
    if plates:
        slots["plate"] = plates[0].plate
        slots["_plate_italian"] = plates[0].italian_format
        used |= set(range(plates[0].start, plates[0].end))
        used |= _nato_echo(tokens, plates[0].end)
    desc = find_vehicle_description(tokens, used)
    if desc.several:
        slots["_conflict"] = "two_vehicles"
    if not desc.is_empty():
        slots["vehicle_description"] = desc.to_slot()
        # "il Sedici marrone": a model named by a number in words is no day ("dopodomani" the only one said)
        used |= {k for k in range(desc.start, min(desc.end, len(tokens))) if (tokens[k],) in MODELS
                 and tokens[k].isalpha() and word_to_number(tokens[k]) is not None}  # fmt: skip
    name = _customer(text, tokens) or _owner_after_vehicle(tokens, desc, used)
    said = set(tokenize(name)) if name else set()
    # "di Kiela" was "di chi è la", no Mr Kiela; "della Gb, 2.81 zm" and "della Empolioteo, 990 …" are a
    # plate's letters heard as a name
    if said and said <= set(tokens) and not said & {tokens[k] for k in used}:
        slots["customer"] = name
        # "la Musa di Quaranta": a surname that is a number is no stray number, nor one a time or day reads
        used |= {
            k for k, t in enumerate(tokens)
            if t in said and (k == 0 or tokens[k - 1] in _BEFORE_NAME or tokens[k - 1] in said)
        }  # fmt: skip
    return used


_BEFORE_NAME = frozenset(
    {"di", "del", "della", "dal", "dalla", "al", "alla", "signor", "signora", "signorina", "sig", "dottor",
     "dottoressa", "dott", "cliente", "mr", "mrs", "ms", "miss", "of", "customer"}
)  # fmt: skip
"""Said right before a customer's surname: the words whose surname is read as the name, never a number."""


_DATE_RUN_ON = re.compile(r"^\d{1,3}[a-z]{2,}$")
_CLOCK_OR_NTH = frozenset({"am", "pm", "st", "nd", "rd", "th", "ore", "oclock"})
"""Run onto a number after a weekday, they are its hour or its English ordinal ("Friday 10am", "Friday 11th")."""


def _date_unheard(tokens: list[str], mention: DateMention) -> bool:
    """A weekday followed by a word no table knows ("giovedì tradicemo": giovedì 3 dicembre): its date was
    said but not heard, so which Thursday is asked, never taken as the coming one."""
    from engine.fastpath.vocabulary import known_words

    after = tokens[mention.end] if mention.weekday is not None and mention.end < len(tokens) else ""
    if len(after) > 2 and after.isalpha() and after not in known_words() and word_to_number(after) is None:
        return True
    if _DATE_RUN_ON.match(after) and after not in known_words() and after.lstrip("0123456789") not in _CLOCK_OR_NTH:
        return True  # "giovedì 13mbre": its date run into its month, unheard; never the coming Thursday
    # "topo domani": "dopodomani" heard apart, its first half misheard; not tomorrow for sure
    before = tokens[mention.start - 1] if mention.start > 0 and tokens[mention.start] == "domani" else ""
    return before.isalpha() and before not in known_words() and one_sound_apart(before, "dopo")


_OLD_DAY_INTENTS = ("move", "cancel", "send_confirmation", "send_reminder")


def _day_or_month_first(tokens: list[str]) -> bool:
    """A date written in figures in English whose two numbers could each be the month ("12/4": the 12th of April as
    read here, day first, but December the 4th in America): a write on it is said back whole with the day read out,
    never written unheard. "4/12" said in Italian, or "25/12" (no 25th month), is the one day."""
    from engine.fastpath.heard_en import reads_english

    if not reads_english(tokens):
        return False
    for said in tokens:
        parts = said.split("/")
        if len(parts) in (2, 3) and all(p.isdigit() for p in parts):
            first, second = int(parts[0]), int(parts[1])
            if first != second and 1 <= first <= 12 and 1 <= second <= 12:
                return True
    return False


_DAY_READS = frozenset({"day_appointments"})
"""Reads whose day, when none is read, is today: a day said but not heard must not become today there."""
_DAY_GLUED = re.compile(r"^(?:[a-z]{1,2}(\d{1,2})|(\d{1,2})[a-z]{2,})$")
_LONG_MONTHS = tuple(m for m in MONTHS if len(m) > 4)
_MODEL_BEFORE = frozenset({"la", "della", "dalla", "sulla", "nella", "alla", "quella", "una", "sua", "sull", "dell"})
"""Said right before a letter and a number run together, they make it a car's model ("chi c'è in officina con la
F8?", "la X5 della Rossi"): a car is "la", a day of the month "il" ("il D18 di Gembre")."""


def _day_unread(tokens: list[str], consumed: set[int]) -> bool:
    """A day of the month said but read as no date: a number of 1 to 31 run into a letter ("il D18 di Gembre":
    venerdì 18 dicembre, set 39), or a word no table knows a sound or so from a month ("gembre", "novembra").
    The day's agenda is then asked for which day, never read as today's; a number no date, time or plate holds
    said bare ("chi entra il 18?" is read) is left to the dates. A plate read in it ("il 18mbre" as 18MBRE) is no
    car of a day's agenda, so it is looked at too; a model ("la F8", one the tables know) is no day."""
    known = known_words()
    for i, tok in enumerate(tokens):
        if i in consumed or tok in known or (tok,) in MODELS:
            continue
        glued = _DAY_GLUED.match(tok)
        if glued and i and tokens[i - 1] in _MODEL_BEFORE:
            continue
        if glued and tok.lstrip("0123456789") not in _CLOCK_OR_NTH and 1 <= int(glued.group(1) or glued.group(2)) <= 31:
            return True
        if tok.isalpha() and len(tok) > 4 and (
            tok.endswith("mbre") or any(one_sound_apart(tok, month) for month in _LONG_MONTHS)
        ):
            return True
    return False


def _glued_day_of_month(tokens: list[str], consumed: set[int], today: date) -> date | None:
    """The day of a day's agenda said as a number run into a letter right before its month ("Venerdì 4 dicembre
    quante auto ci entrano?" heard "Venne il D4 di cembre …", set 41): the letter the weekday's last sound, the
    number and the month read as the date they say; else None (no month heard right after it: "il D18 di Gembre"
    is asked, `_day_unread`). Reads only: a write never takes a day from a run-on."""
    for i, tok in enumerate(tokens[:-1]):
        glued = _DAY_GLUED.match(tok)
        if i in consumed or glued is None or glued.group(1) is None or tokens[i + 1] not in MONTHS:
            continue
        dates = extract_datetime([glued.group(1), tokens[i + 1]], today).dates
        if len(dates) == 1 and not dates[0].ambiguous:
            return dates[0].day
    return None


def _todays_weekday(mention: DateMention, today: date) -> bool:
    """Is `mention` today's weekday said bare ("mercoledì" on a Wednesday): as the day an appointment has, today's
    or next week's, whichever holds it (engine.fastpath.steps.find_appointment looks at both, asks if both do)."""
    return mention.weekday is not None and mention.weekday == today.weekday() and mention.day > today


def _when_slots(tokens: list[str], today: date, slots: dict[str, Any], intent: str) -> None:
    dt = extract_datetime(tokens, today)
    mentions: list[DateMention] = dt.dates
    if any(_date_unheard(tokens, m) for m in mentions):
        slots["_conflict"] = "which_day"
    if intent not in _OLD_DAY_INTENTS and any(m.ambiguous for m in mentions):
        slots["_conflict"] = "which_day"
    if intent in _OLD_DAY_INTENTS:
        old: DateMention | None = None
        new: DateMention | None = None
        if intent == "move":
            can_only = [m for m in mentions[:-1] if m.start > 0 and tokens[m.start - 1] in ("solo", "soltanto")]
            if can_only:
                # "ce la fa solo venerdì: spostalo a venerdì alle 10": the day the customer can is the new one,
                # not the one the appointment has; another day said as new is a contradiction, asked
                mentions = [m for m in mentions if m not in can_only]
                if any(m.day != mentions[-1].day for m in can_only):
                    slots["_conflict"] = "two_dates"
            if len(mentions) == 2 and cues.old_day_after_than(tokens, mentions[-1].start):
                new, old = mentions[0], mentions[-1]  # "he'd rather come on the 10th than the 9th"
            elif len(mentions) == 2 and _said_instead(tokens, mentions[-1]) and not _said_instead(tokens, mentions[0]):
                new, old = mentions[0], mentions[-1]  # "la facciamo domani alle 5 invece che mercoledì"
            elif len(mentions) == 2 and _new_day_said_first(tokens, mentions[0], mentions[-1]):
                new, old = mentions[0], mentions[-1]  # "sposta a venerdì 4 alle 10 l'appuntamento di giovedì 3"
            elif len(mentions) >= 2:
                old, new = mentions[0], mentions[-1]
            elif len(mentions) == 1:
                m = mentions[0]
                before = tokens[m.start - 1] if m.start > 0 else ""
                time_first = 0 <= dt.time_start < m.start <= dt.time_start + 5
                of_day = before in ("di", "del", "dello", "della", "from", "of", "da", "dal") or tokens[m.start] == "dell"
                slot_first = _slot_hour_before(dt, m, tokens) is not None  # "quello delle 11 di venerdì": its hour
                if of_day and (slot_first or not time_first):
                    old = m  # "l'appuntamento di domani"; but "alle 15 di domani" is the new day
                    if len(dt.times) == 2 and find_any(tokens, cues.SAME_DAY) is not None:
                        new = m  # "… spostalo alle 4 del pomeriggio, stesso giorno": another hour, the day kept
                else:
                    new = m
                    if before not in _TO_NEW_DAY and find_any(tokens[m.end :], cues.SAME_DAY) is not None:
                        old = m  # "lunedì 15 febbraio: …, mettila alle 4 e mezza, sempre quel giorno": its day kept
        elif mentions:
            old = mentions[0]
            if len({m.day for m in mentions}) > 1:
                slots["_conflict"] = "two_dates"
        pair = _old_and_new_time(dt, old, new, tokens) if intent == "move" else None
        if intent == "move" and pair is None and old is not None and new is not None:
            pair = _slot_hour_before(dt, old, tokens)
        instead = _instead_of(dt, tokens) if intent == "move" and pair is None else None
        if instead is not None:
            # "domani alle 5 invece che alle 3": the time said after "invece che" is the one it had
            slots["old_time"], slots["time"] = instead[0].time, instead[1].time
            dt.conflicts = [c for c in dt.conflicts if c != "two_times"]
        elif (
            intent == "move"
            and find_any(tokens, INSTEAD) is not None
            and "two_times" not in dt.conflicts
            and not _instead_of_weekday(tokens, old, new)
        ):
            dt.conflicts.append("two_times")  # "alle 5 invece che alle 5", "invece che domani": which time?
        if pair is not None and old is not None and new is not None:
            # "domani alle 3 … rimandala a martedì alle 9": each day with its own time
            slots["old_time"], slots["time"] = pair[0].time, pair[1].time
            # each time against the part of the day said with its own day ("stamattina alle 11 … a oggi
            # pomeriggio alle 5"), not against the first part said anywhere
            own_parts_agree = all(
                _part_between(tokens, day.start, moment.end) in (None, moment.part)
                for day, moment in ((old, pair[0]), (new, pair[1]))
            )
            dt.conflicts = [c for c in dt.conflicts if c not in ("two_times", "time_vs_part_of_day")]
            if not own_parts_agree:
                dt.conflicts.append("time_vs_part_of_day")  # "a martedì mattina alle 4": which 4?
            same_day = old.day == new.day
            dt.part_of_day = dt.part_of_day if _part_said(tokens) and not same_day else pair[1].part
        if (
            pair is None and old is not None and new is not None and old.end <= new.start
            and "time_vs_part_of_day" in dt.conflicts and len(dt.times) == 1 and dt.time_start > new.start
            and _part_between(tokens, new.start, len(tokens)) == dt.times[0].part
            and _part_between(tokens, old.start, new.start) not in (None, dt.times[0].part)
        ):  # fmt: skip
            # "domani mattina non può: mettila a martedì alle 4 del pomeriggio": the morning is the old day's
            dt.conflicts = [c for c in dt.conflicts if c != "time_vs_part_of_day"]
            dt.part_of_day = dt.times[0].part
        if any(m.ambiguous and not (m is old and _todays_weekday(m, today)) for m in mentions):
            slots["_conflict"] = "which_day"
        if old is not None:
            slots["old_date"] = old.day.isoformat()
        if new is not None:
            slots["date"] = new.day.isoformat()
            if new.until:
                slots["date_to"] = new.until.isoformat()
        if dt.time and pair is None and instead is None:
            time_is_old = (
                old is not None and (new is None or dt.time_start < new.start or new.start < old.start)
                and dt.time_start >= old.start  # "… on Thursday than Friday at 9": the old day's hour
                and not (new is None and _moved_between(tokens, old.end, dt.time_start))
            )
            slots["old_time" if time_is_old or intent != "move" else "time"] = dt.time
    else:
        days = {(m.day, m.until) for m in mentions}
        if len(days) > 1:
            slots["_conflict"] = "two_dates"
        if mentions:
            first = mentions[0]
            preceding = tokens[max(0, first.start - 2) : first.start]
            if preceding[-1:] in (["entro"], ["by"], ["before"]) or preceding == ["prima", "di"]:
                # "entro venerdì": the first free slot from today up to that day
                slots["date"], slots["date_to"] = today.isoformat(), (first.until or first.day).isoformat()
                slots["first_free"] = True
            else:
                slots["date"] = first.day.isoformat()
                if first.until:
                    slots["date_to"] = first.until.isoformat()
                if preceding[-1:] in (["da"], ["dal"], ["from"], ["starting"]) or preceding == [
                    "partire",
                    "da",
                ]:
                    slots["open_ended"] = True  # "dal 3 dicembre": from that day on
        if dt.time:
            slots["time"] = dt.time
    if intent in cues.WRITE_INTENTS and (
        tokens[-1:] in (["alle"], ["ore"], ["at"])
        or tokens[-2:] in (["at", "half"], ["half", "past"], ["quarter", "past"], ["quarter", "to"])
    ):
        slots["_conflict"] = "time_cut"  # "… a oggi pomeriggio alle": the time itself was cut off
    elif intent in cues.WRITE_INTENTS and not dt.time and _hour_unheard(tokens):
        slots["_conflict"] = "time_cut"  # "lunedì 14 alle piaci": an hour said but not heard, asked, never the first free
    day_asked = slots.get("_conflict") in _DAY_CONFLICTS  # "giovedì 13 9": which day first, never its time
    if intent in cues.WRITE_INTENTS and not day_asked and _stray_number(tokens, dt.consumed):
        slots["_conflict"] = "stray_number"  # "giovedì 10 e mezza": a time said without "alle"
    elif intent in cues.WRITE_INTENTS and (stray := _stray_day(tokens, dt.consumed)) is not None:
        slots["_conflict"] = stray
    glued = _glued_day_of_month(tokens, dt.consumed, today) if intent in _DAY_READS and "date" not in slots else None
    if glued is not None and "_conflict" not in slots:
        slots["date"] = glued.isoformat()  # "Venne il D4 dicembre quante auto ci entrano?": the 4th of December
    if intent in _DAY_READS and "date" not in slots and "_conflict" not in slots and _day_unread(tokens, dt.consumed):
        slots["_conflict"] = "which_day"  # "Venne il D18 di Gembre, quanti ne entrano?": which day, never today
    if dt.part_of_day:
        slots["part_of_day"] = dt.part_of_day
    if dt.conflicts:
        slots["_conflict"] = dt.conflicts[0]
    slip = next((m for m in dt.dates if m.weekday_said is not None), None)
    if slip is not None and slip.weekday_said is not None:
        # "martedì 9 dicembre", the 9th a Wednesday: which of the two is asked first, before any time
        slots["_conflict"] = "weekday_vs_date"
        slots["_weekday_said"] = weekday_near(slip.day, slip.weekday_said, today).isoformat()
        slots["_date_said"] = slip.day.isoformat()  # a cancel's or a move's old day is no "date" slot
    if slots.get("_conflict") == "which_day" and not any(_date_unheard(tokens, m) for m in dt.dates):
        meant = _weekday_meant(dt.dates, today)
        # "giovedì prossimo" said on a Monday: "Giovedì 10 dicembre o giovedì 17 dicembre?"; only of the day to come (a
        # move's new day, a booking's), the answer's day being that one (an appointment's own day is found, not named)
        if meant is not None and slots.get("date") in meant and "old_date" not in slots:
            slots["_days_meant"] = list(meant)


def days_meant(slots: dict[str, Any]) -> list[str]:
    """The two days a booking's or a move's new day said alone may mean (`_weekday_meant`), while it is still the day
    to come asked about: never once read as the day an appointment has ("mercoledì non può: …", its old day)."""
    meant = list(slots.get("_days_meant") or [])
    return meant if slots.get("date") in meant and "old_date" not in slots else []


def _weekday_meant(mentions: list[DateMention], today: date) -> tuple[str, str] | None:
    """The two days a weekday said alone may mean, when it is the one day asked about: "giovedì prossimo" said earlier
    in the same week (this Thursday or next week's?) or today's weekday said bare (today or in a week?), in the order
    of the calendar; else None (the question names no days)."""
    ambiguous = [m for m in mentions if m.ambiguous]
    if len(ambiguous) != 1 or ambiguous[0].weekday is None:
        return None
    day = ambiguous[0].day
    other = day - timedelta(days=7) if day - timedelta(days=7) >= today else day + timedelta(days=7)
    first, second = sorted((day, other))
    return first.isoformat(), second.isoformat()


_MADE_TO = (cues.CUES["move"], cues.PUT_FORMS, cues.MADE_FORMS)
_OF_OLD_DAY = frozenset({"di", "del", "dell", "dal", "da", "from", "of"})


def _new_day_said_first(tokens: list[str], first: DateMention, second: DateMention) -> bool:
    """A move said with its new day first, right after its verb and "a", and the day the appointment had after
    it with "di" ("sposta a venerdì 4 alle 10 l'appuntamento di giovedì 3", "rimanda a lunedì la revisione di
    sabato"; set 35): the first day is the new one. Any other order or wording keeps the old day first."""
    to_at = first.start - 1
    if to_at < 1 or tokens[to_at] not in _TO_NEW_DAY or tokens[second.start - 1] not in _OF_OLD_DAY:
        return False
    said = tokens[max(0, to_at - 4) : to_at]
    return any(at + len(verb) == len(said) for forms in _MADE_TO for at, verb in find_all(said, forms))


def _moved_between(tokens: list[str], start: int, end: int) -> bool:
    """A move's verb said between the day an appointment has and the only time said ("la revisione di giovedì
    falla alle 5", "le gomme di mercoledì 9 spostale alle 4 e mezza"; set 31): that time is the new one, on the same
    day; said before the verb ("la revisione di giovedì alle 5, spostala") it is the one it had."""
    between = tokens[start:end]
    return any(find_any(between, forms) is not None for forms in _MADE_TO)


def _old_and_new_time(
    dt: DateTimeSlots, old: DateMention | None, new: DateMention | None, tokens: list[str]
) -> tuple[TimeMention, TimeMention] | None:
    """For a move said as "<old day> alle <t1> … <new day> alle <t2>": (t1, t2), each right after its own
    day (a part of the day between: "a oggi pomeriggio alle 5"); the same day twice only with two times
    ("stamattina alle 11 … a oggi pomeriggio alle 5"); any other order or count of times is None (asked as two
    times)."""
    times = dt.times
    if old is None or new is None or len(times) != 2:
        return None
    first, second = times
    if old.day == new.day and first.time == second.time:
        return None

    def gap(day_end: int, time_start: int) -> int:
        return sum(1 for t in tokens[day_end:time_start] if t not in _PARTS_SAID and t != "sempre")

    right_after = gap(old.end, first.start) <= 1 and gap(new.end, second.start) <= 1
    if old.end <= first.start < new.start <= second.start and right_after:
        return first, second
    # "venerdì alle 4 … spostala alle 9 e mezza, sempre venerdì": the new time said just before its day
    just_before = (
        set(tokens[second.end : new.start]) <= {"sempre", "di", "del"} and new.start - second.end <= 2
    )
    if old.end <= first.start < second.start and second.end <= new.start and just_before:
        return (first, second) if gap(old.end, first.start) <= 1 else None
    # the day kept, its hour said first as the one the customer cannot keep, the new one after the put verb ("Alle 3
    # la Pisapia è al lavoro: la revisione …, mercoledì 5 maggio, mettila alle 5, stesso giorno", set 50)
    if old is new and first.end <= old.start < old.end <= second.start:
        put = [*cues.CUES["move"], *cues.PUT_FORMS, *cues.MADE_FORMS]
        verb = find_any(tokens[old.end : second.start], put)
        if verb is not None and old.end + verb[0] + len(verb[1]) >= second.start - 1:
            return first, second
    return None


_TO_NEW_DAY = frozenset({"a", "al", "ad", "to", "per", "for"})
"""Said before the day a move goes to ("spostala a lunedì 15"): never the day it had, whatever is said after it."""
_CLOCK_WORDS = {"alle", "all", "le", "l", "ore", "at", "the"}
_SLOT_HOUR = frozenset({"delle", "dell"})
"""Said before the hour an appointment has, naming it ("quello delle 11 e mezza", "l'appuntamento dell'una")."""


def _slot_hour_before(dt: DateTimeSlots, day: DateMention, tokens: list[str]) -> tuple[TimeMention, TimeMention] | None:
    """For a move whose appointment is named by its hour and then its day ("quello delle 11 e mezza di venerdì 15
    gennaio spostalo alle 4 del pomeriggio", set 39): (that hour, the new one said after the day), else None. Only
    the hour said with "delle" right before "di <day>": "alle 15 di domani" is the new day's."""
    if len(dt.times) != 2:
        return None
    first, second = dt.times
    named = first.start > 0 and tokens[first.start - 1] in _SLOT_HOUR
    joined = first.end <= day.start and set(tokens[first.end : day.start]) <= {"di", "del"}
    return (first, second) if named and joined and second.start >= day.end else None


def _instead_of(dt: DateTimeSlots, tokens: list[str]) -> tuple[TimeMention, TimeMention] | None:
    """For a move with two times, one said right after "invece che" / "anziché" / "instead of" ("domani alle
    5 invece che alle 3", "alle 9 anziché alle 11"): (the time it had, the new time); else None."""
    if len(dt.times) != 2:
        return None
    for at, said in find_all(tokens, INSTEAD):
        k = at + len(said)
        while k < len(tokens) and tokens[k] in _CLOCK_WORDS:
            k += 1
        was = [t for t in dt.times if t.start == k]
        other = [t for t in dt.times if t.start != k]
        if len(was) == 1 and len(other) == 1 and was[0].time != other[0].time:
            return was[0], other[0]
    return None


_PARTS_SAID = {"mattina", "pomeriggio", "sera", "morning", "afternoon", "evening", "stamattina", "domattina"}


_MORNING_SAID = {"mattina", "morning", "stamattina", "domattina", "stamani", "mattino"}


_PART_ARTICLES = frozenset({"la", "il", "di", "del", "nel", "in"})
_STRONG_HOUR_AFTER = frozenset({"alle", "all", "ore", "at"})


def _instead_of_part(tokens: list[str]) -> list[tuple[int, int]]:
    """The spans of the part of the day an appointment had, said after "invece che" ("falle alle 4 e mezza invece
    che la mattina", set 34): the old part, no part of the new time (which then reads as its own hour does); with an
    hour after it ("invece che la mattina alle 9") it is left to `_instead_of`."""
    spans = []
    for at, said in find_all(tokens, INSTEAD):
        k = at + len(said)
        while k < len(tokens) and tokens[k] in _PART_ARTICLES:
            k += 1
        if k < len(tokens) and tokens[k] in _PARTS_SAID and not _STRONG_HOUR_AFTER & set(tokens[k + 1 : k + 2]):
            spans.append((at, k + 1))
    return spans


def _part_between(tokens: list[str], start: int, end: int) -> str | None:
    """The part of the day said in tokens[start:end], or None."""
    said = {"morning" if t in _MORNING_SAID else "afternoon" for t in tokens[start:end] if t in _PARTS_SAID}
    return said.pop() if len(said) == 1 else None if not said else "both"


def _part_said(tokens: list[str]) -> bool:
    return any(t in _PARTS_SAID for t in tokens)


_REQUIRED: dict[str, tuple[str, ...]] = {
    "book": ("vehicle", "service", "when"),
    "move": ("target", "new_when"),
    "cancel": ("target",),
    "lookup_plate": ("plate",),
    "vehicle_history": ("vehicle",),
    "day_appointments": (),
    "first_free_slot": ("service",),
    "send_confirmation": ("vehicle",),
    "send_reminder": ("vehicle",),
    "vehicle_appointments": ("vehicle",),
    "customer_vehicles": (),
}


def _missing(intent: str, slots: dict[str, Any]) -> list[str]:
    has_vehicle = bool(slots.get("plate") or slots.get("vehicle_description") or slots.get("customer"))
    out = []
    for need in _REQUIRED[intent]:
        if (need == "vehicle" and not has_vehicle) or (
            need == "target" and not (has_vehicle or slots.get("old_date"))
        ):
            out.append("vehicle")
        elif need == "service" and not slots.get("service"):
            out.append("service")
        elif (need == "when" and not (slots.get("date") or slots.get("first_free"))) or (
            need == "new_when"
            and not any(slots.get(k) for k in ("date", "time", "first_free", "time_shift"))  # "2 ore dopo"
        ):
            out.append("date")
        elif need == "plate" and not (slots.get("plate") or (slots.get("vehicle_description") or {}).get("model")):
            # "di chi è la Punto verde?": a car told by its model is looked up as any read is, the one found said
            # with its plate or which asked ("quel furgone bianco": no model, its plate asked)
            out.append("plate")
    if intent in ("send_confirmation", "send_reminder") and not slots.get("channel"):
        out.append("channel")  # said but not heard ("per Emael"): asked, never sent by another
    return out


UPKEEP_AS_A_WHOLE = ("manutenzione",)
"""'A che punto è la Fulvia con la manutenzione?' (set 33): how far along the car is with its upkeep as a whole, the
whole history shown, not only its tagliandi; a job named there ("coi tagliandi") still filters it."""


def fill_slots(main: list[str], text: str, today: date, intent: str, lang: str) -> dict[str, Any]:
    """The slots of one clause for `intent` ("_conflict" and "_plate_italian" are internal markers)."""
    slots: dict[str, Any] = {}
    used = _vehicle_slots(main, text, slots)
    masked = ["_" if i in used else t for i, t in enumerate(main)]
    services = find_services(masked)
    # "service history", "storico dei servizi": the whole history, not the service called "service"
    services = [
        m for m in services if masked[m.end : m.end + 1] not in (["history"], ["record"], ["records"])
    ]
    if intent == "vehicle_history" and find_any(masked, cues.HOW_FAR_ALONG) is not None:
        services = [m for m in services if masked[m.start : m.end] != list(UPKEEP_AS_A_WHOLE)]
    held = find_any(masked, cues.WORKS_ON_FILE) if intent == "vehicle_history" else None
    if held is not None and held[1][-2] in ("tra", "fra"):
        # the kinds of work listed as what is on file ("cosa c'è in archivio tra tagliandi e riparazioni?", set 47):
        # the whole record asked, not its tagliandi alone ("in archivio di tagliandi" still filters it)
        listed = range(held[0] + len(held[1]) - 1, held[0] + len(held[1]) + 2)
        services = [m for m in services if m.start not in listed]
    if services:
        categories = {s.kind.category for s in services}
        if len(categories) > 1:
            slots["_conflict"] = "two_services"
        slots["service"] = services[0].to_slot(lang)
    reminder_zone = main
    if intent == "send_reminder":
        ahead = cues.message_ahead(main)  # "un messaggio alla Rossi tre giorni prima": no reminder's word said
        ahead = cues.texted_ahead(main) if ahead is None else ahead  # "text him 48 hours before the MOT"
        rem_at = next((i for i, t in enumerate(main) if is_reminder_word(t)), len(main) if ahead is None else ahead)
        timing = next(
            (i for i in range(rem_at, len(main)) if main[i] in DAYS_EARLY or main[i] in ("stessa", "same")), -1
        )
        zone, zone_end = (max(rem_at, timing - 3), len(main)) if timing >= 0 else (rem_at, rem_at + 4)
        if timing >= 0:
            zone = _hour_left_whole(main, rem_at, zone)
        early = days_early_before(main, rem_at)
        if timing < 0 and early is not None:
            zone, zone_end = early, len(main)  # "mandale una mail 3 giorni prima per ricordarle …"
        evening = day_before_said_before(main, rem_at) if timing < 0 and early is None else None
        if evening is not None:
            zone, zone_end = evening, len(main)  # "mandale una mail la sera prima alle 7 per ricordarle …"
        opening = days_early_opening(main) if timing < 0 and early is None and evening is None else None
        if opening is not None:
            zone, zone_end = opening  # "Tre giorni prima delle pastiglie …, mandi un WhatsApp …": said first
        reminder_zone = main[zone:zone_end]
        reminder_time = time_span(reminder_zone)
        said_first = (
            day_before_opening(main)
            if timing < 0 and early is None and evening is None and opening is None and reminder_time is None
            else None
        )
        if said_first is not None:
            # "la sera prima della revisione della Rockette, …, alle 7 mandagli un WhatsApp" (set 49): how early said
            # first, the hour right before the message the reminder's, the words between the job's; an hour said
            # after the reminder's word is read there as before ("… fai partire un WhatsApp di promemoria verso le
            # 7", set 20)
            day_at, hour = said_first
            reminder_zone = main[day_at : day_at + 2] + (main[hour[0] : hour[1]] if hour else [])
            reminder_time = None
            for k in range(*(hour or (0, 0))):
                masked[k] = "_"
        if reminder_time is not None:
            for k in range(zone + reminder_time[0], zone + reminder_time[1]):
                masked[k] = "_"
        for k in range(zone, min(zone_end, len(main)) - 1):
            if main[k + 1] in ("giorni", "days", "hours"):
                masked[k] = "_"  # "due giorni prima": read by the reminder slot
                if main[k + 1] == "hours" and k > zone and word_to_number(main[k - 1]) is not None:
                    masked[k - 1] = "_"  # "forty eight hours before"
    # "la revisione del 9", "i freni del 4": the job's day by its date alone, read as "dell'11" is
    masked = ["dell" if cues.job_day_at(masked, k) else t for k, t in enumerate(masked)]
    if intent == "move":
        for start, end in _instead_of_part(masked):
            masked[start:end] = ["_"] * (end - start)
    _when_slots(masked, today, slots, intent)
    if find_any(main, cues.FIRST_FREE) is not None:
        slots["first_free"] = True
    if intent == "book" and "date_to" in slots:
        slots["first_free"] = True
    channel = cues.find_channel(main)
    if channel and intent in ("send_confirmation", "send_reminder"):
        slots["channel"] = channel
    if (
        intent in ("send_confirmation", "send_reminder")
        and not channel
        and not cues.channel_unheard(main, known_words())
    ):
        slots["channel"] = "whatsapp"  # no channel said: the workshop's usual one
    if intent == "send_reminder":
        slots["reminder"] = reminder_slot(reminder_zone)
        if reminder_days_unread(reminder_zone):
            slots["_conflict"] = "reminder_days"  # "20 days ahead": never the day before instead

    return slots


_HOUR_INTROS = frozenset({"alle", "all", "at", "ore", "verso", "le"})


def _hour_left_whole(main: list[str], rem_at: int, zone: int) -> int:
    """Where the reminder's words start: `zone` (three words before its "giorno prima"), or earlier, at the hour said
    whole with its part of the day, when `zone` would cut it ("un promemoria per email alle 7 di sera del giorno
    prima", set 39: "sera del giorno prima" alone left "alle 7" the appointment's and the reminder at 18:00). Only an
    hour said for its own sake ("alle", "verso"): "il tagliando delle 10 di mattina" is the appointment's."""
    span = time_span(main[rem_at:])
    if span is None:
        return zone
    first, end = rem_at + span[0], rem_at + span[1]
    if not (first < zone < end and main[first] in _HOUR_INTROS):
        return zone
    return first - 1 if first - 1 > rem_at and main[first - 1] in _HOUR_INTROS else first  # "verso le 8 di sera"


def heard_tokens(text: str) -> list[str]:
    """The tokens of a transcript, with the words whisper commonly mishears put back (engine.fastpath.misheard)
    and the self-corrections that can be resolved applied (a plate's: engine.fastpath.plates_spoken; a day's or
    a time's: engine.fastpath.corrections), and a service's mileage taken out ("il tagliando dei 30.000" is
    no time, day or stray number: engine.fastpath.mileage)."""
    return list(_heard_tokens(text))


@functools.lru_cache(maxsize=256)
def _heard_tokens(text: str) -> tuple[str, ...]:
    """`heard_tokens`, put back once for each text: a turn reads its words a dozen times (each parse, and the asks
    of first free slots, same times, plates taken back), each time through every repair of the misheard words."""
    return tuple(drop_mileage(resolve_corrections(take_back_plates(put_back(tokenize(text))))))


def first_free_given(tokens: list[str], cue_at: int) -> bool:
    """The booking read from the first free slot asked to be given ("dammi il primo buco che hai per le pastiglie",
    its cue at `cue_at`), no booking word said ("dammi la prima disponibilità e prenotala" orders it): said back."""
    given = find_any(tokens, cues.FIRST_FREE_GIVEN)
    return given is not None and given[0] == cue_at


def first_free_asked(text: str) -> bool:
    """Did the person ask for the first free slot in words ("il primo posto libero", "appena possibile")?
    A range said alone ("la settimana prossima", "entro venerdì") also books from its first free slot, but
    that time was not asked for: it is offered for a yes."""
    return find_any(heard_tokens(text), cues.FIRST_FREE) is not None


def same_time_asked(text: str) -> bool:
    """Did the person keep the old time in words ("da venerdì a lunedì, stessa ora")? A move with a day and no
    time said keeps the time too, but offers it for a yes."""
    return find_any(heard_tokens(text), cues.SAME_TIME) is not None


def plates_taken_back(text: str) -> tuple[str, ...]:
    """The plates said and then taken back in a transcript ("AB 123 CD, no, CE": AB123CD), one "?" for each
    character not said (engine.fastpath.plates_spoken.taken_back)."""
    return taken_back(put_back(tokenize(text)))


_CARRIED_FROM = frozenset({"da", "dal"})
"""Before the day an appointment is carried from: "da venerdì la portiamo a sabato …"."""
_CARRIED_BY_CUSTOMER = frozenset({"porta", "portano", "portare", "passare"})
"""The customer carrying their own appointment ("il tagliando di lunedì lo porta martedì", "uno dei clienti di sabato
vuole passare a lunedì", set 30): only after the job of a day said with "di" (`_JOB_OF_DAY`), a booking named; "da
lunedì la porta a martedì" may tell of when the car is brought, so stays no move. "passare" only wished, with "a"
before the day; "la signora di venerdì passa a lunedì" is someone coming by (test_job_passes_with_its_day_named)."""
_JOB_OF_DAY = frozenset({"di", "del"})
_CARRY = frozenset({"portiamo", "porti", "porto", "portate", "portala", "portalo", "portarla", "portarlo",
                    "portatela", "portatelo", "portamela", "portamelo",
                    # "passare" said the same way ("da martedì primo lo passiamo a venerdì 4", set 19)
                    "passiamo", "passi", "passate", "passala", "passalo", "passiamola", "passiamolo", "passarla",
                    "passarlo",
                    *_CARRIED_BY_CUSTOMER})  # fmt: skip


def _carried_to_another_day(tokens: list[str]) -> int | None:
    """Where "portare" (or "passare") moves an appointment: "da venerdì la portiamo a sabato", "il tagliando di
    lunedì lo porta martedì" (a day it is taken from before the verb, a day it goes to right after it, "a" between
    or not), else None ("la porta sabato" is no move: no day it is taken from)."""
    for k, tok in enumerate(tokens):
        if tok not in _CARRY:
            continue
        to = k + 2 if tokens[k + 1 : k + 2] in (["a"], ["al"], ["ad"]) else k + 1
        goes_to = tokens[to : to + 1]
        wished = tokens[k - 1 : k] in (["vuole"], ["vorrebbe"])
        if tok == "passare" and to == k + 1:
            continue  # "passare lunedì" is coming by
        # "vuole passare a lunedì": the customer's wish to carry it; "da mercoledì passare a giovedì": "passale"
        # heard as its infinitive, carried from the day said with "da"
        before = (
            _CARRIED_FROM if tok == "passare" and not wished
            else _JOB_OF_DAY if tok in _CARRIED_BY_CUSTOMER else _CARRIED_FROM | _JOB_OF_DAY
        )
        taken_from = any(tokens[i] in before and tokens[i + 1] in _DAYS_SAID for i in range(max(0, k - 4), k))
        if goes_to and goes_to[0] in _DAYS_SAID and taken_from:
            return k
    return None


_DAY_ASKED_BACK_MARK = re.compile(r"\b(giorno|data|quando)\s*\?", re.IGNORECASE)
_MADE_OUT = frozenset({"fallo", "falla", "falli", "falle", "fatelo", "fatela"})


def _taken_off_agenda(tokens: list[str]) -> bool:
    """ "… dall'agenda", "dal calendario": something taken off it (its verb not heard), never a read of it."""
    return any(
        tokens[i] in ("dall", "dal", "dalla", "from")
        and tokens[i + 1] in ("agenda", "calendario", "calendar")
        for i in range(len(tokens) - 1)
    )


def _taken_off_by(tokens: list[str]) -> int | None:
    """Where a cancel's own verb is said right before "dall'agenda" ("…, non viene più: levalo dall'agenda",
    "toglilo dal calendario"): the appointment taken off, the agenda only where from; else None (its verb not
    heard, refused as before)."""
    thrown = [(k, (tokens[k],)) for k, t in enumerate(tokens) if t in cues.THROWN_OFF]
    # put out of it: "un cliente prenotato entro mezzogiorno ha dato forfait. Fallo fuori dall'agenda" (set 50)
    thrown += [(k, (t,)) for k, t in enumerate(tokens) if t in _MADE_OUT and tokens[k + 1 : k + 2] == ["fuori"]]
    for at, cue in [*find_all(tokens, cues.CUES["cancel"]), *thrown]:
        after = at + len(cue)
        if tokens[after : after + 1] in (["via"], ["fuori"]):
            after += 1  # "tiralo via dal calendario" (set 46), "levalo via dall'agenda"
        if tokens[after : after + 1] and tokens[after] in ("dall", "dal", "dalla", "from") and _taken_off_agenda(
            tokens[after : after + 2]
        ):
            return at
    return None


_ROOM_READS = frozenset({"first_free_slot", "book"})
"""How room asked at a day and hour is read ("C'è posto domani alle 4 …?"; "… per montare le invernali …?", its job's
verb a booking's): a booking on condition of it is said after it."""


_CAR_SEARCHED = frozenset({"cerca", "cercami", "cerchi", "trova", "trovami", "trovi"})
_CAR_SEARCHED_ARTICLES = frozenset({"il", "la", "l", "lo"})


def _car_searched(tokens: list[str], in_plate: frozenset[int]) -> int | None:
    """ "mi cerchi la Polo rossa di Romano?", "trovami la Korando della Fontana": a car searched for by its model
    named right after the verb and its article (no plate said), a look-up of the car and its owner; where the verb
    is, else None. Only the opening words (the verb first, or after "mi"/"me"): "cerca di metterla …" is no search,
    nor a job searched ("cercami la revisione della Golf", `_job_searched`)."""
    start = 1 if tokens[:1] in (["mi"], ["me"]) else 0
    if len(tokens) < start + 3 or tokens[start] not in _CAR_SEARCHED or tokens[start + 1] not in _CAR_SEARCHED_ARTICLES:
        return None
    desc = find_vehicle_description(tokens, set(in_plate))
    if desc.is_empty() or desc.start != start + 2 or (tokens[start + 2],) not in MODELS:
        return None
    return start


_SEARCH = frozenset({"cerca", "cercami", "cerchi", "cercate"})
_SEARCH_ARTICLES = frozenset({"il", "la", "l", "lo", "le", "i", "gli"})


def _job_searched(tokens: list[str]) -> bool:
    """ "cerca il tagliando della Golf …", "cercami la revisione …": a job searched for, not a plate's owner (its
    appointment or its history, left to the model)."""
    for i in range(len(tokens) - 2):
        if tokens[i] in _SEARCH and tokens[i + 1] in _SEARCH_ARTICLES:
            said = find_services(tokens[i + 2 : i + 8])
            if said and said[0].start == 0:
                return True
    return False


def _model_words(tokens: list[str], in_plate: set[int]) -> set[int]:
    """Where the vehicle described is named by its model: "la Note beige" is a Nissan, no note to write down."""
    desc = find_vehicle_description(tokens, in_plate)
    if desc.is_empty():
        return set()
    return {i for i in range(desc.start, min(desc.end, len(tokens))) if (tokens[i],) in MODELS}


_WAIT_OPENING = re.compile(r"^\W*aspetta\s*(?:\.|…|,|!|:|;)", re.IGNORECASE)
""""Aspetta," opening the turn, set apart by a pause: the person gathering their words."""
_TYRES_HEARD_ASKED = re.compile(
    r"^(\s*(?:come|o\s+gomme)\s+(?:invernali|estive|termiche|quattro\s+stagioni|4\s+stagioni))\s*\?", re.IGNORECASE
)
"""A request opening with "gomme invernali" heard "Come invernali?": whisper took "come" for the question word and
wrote a question mark after it (misheard puts "gomme" back); the request is no question for that mark."""
_OR_NOT_ASKED = re.compile(r"\bo no\s*\?", re.IGNORECASE)
""""…, la batteria l'abbiamo sostituita noi o no? In che data?": "or not" closing a question, asked (no negation):
only where the request is a read; said of a write ("la prenoto o no?") it stays a negation, refused."""
_FILLER_OPENING = re.compile(r"^\W*(?i:h?m{1,4}h?|u+h*m+|e+h*m+)\s*[.,…!:;]+\s*(?=[^\W\d_]{3}|[a-zà-ÿ]{2}\b)")
""""M. Senti, il Lodgy …", "Mmh, allora …": a hesitation ("ehm") that whisper wrote as a lone "m" set apart by a
pause, then a word (two letters in lower case, or three or more): no letter of a plate, no word of the request."""
_NOTE_OPENING = re.compile(
    r"^\W*(?:(?:eh|ehm|allora|senti|senta|scusa|scusami|scusi|ok|okay|dunque|ecco|ascolta|bene|dai)\W+){0,3}"
    r"(?:prendi|prenda|prendete)\s+nota\s*(?:\.|…|,|!|:|;)",
    re.IGNORECASE,
)
""""Prendi nota: Lucid Air, DP 302 XF, cambio gomme giovedì …" (set 39): the dictation announced, set apart by its
pause, no note to add to anything ("prendi nota che la Rossi ha chiamato" stays a note); and after the counter's
opening words ("Eh, scusa, prendi nota: il Goldbug …", set 54), dropped with it."""
_NOTE_TAKEN = 2
"""The words of "prendi nota", dropped."""
_NOTE_REACH = 6
"""How far into the request "prendi nota" may open it (three opening words before it, as `_NOTE_OPENING` allows)."""
_NOTE_CLOSING = re.compile(r"(?:\.|…|,|!|:|;)\s*(?:prendi|prenda|prendete)\s+nota\W*$", re.IGNORECASE)
""""… Giovedì 10 dicembre alle 5 gli va bene: prendi nota." (set 51): the request said, then set down in so many words
after its pause, as "prendi nota:" opens one; nothing said after it ("prendi nota che la Rossi ha chiamato" stays a
note)."""
_WRITE_OPENING = re.compile(r"^\W*(?:scrivi|scriva|scrivete|segna|segni|segnate|annota|annoti|appunta)\s*(?:\.|…|!|:|;)",
                            re.IGNORECASE)  # fmt: skip
""""Scrivi: Zapatilla gialla di Canavesio, EH 9 7 9 WF, tagliando lunedì 11 gennaio alle 9 …" (set 48): the dictation
announced by the one word, set apart by its pause, as "prendi nota:" is; no message to write ("scrivi a Rossi che …",
"scrivigli", no pause, stay the message's)."""
_WRITE_WORDS = frozenset({"scrivi", "scriva", "scrivete", "segna", "segni", "segnate", "annota", "annoti", "appunta"})
_FILLERS = frozenset({"m", "mm", "mmm", "mmmm", "hm", "hmm", "mh", "mmh", "hmmm", "uhm", "uhmm", "ehm", "ehmm", "emm"})


def parse(
    text: str,
    *,
    language: str = "it",
    today: date | None = None,
    unknown_ok: bool = False,
    vehicle_in_focus: bool = False,
    guess: bool | str = False,
) -> Parse:
    """Understand one utterance. Pure: no I/O, no clock beyond `today` (default: the local date).

    A write request with words no table knows is refused ("unknown_words:…"): they may say something the
    fast path cannot do. `unknown_ok` takes it despite them, the words kept in `Parse.unknown`, for a
    caller that says every write of it back whole before making it (no model to hand the words to).
    `vehicle_in_focus`: a vehicle was just the subject of a request, so a history question naming none
    ("quando gli abbiamo fatto il tagliando?") is about a vehicle, missing from it ("missing:vehicle").
    `guess`: a request no rule reads ("no_intent") takes the intent the counter's own sentences point to
    (engine.fastpath.intent_guess), when they point to one clearly; so does one refused only for a word read past
    (`READ_PAST`), when that intent is the rules' too or they read none; a write so taken is said back ("guessed").
    An intent given as `guess` is taken as the one guessed (`taken_alone`: a booking the examples lean to)."""
    today = today or date.today()
    tokens = heard_tokens(text)
    as_said = _TYRES_HEARD_ASKED.sub(r"\1.", text)  # "Come invernali? …": "gomme", its question mark whisper's
    if _WAIT_OPENING.match(text) and tokens[:1] == ["aspetta"]:
        tokens = tokens[1:]  # "Aspetta... la batteria della MiTo": a pause before the request, no waiting
    if _FILLER_OPENING.match(text) and tokens[:1] and tokens[0] in _FILLERS:
        tokens = tokens[1:]  # "M. Senti, …": a hesitation before the request
    note_at = tokens.index("nota") if "nota" in tokens[:_NOTE_REACH] else -1
    if _NOTE_OPENING.match(text) and note_at >= 1:
        tokens = tokens[note_at + 1 :]  # "Prendi nota: …", "Eh, scusa, prendi nota: …": the dictation announced
    elif _WRITE_OPENING.match(text) and tokens[:1] and tokens[0] in _WRITE_WORDS:
        tokens = tokens[1:]  # "Scrivi: …": the same, in one word
    noted_last = bool(_NOTE_CLOSING.search(text)) and tokens[-1:] == ["nota"]
    if noted_last:
        tokens = tokens[:-_NOTE_TAKEN]  # "…: prendi nota.": the request set down, no note to add
    unknown_day = cues.day_asked_unknown(tokens)
    if unknown_day is not None:  # "… alle 9. Che giorno? Ancora non si sa, dipende dalle ferie": its day asked
        tokens = tokens[: unknown_day[0]] + cues.UNKNOWN_DAY_SAID
        as_said = _DAY_ASKED_BACK_MARK.sub(r"\1.", as_said)  # the speaker's own question, answered: no request asked
    not_known = cues.not_known(tokens)
    if not_known is not None:  # what is said not to be known is no words of the request
        tokens = tokens[: not_known[1]] + tokens[not_known[2] :]
        if not_known[0] == "time":  # "Could we take the Orbita … on Friday the 8th? He'll ring back with a time"
            tokens = tokens[cues.taken_in_time_to_come(tokens) :]
    forgotten = cues.name_forgotten(tokens)
    if forgotten is not None:  # "il nome del proprietario …? Non me lo ricordo": why it is asked, no negation
        tokens = tokens[: forgotten[0]] + tokens[forgotten[1] :]
    coming = cues.someone_coming(tokens)
    if coming is not None:  # "se arriva uno con le gomme da cambiare, …?": the customer to come, no condition
        tokens = tokens[: coming[0]] + tokens[coming[1] :]
    why = cues.read_why(tokens)
    if why is not None:  # "…, I need to know if I'm short-handed": why the read is asked, no condition
        tokens = tokens[: why[0]] + tokens[why[1] :]
    theirs = cues.their_confirmation(tokens)
    if theirs is not None:  # "…, the customer will confirm": no confirmation of ours to send
        tokens = tokens[: theirs[0]] + tokens[theirs[1] :]
    aside = find_any(tokens, cues.READING_ASIDE)
    if aside is not None and any(m.start >= aside[0] + len(aside[1]) for m in find_plates(tokens)):
        # "di chi è... aspetta che non la leggo bene... EY 283 BJ": reading the plate, no negation
        tokens = tokens[: aside[0]] + tokens[aside[0] + len(aside[1]) :]
    fetched = find_any(tokens, cues.PLATE_BEING_READ)
    if fetched is not None:  # "…? Aspetta che la leggo dal libretto.": the plate about to be read, no waiting
        tokens = tokens[: fetched[0]] + tokens[fetched[0] + len(fetched[1]) :]
    unneeded = cues.not_needed_after_cancel(tokens)
    if unneeded is not None:  # "togli la ricarica …, tanto d'inverno dice che non le serve": why, no words of it
        tokens = tokens[:unneeded]
    forgetful = cues.forgetful_first(tokens)
    if forgetful is not None:  # "Ciavarella si scorda sempre tutto: la sera prima …": why the reminder, no words of it
        tokens = tokens[: forgetful[0]] + tokens[forgetful[1] :]
    reminded = cues.reminder_why_after(tokens)
    if reminded is not None:  # "…, un SMS la sera prima così non se lo scorda": why the reminder, no negation
        tokens = tokens[:reminded]
    own = cues.own_time_after(tokens)
    if own is not None:  # "…, che alle 9 deve essere a Bergamo": the customer's own hour, why, no slot
        tokens = tokens[:own]
    lacked = cues.channel_lacking(tokens)
    if lacked is not None:  # "il WhatsApp non ce l'ha: mandagli un SMS": why the other channel, no negation
        tokens = tokens[: lacked[0]] + tokens[lacked[1] :]
    held_back = cues.booking_held_back(tokens)
    if held_back is not None:  # "quando si potrebbero fare le pastiglie? …, non prenotare": the read's limit
        tokens = tokens[: held_back[0]] + tokens[held_back[1] :]
    polite = cues.polite_if(tokens)
    if polite is not None:  # "…, Saturday morning if we can": a courtesy, no words of the request
        tokens = tokens[: polite[0]] + tokens[polite[1] :]
    would_be = cues.there_would_be(tokens)
    if would_be is not None:  # "ci sarebbe la Torres …, da mettere per la revisione …": "c'è", no hypothetical
        # and "ci sarebbe da fare il tagliando …" (set 47) the job due, as "c'è da fare" (`intents._DUE_TOLD`)
        due = ["c", "e"] if tokens[would_be[1] : would_be[1] + 2] == ["da", "fare"] else []
        tokens = tokens[: would_be[0]] + due + tokens[would_be[1] :]
    widened = cues.whole_day_instead(tokens)
    if widened is not None:  # "Domani mattina chi arriva per primo? Anzi, dimmi tutta la giornata": no hypothetical
        tokens = tokens[: widened[0]] + tokens[widened[1] :]
    relayed = cues.reported_request(tokens)
    if relayed is not None:  # "chiede se possiamo anticipare …": the request, asked (`Parse.careful`)
        tokens = tokens[: relayed[0]] + tokens[relayed[1] :]
    held = cues.held_if_free(tokens, asked=relayed is not None)
    if held is not None:  # "C'è posto domani alle 4 per …? …: se c'è, tienigliela": booked, if free (as every booking)
        tokens = tokens[: held[0]]
    riding = cues.coming_anyway(tokens)
    if riding is not None:  # "già che viene oggi per le gomme, …": the visit it rides on, no slot of the request
        tokens = tokens[: riding[0]] + tokens[riding[1] :]
    tokens = cues.past_visit_days(tokens)  # "di un signore che è passato stamattina": a day gone by, no slot
    why_before = symptom_said_before_day(tokens)
    if why_before is not None:  # "…: diagnosi, che gli si accende una spia, mercoledì 9 …": why, no words of it
        tokens = tokens[: why_before[0]] + tokens[why_before[1] :]
    or_not = None
    if _OR_NOT_ASKED.search(text):
        or_not = next((i for i in range(len(tokens) - 2, -1, -1) if tokens[i : i + 2] == ["o", "no"]), None)
        if or_not is not None:  # "…, l'abbiamo sostituita noi o no?": asked, no negation (a read only, below)
            tokens = tokens[:or_not] + tokens[or_not + 2 :]
    lang = detect_language(tokens, language)
    if not tokens:
        return Parse(text, None, reason="empty", language=lang)
    # a plate's letters are no words: "la GH 730 MA" holds no "ma" (but), "SE" no "se" (if)
    in_plate = {i for m in find_plates(tokens) for i in range(m.start, m.end)}
    # "quanti chilometri aveva all'ultima revisione?": the mileage of a past service, in its history
    km_asked = mileage_asked(tokens)
    km_words = set(range(*km_asked)) if km_asked else set()
    # "mercoledì 9 non gli va bene; mi richiama lui per il nuovo giorno": the day off, the new one to come
    unsuited = (
        cues.day_not_suiting(["_" if i in in_plate else t for i, t in enumerate(tokens)])
        if not_known is not None and not_known[0] == "date" else None
    )  # fmt: skip
    off_words = set(range(*unsuited)) if unsuited else set()
    # "the tyres on her Note, EC 483 JA", "la Note beige": the Nissan Note, no note to take
    named = weak_models_named(tokens, {m.start for m in find_plates(tokens)}) | _model_words(tokens, in_plate)
    unplated = ["_" if i in in_plate | km_words | off_words | named else t for i, t in enumerate(tokens)]
    # asked, or with no plate said nothing to write ("… ci sarebbe un'ora da dedicare a una revisione.", its "?"
    # unheard, set 45)
    blocker = cues.detect_blocker(unplated, question="?" in as_said or not in_plate)
    read_past = None  # a refusal only a guess agreeing with the rules takes the request past
    if blocker and guess and cues.detect_blocker(unplated, question="?" in as_said or not in_plate, guessing=True) is None:
        read_past = f"out_of_scope:{blocker}"  # "… e T245 mx" heard "se le fatta": whisper's "se", no condition
    elif blocker:
        return Parse(text, None, reason=f"out_of_scope:{blocker}", language=lang, confidence=0.1)
    has_service = bool(find_services(tokens))
    has_plate = bool(find_plates(tokens))
    has_vehicle = has_plate or not find_vehicle_description(tokens).is_empty() or bool(_customer(text))
    intent, cue_at, refusal = _main_intent(
        tokens,
        has_service=has_service,
        has_plate=has_plate,
        has_vehicle=has_vehicle,
        question="?" in as_said,
        vehicle_in_focus=vehicle_in_focus,
        time_to_come=not_known is not None and not_known[0] == "time",
        job_to_come=not_known is not None and not_known[0] == "service",
        asked_at=relayed[0] if relayed is not None else None,
    )
    if forgotten is not None and intent in cues.WRITE_INTENTS:
        return Parse(text, None, reason="out_of_scope:negation", language=lang, confidence=0.1)  # a read's why only
    if or_not is not None and intent in cues.WRITE_INTENTS:
        return Parse(text, None, reason="out_of_scope:negation", language=lang, confidence=0.1)  # a read's only
    if (coming is not None or why is not None) and intent in cues.WRITE_INTENTS:
        return Parse(text, None, reason="out_of_scope:hypothetical", language=lang, confidence=0.1)  # a read's only
    day_to_come = refusal == "no_intent" and not_known is not None and not_known[0] == "date"
    head_end = tail_start(tokens, -1, "book")
    why_last = symptom_said_last(tokens[:head_end]) if refusal == "no_intent" else None
    if why_last is not None:  # "…, domani alle 4 e mezza per la diagnosi, che le si accende una spia": why, no slot
        head_end = why_last
    verbless = (
        verbless_booking(
            tokens, head_end, as_said, today, day_alone=refusal == "no_intent", day_to_come=day_to_come,
            plate_to_come=refusal == "no_intent" and not_known is not None and not_known[0] == "plate",
        )
        if refusal == "no_intent" or intent in ("send_confirmation", "send_reminder")
        else None
    )
    if (
        verbless is None and intent in ("send_confirmation", "send_reminder") and message_added(tokens, head_end)
        and first_time(tokens[:head_end])[0] is not None
    ):  # fmt: skip
        # "la Signum …, ED 333 SA: revisione lunedì 14 alle 2 e mezza, con un promemoria …": the booking said bare
        # (its vehicle opening it without "per"), its day and time, its message added; it may still tell of the one
        # booked, so a booking read there is said back whole for a yes, never written as heard ("…: cambio olio
        # giovedì, e mandagli la conferma", no time, is the message of the one booked that day)
        added = verbless_booking(tokens, head_end, as_said, today, day_alone=True)
        verbless = None if added is None else "dictated" if added == "dictated" else "said_back"
    first_free_alone = verbless is None and refusal == "no_intent" and find_any(tokens, cues.FIRST_FREE) is not None
    if (intent == "first_free_slot" or first_free_alone) and verbless_booking(
        tokens, head_end, as_said, today, day_alone=True, first_free=True
    ):
        # "la Lybra verde, DH 318 XC, cambio olio al primo buco che hai": put there, told; the same with no word
        # of a free slot asked ("…: tagliando, appena si libera un posto", set 30)
        verbless = "booking"
    if verbless is not None:
        intent, cue_at = "book", -1  # "cambio gomme per la C3 … mercoledì alle 5 (e mandagli un promemoria)"
    carried = _carried_to_another_day(tokens) if refusal == "no_intent" else None
    if carried is not None:
        intent, cue_at = "move", carried  # "da venerdì la portiamo a sabato"
    told = refusal == "no_intent" and intent is None and "?" not in as_said  # "… non lo fa più?" is asked
    dropped = cues.job_dropped(tokens) if told else None
    if dropped is not None:
        intent, cue_at = "cancel", dropped  # "…: il cambio olio di lunedì 7 sulla Signum, …, non lo fa più"
    if intent is None and unsuited is not None and refusal == "no_intent":
        intent, cue_at = "move", unsuited[1] - 1  # the appointment's day is off, the new one asked
    moved_as = moved_from_day_to_day(tokens, text, has_plate=has_plate) if intent is None else None
    moved = refusal == "no_intent" and moved_as is not None
    if moved:
        intent, cue_at = "move", -1  # "the red Arona, FT 063 LG, from Monday to Wednesday …": its verb not heard
    if intent is None and km_asked is not None and has_vehicle:
        # "al tagliando dell'anno scorso quanti chilometri aveva?": a past service's mileage, asked of the car, is
        # its history (a read) with no word of "ultimo" or "storico" said
        intent, cue_at = "vehicle_history", km_asked[0]
    cars_of = None
    if intent is None and refusal == "no_intent":
        # read only when nothing else was: "quando viene la Y10 della Cervellera?", "che auto ha Buonocunto?"
        intent, cue_at, cars_of = _asked_of_car_or_customer(tokens, text, has_plate=has_plate, has_service=has_service)
    unread = write_said_whole(tokens, today, asked="?" in as_said) if intent is None and refusal == "no_intent" else None
    if unread is not None:
        intent, cue_at = unread, -1  # "me lo piazzi un tagliando per …, EF 555 DR, venerdì 4 alle 2 e mezza?": said back
    if held is not None and intent not in _ROOM_READS:
        return Parse(text, None, reason="out_of_scope:hypothetical", language=lang, confidence=0.1)  # of room only
    if held is not None:
        intent = "book"  # the room asked, then taken if free: the booking (a taken slot is never written over)
    guessing = guess and (read_past is not None or (intent is None and refusal == "no_intent"))
    guessed = (guess if isinstance(guess, str) else guess_intent(text, lang)) if guessing else None
    if read_past is not None and (guessed is None or intent not in (None, guessed)):
        return Parse(text, None, reason=read_past, language=lang, confidence=0.1)  # the rules and the examples differ
    if guessed is not None and intent != guessed:
        intent, cue_at = guessed, -1  # "Tira una riga sulla diagnosi di martedì 30 marzo …": the examples' intent
    if intent is None:
        return Parse(text, None, reason=refusal, language=lang, confidence=0.0)
    if widened is not None and intent not in _DAY_READS:
        return Parse(text, None, reason="out_of_scope:hypothetical", language=lang, confidence=0.1)  # a day's only
    whose = _agenda_of_whom(tokens, text, has_plate=has_plate) if intent == "day_appointments" else None
    if whose is not None:
        intent, cue_at = "vehicle_appointments", whose[0]  # "che appuntamenti ha Rossi?": his, not the day's
    if km_asked is not None and intent != "vehicle_history":
        return Parse(text, None, reason="out_of_scope:unsupported_action", language=lang, confidence=0.1)
    if intent == "lookup_plate" and _job_searched(tokens):
        return Parse(text, None, reason="no_intent", language=lang, confidence=0.0)
    if intent == "day_appointments" and _taken_off_agenda(tokens):
        taken_off = _taken_off_by(tokens)
        if taken_off is None:
            return Parse(text, None, reason="unknown_action:off_agenda", language=lang, confidence=0.1)
        intent, cue_at = "cancel", taken_off  # "…, levalo dall'agenda": the agenda what it is taken off
    if intent in cues.WRITE_INTENTS and _bulk(tokens, text):
        return Parse(text, intent, reason="out_of_scope:bulk", language=lang, confidence=0.1)
    taken_despite: list[str] = []
    if intent in cues.WRITE_INTENTS:
        # "… dal lunedì 7 la portiamo a sabato 5": "portare" carries it from day to day, however the move was read
        carries = carried is not None or (intent == "move" and _carried_to_another_day(tokens) is not None)
        # "… venerdì 18 ha un imprevisto: la revisione …, la passiamo a lunedì 21": passed on, read so (set 36)
        carries = carries or (intent == "move" and cues.passed_to_another_day(tokens) is not None)
        unknown = [t for t in _unknown(tokens, text) if not carries or t not in _CARRY]
        kept = cues.day_kept(tokens)
        if kept is not None:  # "tienile pure, ma falle alle 4": its "ma" no connector of a second action
            unknown = [t for t in unknown if t not in tokens[kept[0] : kept[1]]]
        if intent == "cancel" and cues.nothing_cancelled(tokens):  # "niente più cambio olio …: depennalo": read
            unknown = [t for t in unknown if t != "niente"]
        if len(unknown) >= MAX_UNKNOWN_WORDS and verbless == "booking" and refusal == "no_intent":
            # a verbless booking with words no table knows: read as the counter's dictation, if it is one (its
            # unknown words the vehicle's model and owner), it is said back whole rather than refused
            verbless = verbless_booking(tokens, head_end, as_said, today, day_alone=True, as_dictated=True)
            verbless = verbless if verbless == "dictated" else "booking"
        if verbless == "dictated":  # "la Tivoli della Tagliabracci, DR 815 DL: …": its vehicle's names, no words unread
            unknown = [t for t in unknown if t not in dictated_names(tokens, head_end, today)]
        second = _unknown_after_connector(tokens, set(unknown), english=lang == "en")
        if second and unread is not None:  # "e la vextra …, di carica del clima sabato 12 alle 9": no verb read at all
            return Parse(text, None, reason="no_intent", language=lang, confidence=0.0)
        if second:
            # "… e lava la macchina": a second action the fast path cannot do must not be dropped silently
            return Parse(text, intent, reason=f"unknown_action:{second}", language=lang, confidence=0.4)
        if len(unknown) >= MAX_UNKNOWN_WORDS:
            if not unknown_ok:
                return Parse(
                    text, intent, reason="unknown_words:" + " ".join(unknown[:3]), language=lang, confidence=0.4
                )
            taken_despite = unknown

    tail_at = (
        tail_start(tokens, cue_at, intent) if intent in ("book", "move", "send_confirmation") else len(tokens)
    )
    main, tail = tokens[:tail_at], tokens[tail_at:]
    main = without_failing(main, {i for m in find_plates(main) for i in range(m.start, m.end)})
    if intent == "book" and cue_at > 0:
        main = _without_symptom(main, cue_at)
    elif intent == "book" and cue_at == -1:  # said without a verb: "…, frena male: pastiglie giovedì …"
        said = symptom_said(main, today)
        if said is not None:
            main = ["_" if said[0] <= k < said[1] else t for k, t in enumerate(main)]
        if verbless == "dictated":  # "…, ha i freni che fischiano: pastiglie …": what the car does, no slot
            main = without_symptoms(main)
    if intent == "book":
        reasons_out = cues.without_reason_days(main)
        if reasons_out != main and not extract_datetime(reasons_out, today).dates:
            # "she can't come on Monday, book …": the day that does not suit is no day of the booking, asked
            # (with another day said too, the two are asked about as before)
            main = reasons_out
    shift = cues.time_shift(main) if intent == "move" else None
    shifted = [*main[: shift[0]], *["_"] * (shift[1] - shift[0]), *main[shift[1] :]] if shift else main
    if shift is not None and first_time(shifted)[0] is None:
        main = shifted  # "fallo 2 ore dopo": no hour, nor a stray number, of the new time
    else:
        shift = None  # "lo facciamo un'ora dopo, alle 9 e mezza": the hour said is the one read
    slots: dict[str, Any] = {"customer": cars_of} if cars_of else fill_slots(main, text, today, intent, lang)
    if held is not None and not {"date", "time"} <= set(slots):
        # "quando c'è posto per le gomme? se c'è, bloccalo": the slot to hold never said, nothing to take if free
        return Parse(text, None, reason="out_of_scope:hypothetical", language=lang, confidence=0.1)
    if whose is not None and whose[1] is not None:
        slots.setdefault("customer", whose[1])  # the name said right after the question, with no "di" nor title
    if shift is not None and "time" not in slots and "old_time" not in slots:
        slots["time_shift"] = shift[2]  # the appointment's own hour, shifted (engine.fastpath.handlers.booking)
        if "old_date" not in slots and "date" in slots:
            slots["old_date"] = slots.pop("date")  # "venerdì 11: fallo 2 ore dopo": its day, kept
    if km_asked is not None:
        slots["mileage"] = True
    if widened is not None:
        slots.pop("part_of_day", None)  # "domani mattina …, anzi, tutta la giornata": the whole day, its part taken back
    if intent == "move" and "old_date" not in slots and "date" in slots and "time" not in slots:
        reasons_out = cues.without_reason_days(main)
        if reasons_out != main and not extract_datetime(reasons_out, today).dates:
            # "mercoledì non può per le gomme …: la spostiamo": the day that does not suit is the appointment's
            # (the new one asked); with a time said too, it is left as it was
            slots["old_date"] = slots.pop("date")
    if intent == "move" and "date" in slots and "old_date" not in slots and cues.day_kept(tokens) is not None:
        slots["old_date"] = slots["date"]  # "mercoledì 9 tienile pure, ma falle alle 4": the day it had, kept
    if intent == "move" and "date" in slots and "old_date" not in slots and find_any(tokens, cues.HOUR_ONLY):
        slots["old_date"] = slots["date"]  # "mercoledì 21 aprile resta, cambia solo l'ora": the day it had, kept
    if intent == "move" and (unsuited is not None or (not_known is not None and not_known[0] == "date")):
        _new_day_unknown(slots)  # the day said is the one that does not suit, or the new one is not known yet
    if not_known is not None:
        _drop_not_known(slots, not_known[0])
    if intent == "lookup_plate" and "plate" not in slots and (_PLATE_WORDS | _POINTED_AT) & set(tokens):
        # "di chi è la Punto grigia nel parcheggio? la targa non si legge", "di chi è quella Golf?": a car seen,
        # pointed at or spoken of by its plate and that plate not given, may be no customer's: the plate is asked,
        # never a car of that description
        slots["_not_known"] = "plate"
    if intent == "lookup_plate" and "plate" not in slots and fetched is not None:
        slots["_not_known"] = "plate"  # "Di chi è la Panda in cortile? Vado a leggere la targa": the plate to come
    said_whose = any(slots.get(k) for k in ("plate", "vehicle_description", "customer"))
    if intent == "cancel" and not said_whose and cues.that_one_by_when(main):
        slots["_not_known"] = "vehicle"  # "annulla quello delle 4 di oggi": which one is asked, never guessed
    actions, tail_problem = tail_actions(tail)
    addressee = _customer(text) if "customer" not in slots else None
    if addressee and set(tokenize(addressee)) <= set(tail):  # "… e manda la conferma alla signora Tedeschi"
        slots["customer"] = addressee  # whose vehicle it must be, checked like a name said before the booking
    parts = [Parse(text, intent_, slots_, 0.95, True, None, lang) for intent_, slots_ in actions]
    if not tail_problem and not actions and intent in ("book", "move") and _message_unread(tokens, cue_at):
        tail_problem = "composite_part_not_understood:message"
    if tail_problem and unread is not None:  # "…: le gomme martedì alle 4, me la scrivi?": no verb read, nor its tail
        return Parse(text, None, reason="no_intent", language=lang, confidence=0.0)
    if tail_problem:
        return Parse(text, intent, _public(slots), 0.4, False, tail_problem, lang)
    # a dictated booking with no time said is said back by its first free time ("no_time"), which tells why
    dictated = verbless == "dictated" and "time" in slots
    # the customer's question relayed, then the counter's own order ("…: mettila sabato 16 alle 9", "…: dille di sì e
    # segnala", set 44): ordered, not asked
    ordered = relayed is not None and (
        cues.ordered_after_asked(tokens, relayed[0]) or (intent == "book" and cues.yes_told_and_booked(tokens))
        or noted_last  # "Gravagno chiede se gli cambiamo l'olio …. Giovedì … gli va bene: prendi nota." (set 51)
    )
    asked = relayed is not None and not ordered
    careful = "asked" if asked else "verbless" if verbless == "said_back" or dictated else None
    careful = careful or ("verbless_move" if moved and moved_as == "said_back" else None)
    careful = careful or ("guessed" if guessed is not None and intent in cues.WRITE_INTENTS else None)
    if unread == "move" or (unread == "book" and "time" in slots):  # with no time, its first free one is offered
        careful = careful or {"book": "verbless", "move": "verbless_move"}[unread]  # its verb unread: said back
    if careful is None and hour_as_ordinal(tokenize(text)):
        careful = "hour"  # "… the 10th at 9th": nine, or nine-thirty cut short
    if careful is None and intent in cues.WRITE_INTENTS and "plate" not in slots and _model_unread(tokens, slots):
        careful = "model"  # "prenota la 1 della Zambelletti": her one car, but was it the car said? Said back
    if careful is None and (intent in cues.WRITE_INTENTS or intent in _CAR_READS) and not {"plate", "customer"} & set(
        slots
    ):
        # a read too: "l'ultimo tagliando della 500 di Monti" asked which of everyone's 500s, Monti's not among them
        owner = _owner_unread(text, slots)
        if owner is not None:  # "la Yaris di Monti": the owner, though "monti" is a verb too, the car found by both
            slots["customer"] = owner
    if careful is None and intent in cues.WRITE_INTENTS and _day_or_month_first(tokens):
        careful = "date_order"  # "… on 12/4 at 2 PM": read day first (12 April), said back, never written unheard
    if careful is None and guessed_en(tokenize(text)):
        careful = "words"  # "… Golf Papa 462 Juliet Victor, booking for a service": "booked in" put back, a guess
    if careful is None and intent == "move" and cues.fused_push_guessed(tokenize(text)):
        careful = "words"  # "Bumped Logan service, … to Thursday": "bump the" read from its "-ed", a guess
    if careful is None and intent in cues.WRITE_INTENTS and letter_and_written(text):
        careful = "words"  # "… for F&096HE on Thursday at 3": the plate's N written "&", a guess
    if careful is None and intent == "book" and cues.bringing_in(tokens, _plate_positions(tokens)) is not None:
        careful = "asked"  # "Mrs Vignudelli's bringing the Kuga in Friday": told of the customer, not ordered
    if careful is None and intent == "book" and any(at == cue_at for at, _ in find_all(tokens, cues.COMES_BY_TOLD)):
        careful = "asked"  # "Pedrazzini passa martedì alle 11 e mezza per l'olio e i filtri": told, not ordered
    job_to_come = not_known is not None and not_known[0] == "service"
    if careful is None and intent == "book" and _brought_by_customer(tokens, job_to_come=job_to_come) == cue_at:
        # "il signor Sgarzi porta l'H9 per le pastiglie venerdì …": told of the customer, said back (ordered too, "…,
        # me lo segni?", it is written as said)
        careful = "asked"
    if careful is None and intent == "book" and _car_take_asked(tokens) == cue_at:
        careful = "asked"  # "dopodomani alle 11 riesci a prendere la Cisitalia …?": the car taken in, asked
    if careful is None and intent == "book" and _suits_customer(tokens, question=False) == cue_at:
        careful = "asked"  # "…: le va bene la revisione mercoledì 16 alle 15": her yes relayed, not ordered
    if careful is None and intent == "book" and find_any(tokens, cues.CALLED_WANTING) is not None:
        careful = "asked"  # "Mr Rossi rang about an MOT on Friday at 9": told of the customer, not ordered
    if careful is None and intent == "book" and find_any(tokens, cues.SQUEEZE_ASKED) is not None:
        careful = "asked"  # "oggi alle 5 e mezza riesci a infilarmi …?": room asked at that hour, said back
    if (
        careful is None and intent == "book" and "?" in as_said
        and any(pair in (("si", "libera"), ("si", "liberera")) for pair in itertools.pairwise(tokens))
    ):  # fmt: skip
        # "…, deve fare il tagliando: appena si libera qualcosa me lo dici?": the job put in the first place freed
        # (set 45, "…, ficcala dentro tu"), or only to be told of it: asked, so said back for a yes
        careful = "asked"
    if careful is None and intent == "book" and first_free_given(tokens, cue_at):
        careful = "asked"  # "…: dammi il primo buco che hai per le pastiglie": the slot given, said back for a yes
    carried_to = cues.job_carried_to_day(tokens) if intent == "move" else None
    if careful is None and carried_to is not None and carried_to[0] == cue_at and not carried_to[1]:
        careful = "asked"  # "la signora porta le gomme di lunedì a giovedì": told of her, maybe, not ordered
    if careful is None and intent == "move" and find_any(tokens, cues.SLID_FORMS) is not None:
        careful = "words"  # "fallo scivolare a venerdì 6 marzo alle 11": a move said rarely so, said back
    if careful is None and intent == "move" and find_any(tokens, cues.SHIFTED_BY_FORMS) is not None:
        careful = "words"  # "giovedì 3 lo facciamo un'ora dopo, alle 9 e mezza": the same day, a shift, said back
        if "date" in slots and "old_date" not in slots:
            slots["old_date"] = slots["date"]  # the day it had is the day it keeps
    if careful is None and intent in ("send_confirmation", "send_reminder") and cues.resent(tokens):
        careful = "words"  # "rimanda la conferma …": sent again, or "… manda" heard with a vowel before; said back
    if careful is None and intent in cues.WRITE_INTENTS and write_word_guessed(tokenize(text)):
        # "Posta la revisione …", "domani a un imprevisto", "con firma via mail", "930 X non capa", "al primo
        # bucocai": a word the write stands on put back from what the noise left of it
        careful = "words"
    if careful is None and intent == "move" and cues.passed_with_to_lost(tokens):
        careful = "words"  # "il tagliando fissato per lunedì slitta martedì": its "a" not heard, said back
    if careful is None and intent in cues.WRITE_INTENTS and cues.hesitation_said(tokens):
        careful = "words"  # "un cambio olio o martedì": the "o" taken for a hesitation, no choice: said back
    return _judge(
        Parse(
            text, intent, slots, 0.95, False, None, lang, parts=parts, unknown=taken_despite, careful=careful,
            verbless=verbless is not None and intent == "book",
        )
    )


_ASIDE = frozenset({"la", "il", "lo", "l", "i", "le", "di", "del", "della", "dello", "dell", "dei", "d", "signor",
                    "signora", "signorina", "sig", "dottor", "dottoressa", "the", "mrs", "mr", "ms", "miss", "s", "of",
                    "for", "next", "prossimo", "prossima", "ancora", "allora", "senti", "scusa", "ma", "macchina",
                    "auto", "car", "targa", "plate", "reg", "in", "officina", "da", "noi", "us", "qui"})  # fmt: skip
"""Words that may stand beside a car asked of, besides its plate, model, colour and owner: its article, the owner's
title, "in officina", "next"."""
_CARS_OPENERS = frozenset({"senti", "scusa", "dimmi", "mi", "dici", "sai", "allora", "ma", "tell", "me", "so", "and"})
"""Words that may open a question about a customer's cars before its cue ("senti, che auto ha Buonocunto?")."""


READ_PAST = frozenset(f"out_of_scope:{why}" for why in ("hypothetical", "negation", "self_correction", "two_options", "undo"))
"""The refusals a request is read past when guessing, if its words are only whisper's or the counter's asides
(`intents.liftable`) and the examples point to the intent the rules read, or to one where they read none."""


def taken_alone(
    read: Callable[..., Parse], text: str, *, first: Parse | None = None, vehicle_in_focus: bool = False
) -> tuple[Parse, str | None]:
    """What `text` says when no model will take what the fast path leaves, read by `read` (`parse` or a caller's
    wrapper of it), and whether it was taken despite words no table knows ("words": every write said back whole).
    A write refused only for such words is taken; a request no rule reads takes the intent the counter's own
    sentences point to (engine.fastpath.intent_guess), its writes said back ("guessed"). `first`: `text` as read
    already."""
    p = first or read(text, vehicle_in_focus=vehicle_in_focus)
    if not p.handled and (p.reason or "").startswith("unknown_words:"):
        return read(text, unknown_ok=True), "words"
    if not p.handled and (p.reason == "no_intent" or p.reason in READ_PAST):
        guessed = read(text, unknown_ok=True, vehicle_in_focus=vehicle_in_focus, guess=True)
        if guessed.intent is not None and _guess_taken(guessed):
            return guessed, None  # read whole, or but for a slot to ask; else the refusal stands (it names the car)
        if guessed.intent is None and leaning_to(text, p.language) == "book":
            booked = read(text, unknown_ok=True, vehicle_in_focus=vehicle_in_focus, guess="book")
            if _booking_said(booked):
                return booked, None
    return p, None


def _guess_taken(p: Parse) -> bool:
    """Is a guessed parse taken: read whole, or but for a slot the fast path asks about — one missing, or one said
    ambiguously ("giovedì 13", a time cut short) in a request whose car was heard (its plate, its name or its owner's)?
    Sets 17 to 49 as heard: of garbles with no car heard, an ambiguity so asked ("A che ora, esattamente?") was rarely
    the request's own; the refusal asks for it again instead."""
    reason = p.reason or ""
    if p.handled or reason.startswith("missing:"):
        return True
    return reason.startswith(ANSWERABLE) and any(p.slots.get(k) for k in ("plate", "vehicle_description", "customer"))


def _booking_said(p: Parse) -> bool:
    """Does a request the examples lean to reading as a booking, not by `MARGIN_WRITE`, say a booking's own slots —
    the car (its plate or its name), the job and one day, no day it is moved from — and lack nothing the fast path
    cannot ask? ("Evenuto suscarpinato col camion blue, Foxtrot Mic 710 Mic Victor. Iserve il cambio dell'olio
    mercoledì 16 dicembre alle 8 e mezza.") Then it is taken, said back whole for a yes ("guessed"). Sets 30 to 49
    left the future out (each set guessed by a model of the sets before it), Italian typed and heard: 37 such
    requests meant a booking, one a move (docs/PERFORMANCE.md)."""
    slots = p.slots
    if p.intent != "book" or not (p.handled or (p.reason or "").startswith(ANSWERABLE)):
        return False
    if not (slots.get("plate") or slots.get("vehicle_description")) or not slots.get("service") or not slots.get("date"):
        return False
    return not any(slots.get(k) for k in ("old_date", "old_time", "date_to"))


def _asked_of_car_or_customer(
    tokens: list[str], text: str, *, has_plate: bool, has_service: bool
) -> tuple[str | None, int, str | None]:
    """(intent, cue position, the customer's name for "customer_vehicles") of a request no other intent read: a car's
    next visit asked, or a customer's cars; else (None, -1, None)."""
    at = _next_visit_asked(tokens, text)
    if at is not None:
        return "vehicle_appointments", at, None
    asked = None if has_plate or has_service else _cars_asked(tokens, text)
    if asked is not None:
        return "customer_vehicles", asked[0], asked[1]
    return None, -1, None


def _next_visit_asked(tokens: list[str], text: str) -> int | None:
    """Where a car's next visit is asked of ("quando viene la Y10 della Cervellera?", "la Fulvia per quando è
    fissata?", "when's the Ghibli booked in?"), only when every other word is the car's (its plate, model, colour,
    owner, article: `_ASIDE`): "quando viene gli facciamo il tagliando" tells what to do when it comes, no question;
    a day or a job said is some other request."""
    hit = find_any(tokens, cues.NEXT_VISIT_ASKED)
    if hit is None:
        return None
    at, cue = hit
    end = len(tokens)
    if cue[0] in ("when", "what"):  # "when's the Ghibli booked in?": the coming in said last
        closing = [i for i, said in find_all(tokens, cues.NEXT_VISIT_EN) if i > at + len(cue) and i + len(said) == end]
        if not closing:
            return None
        end = min(closing)
    plates = _plate_positions(tokens)
    taken = set(range(at, at + len(cue))) | set(range(end, len(tokens))) | plates
    desc = find_vehicle_description(tokens)
    if not desc.is_empty():
        taken |= set(range(desc.start, desc.end))
    # the owner whisper wrote in lower case right after the car ("quando viene la compass di colombo."), as the
    # slots take it (`_owner_after_vehicle`): the car's own, no word left unread
    owner = _customer(text, tokens) or _owner_after_vehicle(tokens, desc, set(plates))
    names = set(tokenize(owner)) if owner else set()
    if not (desc.model or owner or _plate_positions(tokens)):
        return None  # "quando viene?": which car is not said
    rest = [i for i, t in enumerate(tokens) if i not in taken and t not in _ASIDE and t not in names]
    # "la Y10 della Cervellera": a model no table knows, right after its article, is the car's too
    unread = [i for i in rest if i > 0 and tokens[i - 1] in _VEHICLE_ARTICLES and tokens[i] not in known_words()]
    return at if len(rest) == len(unread) <= 1 else None


def _agenda_of_whom(tokens: list[str], text: str, *, has_plate: bool) -> tuple[int, str | None] | None:
    """(cue position, the customer's name as written when it is said alone) of a car's or a customer's appointments
    asked with the agenda's word ("che appuntamenti ha la Panda di Rossi?", "che appuntamenti ha Rossi?", "what
    appointments does the Ghibli have?"), read as the day's list otherwise; None when nobody is named after it
    ("che appuntamenti ha domani?": the day's)."""
    hit = find_any(tokens, cues.AGENDA_OF_WHOM)
    if hit is None:
        return None
    at, cue = hit
    after = [t for t in tokens[at + len(cue) :] if t not in _AGENDA_DAY]
    if cue[0] in ("what", "which"):
        if not after or after[-1] not in cues.AGENDA_OF_WHOM_EN_END:
            return None
        after = after[:-1]
    elif not after:
        after = [t for t in tokens[:at] if t not in _CARS_OPENERS and t not in _AGENDA_DAY]  # "Rossi ha appuntamenti?"
    if has_plate or not find_vehicle_description(after).is_empty():
        return at, None
    if cue in cues.EXPECTED_WHO:
        return None  # "chi aspettiamo dopo la Rossi?": the day's list, no car named
    name = _customer(text, tokens) or _name_said(after, text)
    return None if name is None else (at, name)


def _name_said(words: list[str], text: str) -> str | None:
    """A customer's name said alone in `words` (its title and article aside), as written: one to three words, each
    no word the tables know unless written Capitalised, and no car."""
    while words and words[0] in _ASIDE:
        words = words[1:]
    written = {w.lower(): w for w in re.findall(r"[^\W\d_]+", text) if w[:1].isupper()}
    said = [written.get(t, t) for t in words]
    fits = all(t.isalpha() and t not in _ASIDE and (t not in known_words() or t in written) for t in words)
    if not 1 <= len(words) <= 3 or not fits or not find_vehicle_description(words).is_empty():
        return None
    return " ".join(w[:1].upper() + w[1:] for w in said)


def _cars_asked(tokens: list[str], text: str) -> tuple[int, str] | None:
    """(cue position, the customer's name as written) of a customer's cars asked ("che macchine ha la signora
    Cervellera?", "Buonocunto che auto ha?", "what cars does Cervellera have?"): the name alone after the cue (its
    title and article aside) or, in Italian, alone before it; a name the tables know as a word only written
    Capitalised. "che auto ha la Panda?", "che macchina ha bisogno del tagliando?" name no customer."""
    hit = find_any(tokens, cues.CARS_ASKED)
    if hit is None:
        return None
    at, cue = hit
    before, after = tokens[:at], tokens[at + len(cue) :]
    if cue[0] in ("what", "which"):
        if not after or after[-1] not in cues.CARS_ASKED_EN_END:
            return None
        after = after[:-1]
    elif not after:
        before, after = [], before  # "Buonocunto che auto ha?"
    if any(t not in _CARS_OPENERS for t in before):
        return None
    name = _name_said(after, text)
    return None if name is None else (at, name)


def _without_symptom(tokens: list[str], cue_at: int) -> list[str]:
    """ "La BMW … ha la spia dei freni accesa: fammi una diagnosi …": the symptom said between the vehicle and
    the booking's command is its reason, blanked out of the words its slots are read from (its service, day
    or time are not the booking's), when the booking's own service is said after the command."""
    if not any(m.start >= cue_at for m in find_services(tokens)):
        return tokens
    taken = {i for m in find_plates(tokens) for i in range(m.start, m.end)}
    desc = find_vehicle_description(tokens, taken)
    if not desc.is_empty():
        taken |= set(range(desc.start, desc.end))
    span = symptom_before(tokens, cue_at, taken)
    if span is None:
        return tokens
    return ["_" if span[0] <= k < span[1] else t for k, t in enumerate(tokens)]


_PLATE_WORDS = frozenset({"targa", "targhe", "plate", "reg", "registration"})
_POINTED_AT = frozenset({"quel", "quella", "quello", "quell", "questa", "questo", "that", "this"})

_NOT_KNOWN_SLOTS = {
    "plate": ("plate",),
    # the part of the day said stays ("di pomeriggio: il giorno lo sceglie lei", set 39): known, only the day asked
    "date": ("date", "date_to", "first_free", "open_ended"),
    "time": ("time", "part_of_day"),
    "service": ("service", "services", "symptom"),
}


def _new_day_unknown(slots: dict[str, Any]) -> None:
    """A move whose new day is said not known ("non riesce a portare la Panhard mercoledì 23 …: va spostato, ma quando
    ancora non lo sa", "needs moving off the 30th, but she hasn't said where to"; set 37), or whose day said is the one
    that does not suit: the one day said is the appointment's own, never the new one, and so is an hour said with it;
    the new day is asked."""
    if "date" in slots and "old_date" not in slots:
        slots["old_date"] = slots.pop("date")
        if "time" in slots and "old_time" not in slots:
            slots["old_time"] = slots.pop("time")


def _drop_not_known(slots: dict[str, Any], what: str) -> None:
    """ "…, ma non mi ricordo la targa", "non mi ha detto a quando": what the person says they do not know is
    taken from nothing else said (a plate-like run, a day said in passing); the day is asked for
    (`_judge`)."""
    for key in _NOT_KNOWN_SLOTS[what]:
        slots.pop(key, None)
    slots["_not_known"] = what


def _message_unread(tokens: list[str], cue_at: int) -> bool:
    """A booking or a move that names a message's channel after its command, with no message read from it
    ("… domani alle 10, con problema per SMS il giorno prima", "…, il cliente vuole un SMS"): the message asked
    for must not be dropped while the write is done (asked again instead). A channel said before the command
    ("ha scritto su WhatsApp: prenota …") is how the request came, and a plate's letters are no channel."""
    plates = {i for m in find_plates(tokens) for i in range(m.start, m.end)}
    after = [t if i not in plates else "_" for i, t in enumerate(tokens) if i > cue_at]
    return cue_at >= 0 and cues.find_channel(after) is not None


def vehicle_named(text: str) -> dict[str, Any]:
    """The vehicle an utterance names by its plate (the car described and its owner with it), whatever else it says:
    {} when it names no plate, or two. For a request whose action was not understood: its car is still said, and
    kept for the next words (`FastPath.handle`, offline)."""
    slots: dict[str, Any] = {}
    _vehicle_slots(heard_tokens(text), text, slots)
    if "plate" not in slots or slots.get("_conflict") == "two_plates":
        return {}
    return _public(slots)


def _public(slots: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in slots.items() if not k.startswith("_")}


def _judge(result: Parse) -> Parse:
    """Confidence, reason and `handled` of a parse whose slots are filled (tail parts in `parts`)."""
    slots = result.slots
    conflict = slots.pop("_conflict", None)
    italian_plate = slots.pop("_plate_italian", True)
    follow_ups = [p for p in result.parts if p.intent != result.intent]
    result.parts = follow_ups
    result.confidence, result.handled, result.reason = 0.95, False, None
    not_known = slots.pop("_not_known", None)
    missing = _missing(result.intent or "", slots)
    if not_known == "date" and "date" not in missing:
        missing.append("date")  # "…, non so ancora quando" for any request: never a day guessed
    if not_known == "time" and result.intent in ("book", "move") and "date" not in missing:
        # "…on Friday the 11th, she'll ring back with a time": the hour is asked, never the first free one offered
        missing.append("time")
    if (
        not_known == "plate" and result.intent in ("book", "lookup_plate")
        and "vehicle" not in missing and "plate" not in missing
    ):  # fmt: skip
        # "è la Fiat bianca di un cliente nuovo, la targa me la manda dopo": a car described, its plate to come,
        # may be on no record yet; it is asked for, never taken for a car of that description ("di chi è la Punto
        # grigia nel parcheggio, non si legge la targa": a car seen, maybe no customer's)
        missing.insert(0, "plate")
    if not_known == "vehicle" and "vehicle" not in missing:
        missing.insert(0, "vehicle")  # an appointment named only as "quello" and its hour: which one is asked
    described = bool(slots.get("vehicle_description") or slots.get("customer"))
    if not_known == "plate" and result.intent in ("move", "cancel") and described and "plate" not in slots:
        # "quello del furgone bianco... la targa non me la ricordo": a car described and its plate not known is
        # asked for, never taken for a car of that description (with no car said, the day's are offered)
        missing.insert(0, "plate")
    if conflict:
        result.confidence, result.reason = 0.3, f"ambiguous:{conflict}"
        return result
    if missing:
        result.confidence, result.reason = 0.5, "missing:" + ",".join(missing)
        return result
    if not italian_plate and "plate" in slots:
        result.confidence -= 0.1
    if "plate" not in slots and result.intent in ("book", "move", "cancel"):
        result.confidence -= 0.05
    if follow_ups:
        main_part = Parse(
            result.text, result.intent, dict(slots), result.confidence, True, None, result.language
        )
        result.parts = [main_part, *follow_ups]
    result.handled = result.confidence >= HANDLE_THRESHOLD
    if not result.handled:
        result.reason = "low_confidence"
    return result


_ANSWER_KEYS = ("plate", "vehicle_description", "customer", "service", "date", "date_to", "time", "part_of_day",
                "first_free", "open_ended", "old_date", "old_time", "channel")  # fmt: skip
ANSWERABLE = ("missing:", "ambiguous:which_day", "ambiguous:two_dates", "ambiguous:weekday_vs_date", "ambiguous:two_times", "ambiguous:time_cut",
               "ambiguous:stray_number", "ambiguous:time_window", "ambiguous:night", "ambiguous:two_services",
               "ambiguous:two_plates", "ambiguous:two_vehicles", "ambiguous:time_vs_part_of_day")  # fmt: skip


def answer_to(question: Parse, text: str, *, today: date | None = None) -> Parse | None:
    """The request `question` (not handled for a missing or ambiguous slot) completed by a short answer
    ("domani alle 10", "il tagliando", "AB123CD"), or None when `text` is not such an answer."""
    if question.intent is None or not (question.reason or "").startswith(ANSWERABLE):
        return None
    today = today or date.today()
    tokens = heard_tokens(text)
    if not tokens or len(tokens) > 12 or cues.detect_blocker(tokens):
        return None
    own = parse(text, language=question.language, today=today)
    if own.handled or (own.intent in cues.WRITE_INTENTS and own.intent != question.intent):
        return None  # a new command, not an answer
    slots = fill_slots(tokens, text, today, question.intent, question.language)
    given = {k: v for k, v in slots.items() if k in _ANSWER_KEYS}
    if not given:
        return None
    merged = dict(question.slots)
    if "plate" in given or "vehicle_description" in given:
        for key in ("plate", "vehicle_description", "customer"):
            merged.pop(key, None)
    meant = days_meant(question.slots)
    week = (given.get("date"), given.get("date_to"))
    in_week = [d for d in meant if week[0] and week[1] and week[0] <= d <= week[1]]
    if len(in_week) == 1:  # "Giovedì 10 o giovedì 17?" "Quello della settimana prossima.": that week's Thursday
        given = {**{k: v for k, v in given.items() if k != "date_to"}, "date": in_week[0]}
    if "date" in given:
        merged.pop("date_to", None)
        merged.pop("_weekday_said", None)  # the day asked for is given
        merged.pop("_days_meant", None)
        merged.pop("_date_said", None)
    merged.update(given)
    for marker in ("_conflict", "_plate_italian"):
        if marker in slots:
            merged[marker] = slots[marker]
    parts = [
        Parse(p.text, p.intent, dict(p.slots), p.confidence, True, None, p.language) for p in question.parts
    ]
    answered = Parse(
        f"{question.text} / {text}", question.intent, merged, 0.0, False, None, question.language, parts
    )
    return _judge(answered)


_THE_CAR = frozenset({"la", "lo"})


def _car_taken_in_on(tokens: list[str], at: int, after: int, *, question: bool) -> bool:
    """ "…, ha la batteria a terra, la prendiamo domani alle 8 e mezza": the car (its pronoun right before
    "prendiamo") taken in on a day said right after, with its hour: a booking, told; asked ("la prendiamo domani?")
    it is none. The job is the one named before it (the parser asks it when none is)."""
    if question or at == 0 or tokens[at - 1] not in _THE_CAR or tokens[0] in _ASKING:
        return False
    later = tokens[after:]
    return later[:1] != [] and later[0] in _DAY_NAMED and first_time(later)[0] is not None
