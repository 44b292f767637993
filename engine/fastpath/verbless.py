"""A booking said without a verb: "la revisione per il Compass, FN 096 HE, lunedì alle 11 e mezza",
"cambio gomme per la C3 … mercoledì alle 5", optionally followed by its messages ("… e mandagli un
promemoria per SMS").

Only the whole of it is a booking: the service said first and followed by the vehicle ("<service> per
<vehicle>"), or "per" the vehicle with its plate and the service right after the plate ("per il Doblò, CS 981
VA, la batteria, lunedì alle 10"), a day that is not an existing appointment's ("di martedì", "da venerdì"), a time, no question
mark and no other command's cue. Anything less is left as it was (refused or read as a message), so a
request about an appointment that exists is never taken for a new one.

English is said the same ways: "winter tyres on the grey Mazda, FE 790 KJ, Monday at 3", and the vehicle with
its plate first, then "for" or "in for" the service ("the beige Berlingo, FB 927 DE, for brake pads, Friday at
10"; "the Vito, FG 158 TW, in for brakes …", its "put" lost; "the Vito's in for …" tells of one booked). When
the person says the day is not known yet ("…, I'll let you know the day later"), such a booking with no day or
time said is one too: its day is asked, nothing is written.

The day may come without its time ("per la Polo nera, EL 503 VB, un cambio gomme dopodomani in mattinata"):
then the booking is never made at once, its first free time that day is said back for a yes
(engine.fastpath.handlers.booking: "no_time"), so the first free slot asked in words is no such request.

Said bare, the vehicle may also be told of first, by its owner ("Pirozzi ha il Trafic che frena male, FD 274 ZW:
pastiglie giovedì alle 4", "la signora Lunardi dice che l'MX-5 fischia quando frena. Targa FT 839 NA. Pastiglie
venerdì alle 10"), and the day may come before "per" and the service, said last ("…, ha la spia motore accesa:
lunedì in mattinata per una diagnosi"). The service with its definite article ("…, frena male: le pastiglie
giovedì alle 4", "… venerdì alle 10 per le pastiglie") is most likely the job asked for, yet may tell of the one
booked: such a booking is said back whole for a yes ("said_back"), never written at once.
"""

from __future__ import annotations

from datetime import date

from engine.fastpath import intents as cues
from engine.fastpath.dates import DateTimeSlots, extract_datetime
from engine.fastpath.normalize import find_all, find_any
from engine.fastpath.numbers import word_to_number
from engine.fastpath.plates_spoken import PlateMatch, find_plates
from engine.fastpath.services import find_services
from engine.fastpath.symptoms import OPENERS as SYMPTOM_OPENERS
from engine.fastpath.symptoms import is_symptom, symptom_then_service, without_failing
from engine.fastpath.vehicles import BODIES, COLOUR_WORDS, COLOURS, MAKES, MODELS, find_vehicle_description
from engine.fastpath.vocabulary import known_words

OPENERS = frozenset({"ehm", "emm", "eh", "em", "allora", "senti", "ascolta", "dunque", "ok", "okay", "bene",
                     "buongiorno", "buonasera", "salve", "ciao", "cio", "ecco", "dai", "guarda"})  # fmt: skip
"""Words said before the request that are no part of it."""
_ARTICLES = frozenset({"il", "lo", "la", "l", "un", "una", "uno", "i", "le", "gli"})
_EN_ARTICLES = frozenset({"the", "a", "an", "some", "new"})
"""Said before an English service or vehicle ("an oil change for the Octavia", "for new tyres")."""
_NEW_ONE = frozenset({"un", "una", "uno"})
_DEFINITE = _ARTICLES - _NEW_ONE
_TO_VEHICLE = frozenset({"per", "alla", "al", "sulla", "sul", "della", "del", "dell", "for", "on"})
OLD_DAY = frozenset({"di", "del", "della", "dello", "dell", "da", "dal", "dalla", "quella", "quello", "e", "era",
                      "from", "of"})  # fmt: skip
"""Said right before the day, it names a day already set ("di martedì", "è giovedì alle 10")."""
SAID_OF_ONE_BOOKED = frozenset({"era", "ha", "aveva", "abbiamo", "avevamo", "sono", "fatto", "fatta",
                                 "fissato", "fissata", "prenotato", "prenotata", "confermato", "confermata",
                                 "was", "is", "had", "has", "did", "done", "booked", "confirmed"})  # fmt: skip
"""A verb that tells about an appointment rather than asks for one ("il tagliando … era giovedì alle 10")."""


_OF_OWNER = frozenset(
    {"di", "del", "della", "dello", "dell", "signor", "signora", "targa", "targata", "targato"}
)
"""Said between a vehicle and its plate: its owner ("la Kangoo bianca di Pini, HA 274 WR") or "targa"."""


def _vehicle_opens(head: list[str], first: int, plate: PlateMatch) -> bool:
    """The request opens with the vehicle: its plate, or its description followed by the plate (only its owner
    or "targa" between: "Sandero Stepway arancione, GN 148 DX", "la Kangoo bianca di Pini, HA 274 WR")."""
    if plate.start == first or (plate.start == first + 1 and head[first] in _PLATE_SAID):
        return True  # "EH 417 KD, la Clio …", "Targa EH 417 KD, la Clio …"
    desc = find_vehicle_description(head[: plate.start])
    if desc.is_empty():  # a van's model said with "il" is told by the plate after it ("il Partner di Rossi, EJ …")
        desc = find_vehicle_description(head, set(range(plate.start, plate.end)))
        if not desc.is_empty() and desc.end > plate.start:
            return False
    if desc.is_empty() or desc.start != first:
        return False
    between = head[desc.end : plate.start]
    return len([t for t in between if t not in _OF_OWNER]) <= 2


def _for_vehicle_then_service(
    head: list[str], first: int, plates: list[PlateMatch], service_at: int, *, bare: bool
) -> bool:
    """ "Per il Doblò bianco di Barbieri, CS 981 VA, la batteria, lunedì alle 10": "per", the vehicle with its
    plate, then the service right after the plate (its article between). With `bare`, the vehicle may open the
    request without "per" ("Sandero Stepway arancione, GN 148 DX: pastiglie dei freni, sabato 12 alle 9")."""
    if not (first < len(head) and plates) or service_at < plates[0].end:
        return False
    between = set(head[plates[0].end : service_at]) - {"_"}  # a symptom said there is blanked
    if head[first] == "per" and plates[0].start > first:
        return between <= _ARTICLES
    # bare, the service is a new one: "un cambio olio", "pastiglie dei freni"; "la Fiesta, CD 789 FG, il
    # tagliando giovedì alle 10" may tell of the one booked
    if not (bare and _vehicle_opens(head, first, plates[0])):
        return False
    if plates[0].start <= first + 1:  # the plate first: "Targa EH 417 KD, la Clio rossa del signor Messina: …"
        between = set(_described_after_plate([t for t in head[plates[0].end : service_at] if t != "_"]))
    return between <= _NEW_ONE


def _for_the_vehicle(head: list[str], first: int, plates: list[PlateMatch]) -> bool:
    """ "Per il Tucson della Scaramelli, EB 930 YK, …": the request opened by "per" and the vehicle with its plate,
    the job for it plainly asked (the only opening whose booking is taken with its day not said: the day is asked)."""
    return bool(plates) and head[first : first + 1] == ["per"] and plates[0].start > first + 1


def _for_the_service(words: list[str]) -> bool:
    """Are `words` (said between the plate and the service) "per" and the service's article only ("…, GN 402 GE,
    per le pastiglie")?"""
    said = [t for t in words if t != "_"]
    return said[:1] == ["per"] and set(said[1:]) <= _ARTICLES


def _described_after_plate(words: list[str]) -> list[str]:
    """`words` (said after a plate that opens the request) without the vehicle's description and its owner said
    first ("la Clio rossa del signor Messina", "il Ducato di Dossena"); as they are when no description opens
    them."""
    k = 1 if words[:1] and words[0] in _DEFINITE else 0
    desc = find_vehicle_description(words)  # with its article: a model said in digits needs it ("la 147")
    if desc.is_empty() or desc.start != k:
        return words
    rest = words[desc.end :]
    if rest[:1] and rest[0] in _OF_OWNER - _PLATE_SAID:  # "del signor Messina", "della Bertini"
        j = 1 + (rest[1:2] != [] and rest[1] in _TITLES)
        if _a_name(rest[j : j + 1]):
            rest = rest[j + 1 :]
    return rest


def _vehicle_then_for_service(head: list[str], first: int, plates: list[PlateMatch], service_at: int) -> bool:
    """ "The beige Berlingo, FB 927 DE, for brake pads": the vehicle with its plate first, nothing else before
    the plate, then "for" and the service (its article between)."""
    if not plates or plates[0].start < first:
        return False
    desc = find_vehicle_description(head[: plates[0].start])
    if plates[0].start > first and (desc.is_empty() or desc.start != first or desc.end < plates[0].start):
        return False
    between = head[plates[0].end : service_at]
    if between[:2] == ["in", "for"]:  # "the Vito, FG 158 TW, in for brakes …": its verb ("put") lost
        between = between[1:]
    return between[:1] == ["for"] and set(between[1:]) <= _EN_ARTICLES


_DUE = (("s", "due", "for"), ("is", "due", "for"), ("s", "due"), ("is", "due"))  # longest first
_DUE_WHOSE = frozenset({"its", "her", "his", "their", "a", "an"})
_DEADLINE = frozenset({"by", "before", "until", "till", "expires", "runs", "ran", "run", "out"})
"""Said with the day a job is due by, no slot asked ("due its MOT, EZ 606 NB, before Monday at 10")."""
_EN_OPENERS = frozenset({"right", "alright", "ok", "okay", "so", "now"})
"""Said before an English request, no part of it ("Right, the Infiniti's due its MOT …")."""


def _due_then_plate(
    head: list[str], first: int, plate: PlateMatch, service_at: int, service_end: int, today: date
) -> bool:
    """ "Right, the Infiniti's due its MOT: EZ 606 NB, Monday the 7th of December, half 10": the vehicle described
    first, said due the service ("'s due its", "is due for a"), then right after the service its plate (the day
    and time after it). The job is most likely the one asked for, yet "due" may tell of a deadline or of the one
    booked, so it is only said back whole for a yes; a day said without its hour ("due its MOT …, by Monday the
    7th") is the deadline, no booking."""
    if plate.start != service_end or extract_datetime(head[plate.end :], today).time is None:
        return False
    if _DEADLINE & set(head[plate.end :]):
        return False
    while first < service_at and head[first] in _EN_OPENERS:
        first += 1  # "Right, the Infiniti's …"
    if first < service_at and head[first] in _EN_ARTICLES:
        first += 1
    desc = find_vehicle_description(head[:service_at])
    # the vehicle a model no table knows ("the Infiniti's"): one word, the plate then says which car it is
    end = desc.end if not desc.is_empty() and desc.start == first else first + 1 if desc.is_empty() else -1
    if end < 0 or not head[first:end] or not head[first].isalpha():
        return False
    between = head[end:service_at]
    due = next((d for d in _DUE if tuple(between[: len(d)]) == d), None)
    return due is not None and set(between[len(due) :]) <= _DUE_WHOSE


def _plate_then_due(
    head: list[str], first: int, plate: PlateMatch, service_at: int, service_end: int, today: date
) -> bool:
    """ "The Datsun, FH 052 RK, is due its MOT: Monday the 30th at 4 in the afternoon" (set 40): the vehicle with its
    plate first (`_vehicle_opens`), then said due the service, its day and hour right after it. Said back whole for a
    yes as `_due_then_plate`'s form is; a day with no hour, or a deadline ("… is due its MOT by Monday"), is none."""
    if plate.end > service_at or not _vehicle_opens(head, first, plate):
        return False
    after = head[service_end:]
    if extract_datetime(after, today).time is None or _DEADLINE & set(after):
        return False
    between = head[plate.end : service_at]
    due = next((d for d in _DUE if tuple(between[: len(d)]) == d), None)
    return due is not None and set(between[len(due) :]) <= _DUE_WHOSE


_LOST_OPENING = 5
"""At most so many words before the plate, where the request's verb and the vehicle's description were lost."""


def _lost_verb_then_in_for(head: list[str], first: int, plates: list[PlateMatch], service_at: int) -> bool:
    """ "Dr. Grace Coder Scaler, Golf Echo 390 Delta Lima, in for a service on Friday at 10" ("Book the grey Skoda
    Scala" as whisper wrote it): a few words that are no vehicle's description before the plate, then "in for" and
    the service (its article between). Only said back: what opened the request was not heard."""
    if not plates or not first < plates[0].start <= first + _LOST_OPENING:
        return False
    if any(t.isdigit() for t in head[first : plates[0].start]):
        return False
    between = head[plates[0].end : service_at]
    return between[:2] == ["in", "for"] and set(between[2:]) <= _EN_ARTICLES


def _described_then_for_service(head: list[str], first: int, service_at: int) -> bool:
    """ "A black Ford Ranger in for brakes …" (its plate to come): the vehicle described first, no plate, then "in
    for" or "for" and the service (its article between). "The Ranger's in for brakes" tells of one booked."""
    desc = find_vehicle_description(head[:service_at])
    if desc.is_empty() or desc.start != first:
        return False
    between = head[desc.end : service_at]
    if between[:2] == ["in", "for"]:
        between = between[1:]
    return between[:1] == ["for"] and set(between[1:]) <= _EN_ARTICLES


_CALLER_WITH = frozenset({"c", "e", "ho", "qui", "al", "telefono", "in", "linea", "banco", "un", "una", "uno", "il",
                          "la", "signora", "signore", "signor", "signorina", "cliente", "tizio", "ragazzo",
                          "ragazza"})  # fmt: skip
"""The caller with no name, on the line or at the desk, said before "con" their car ("C'è una signora al telefono con
una Punto grigia: …", set 40)."""
_WITH_CAR = frozenset({"con", "col"})
_CALLER_WORDS = 9
"""At most so many words the caller takes before "con" ("c'è qui al banco un signore con …")."""


def _caller_with_described(head: list[str], first: int, service_at: int) -> bool:
    """ "C'è una signora al telefono con una Punto grigia: revisione venerdì 18 alle 9 e mezza, ma di targa non sa
    niente" (set 40): someone unnamed on the line or at the desk (`_CALLER_WITH`) "con" the vehicle described, then
    the job bare (or "un", "per") right after it; the plate to come is then asked, nothing written. A caller's
    "con" with no vehicle after it, or more said between, is none."""
    with_at = next((k for k in range(first, min(service_at, first + _CALLER_WORDS)) if head[k] in _WITH_CAR), None)
    if with_at is None or with_at == first or not set(head[first:with_at]) <= _CALLER_WITH:
        return False
    if not {"telefono", "qui", "banco", "linea"} & set(head[first:with_at]):
        return False
    desc = find_vehicle_description(head[with_at + 1 : service_at])
    if desc.is_empty() or desc.start > 1:
        return False
    return set(head[with_at + 1 + desc.end : service_at]) <= _NEW_ONE | {"per"}


_TITLES = frozenset({"signor", "signora", "signorina", "sig", "dottor", "dottoressa", "dott"})
_OWNER_HAS = frozenset({"ha", "con"})
"""Said between the owner named first and the vehicle: "Pirozzi ha il Trafic …"."""
_TOLD = tuple(phrase for phrase in cues.TOLD_BY)
_PLATE_SAID = frozenset({"targa", "targata", "targato"})


_ON_THE_PHONE = (("ho", "al", "telefono"), ("c", "e", "al", "telefono"), ("al", "telefono", "c", "e"),
                 ("al", "telefono", "ho"), ("mi", "ha", "chiamato"), ("ci", "ha", "chiamato"), ("ha", "chiamato"),
                 ("mi", "ha", "telefonato"), ("ha", "telefonato"),
                 # "telefonato", no word of the tables, as they put it back
                 ("mi", "ha", "telefono"), ("ha", "telefono"))  # fmt: skip
"""Said before the owner's name, who is on the line: "Ho al telefono Pozzobon: la Captur …"."""
_HAS_CALLED = (("ha", "chiamato"), ("ha", "telefonato"), ("ha", "telefono"), ("ha", "richiamato"))
"""Said after the owner's name, who called: "Carlesso ha telefonato per il Rezvani rosso, …" (set 42)."""
_ABOUT = frozenset({"per"})
"""Said between who called and the vehicle's article: what the call was about ("ha telefonato per il Rezvani")."""


def _on_the_phone(words: list[str]) -> bool:
    """Are `words` (said before the vehicle's article) the owner on the line, named: "ho al telefono Pozzobon",
    "mi ha chiamato la signora Zanchetta" (a name of two words at most, its title or article allowed)?"""
    said = next((p for p in _ON_THE_PHONE if tuple(words[: len(p)]) == p), None)
    if said is None:
        return _named_then_called(words)
    name = words[len(said) :]
    if name[:1] and name[0] in _ARTICLES:
        name = name[1:]
    if name[:1] and name[0] in _TITLES:
        name = name[1:]
    return 1 <= len(name) <= 2 and _a_name(name)


def _named_then_called(words: list[str]) -> bool:
    """Are `words` the owner named first, then who called ("Carlesso ha telefonato per", "la signora Pini ha chiamato
    per": a name of two words at most, its title or article allowed, "per" what the call is about)?"""
    if words[-1:] and words[-1] in _ABOUT:
        words = words[:-1]
    called = next((c for c in _HAS_CALLED if tuple(words[-len(c) :]) == c), None)
    if called is None:
        return False
    name = words[: -len(called)]
    if name[:1] and name[0] in _ARTICLES:
        name = name[1:]
    if name[:1] and name[0] in _TITLES:
        name = name[1:]
    return 1 <= len(name) <= 2 and _a_name(name)


def _owner_first(words: list[str]) -> bool:
    """Are `words` (said before the vehicle's description) its owner telling or having it: nothing, or a name
    (by its title or alone, two words at most) then "dice che" or "ha", then the vehicle's article ("la signora
    Lunardi dice che l'…", "Pirozzi ha il …")?"""
    if words and words[-1] in _ARTICLES:
        words = words[:-1]
    if not words or _on_the_phone(words):  # "Ho al telefono Pozzobon: la Captur …"
        return True
    told = next((t for t in _TOLD if tuple(words[-len(t) :]) == t), None)
    if told is not None:
        words = words[: -len(told)]
    elif words[-1] in _OWNER_HAS:
        words = words[:-1]
    else:
        return False
    if words and words[0] in _ARTICLES:
        words = words[1:]
    if words and words[0] in _TITLES:
        words = words[1:]
    return 1 <= len(words) <= 2 and _a_name(words)


def _a_name(words: list[str]) -> bool:
    """Can `words` be a customer's name: letters, no verb of one booked, no service, no day?"""
    said = extract_datetime(words, date(2000, 1, 3)).dates  # any Monday: only whether a day is said
    return all(w.isalpha() and w not in SAID_OF_ONE_BOOKED for w in words) and not find_services(words) and not said


def _said_of_car(words: list[str]) -> list[str] | None:
    """What the car does, of `words` (said between the vehicle's description and its plate) when they are only
    its owner, what it does and "targa" ("di Bellucci", "che frena male", "fischia quando frena. Targa"): [] when
    nothing of it is said; None when anything else is."""
    while words and words[-1] in _PLATE_SAID:
        words = words[:-1]
    if words and words[0] in _OF_OWNER:  # "della Bertini", "della signora Cavallaro"
        k = 1 + (words[1:2] != [] and words[1] in _TITLES)
        if not _a_name(words[k : k + 1]):
            return None  # "la Panda del tagliando di venerdì, …": no owner
        words = words[k + 1 :]
    if words[:1] == ["che"]:
        words = words[1:]
    return words if not words or is_symptom(words, set()) else None


def _told_then_plate(head: list[str], first: int, plate: PlateMatch) -> str | None:
    """The vehicle told of first, then its plate: its owner telling or having it, its description, what it does
    ("La signora Lunardi dice che l'MX-5 fischia quando frena. Targa FT 839 NA", "Pirozzi ha il Trafic che frena
    male, FD 274 ZW"); "symptom" when what the car does was said there, "" when not, None when anything else is."""
    desc = find_vehicle_description(head[: plate.start])
    if desc.is_empty() or desc.start < first or desc.end > plate.start:
        return None
    does = _said_of_car(head[desc.end : plate.start])
    if does is None or not _owner_first(head[first : desc.start]):
        return None
    return "symptom" if does else ""


_WHEN_GLUE = frozenset({"in", "alle", "all", "le", "ore", "verso", "di", "del", "della", "e", "mezza", "mezzo",
                        "un", "quarto", "mattinata", "mattina", "pomeriggio", "serata", "sera", "a", "nel",
                        "nella", "prima"})  # fmt: skip
"""Said among a day and its time or part ("lunedì 30 in mattinata", "giovedì alle 3 e mezza")."""
_WHEN_GLUE_EN = frozenset({"at", "on", "the", "of", "half", "past", "quarter", "to", "in", "morning", "afternoon",
                           "evening", "o", "clock"})  # fmt: skip
"""The same in English ("the day after tomorrow at half 5", "Thursday the 10th at 10 o'clock")."""


def _when_then_for_service(
    masked: list[str], start: int, services: list[tuple[int, int]], today: date
) -> int | None:
    """ "…, EN 583 TC, ha la spia motore accesa: lunedì 30 in mattinata per una diagnosi": after the plate
    (`start`) and what the car does, the day (its time or part) then "per" and the service, said last. Where the
    day starts, else None."""
    if not services or services[-1][1] != len(masked):
        return None
    s_start = services[-1][0]
    k = s_start
    while k > start and masked[k - 1] in _ARTICLES:  # "per una diagnosi", "per le pastiglie"
        k -= 1
    if k <= start or masked[k - 1] != "per":
        return None
    for day_at in range(start, k - 1):
        segment = masked[day_at : k - 1]
        when = extract_datetime(segment, today)
        if len(when.dates) != 1 or when.dates[0].start != 0:
            continue
        glue = all(
            i in when.consumed or t in _WHEN_GLUE or t.isdigit() or word_to_number(t) is not None
            for i, t in enumerate(segment)
        )
        inside = {i - start for a, b in services for i in range(a, b) if start <= i < day_at}
        said = masked[start:day_at]
        if glue and (not said or is_symptom(said, inside)):
            return day_at
        return None
    return None


def symptom_said(tokens: list[str], today: date) -> tuple[int, int] | None:
    """The span of what the car does, said right after the vehicle's plate and before the service of a booking
    said without a verb ("il Touran grigio, DW 336 NE, ha la spia dell'ABS accesa: diagnosi domani alle 10",
    engine.fastpath.symptoms.symptom_then_service) or before its day ("…, ha la spia motore accesa: lunedì in
    mattinata per una diagnosi"), or between the vehicle told of first and its plate ("Pirozzi ha il Trafic che
    frena male, FD 274 ZW: …"), else None."""
    plates = find_plates(tokens)
    if not plates:
        return None
    services = [(m.start, m.end) for m in find_services(tokens)]
    after = symptom_then_service(tokens, plates[0].end, services)
    if after is not None:
        return after
    day_first = _when_then_for_service(tokens, plates[0].end, services, today)
    if day_first is not None and day_first > plates[0].end:
        return plates[0].end, day_first
    if _told_then_plate(tokens, 0, plates[0]) == "symptom":
        desc = find_vehicle_description(tokens[: plates[0].start])
        return desc.end, plates[0].start
    return None


_PART_GONE = (("e", "morta"), ("e", "morto"), ("e", "andata"), ("e", "andato"), ("e", "finita"), ("e", "finito"),
              ("e", "scarica"), ("e", "scarico"), ("e", "da", "buttare"), ("sono", "finite"), ("sono", "finiti"),
              ("sono", "andate"), ("sono", "andati"), ("sono", "lisce"), ("sono", "consumate"),
              ("sono", "consumati"), ("sono", "da", "buttare"), ("e", "a", "terra"), ("a", "terra"))  # fmt: skip
_REPLACEMENT = frozenset({"sostituzione", "sostituzioni", "cambio", "ricambio"})
"""Said right after a part told dead or worn ("la batteria è morta, sostituzione domani alle 4"): the
replacement of that part asked for, its service the part's."""


def part_replaced(masked: list[str], start: int, services: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words that tell a part dead or worn and ask for its replacement, said from `start` (right after the
    plate): "la batteria è morta, sostituzione …", "le pastiglie sono finite: cambio …"; the span of its article
    up to the replacement word, the part's service kept out of it (so the booking reads as the service said
    bare). Only the part's one service said there, and no other service after it ("le pastiglie sono finite,
    cambio gomme …" names two jobs: None)."""
    if len(services) != 1 or services[0][0] < start:
        return None
    s_start, s_end = services[0]
    if any(t not in _ARTICLES for t in masked[start:s_start]):
        return None
    gone = next((g for g in _PART_GONE if tuple(masked[s_end : s_end + len(g)]) == g), None)
    at = s_end + len(gone) if gone is not None else -1
    if gone is None or at >= len(masked) or masked[at] not in _REPLACEMENT:
        return None
    return start, at + 1


_JOB_OF_PART: dict[str, frozenset[str]] = {
    "ricarica": frozenset({"aircon", "battery"}),
    **{job: frozenset({"battery", "tyres", "brakes", "oil_change"}) for job in _REPLACEMENT},
}
"""A job said alone and the parts (their services) it is done to: "ricarica" of the air conditioning or the
battery, "sostituzione" or "cambio" of a part that wears."""


def part_then_its_job(masked: list[str], start: int) -> tuple[int, int] | None:
    """What the car does, said from `start` (right after the plate) naming the part that fails, then that part's
    job said alone ("ha il clima che non rinfresca più: ricarica lunedì 30 alle 3", "ha le gomme lisce: cambio
    giovedì"): the span of the symptom and the job word, the part's service kept out of it (so the booking reads
    as the part's service said bare). Only one kind of part named, a job that fits it, and no service after the
    job ("…: ricarica del clima" is a service said whole, read as such)."""
    services = find_services(masked)
    at = next((k for k in range(start + 1, len(masked)) if masked[k] in _JOB_OF_PART), None)
    if at is None or any(m.end > at and m.start <= at + 2 for m in services):
        return None
    inside = [m for m in services if start <= m.start and m.end <= at]
    if len({m.kind.key for m in inside}) != 1 or inside[0].kind.key not in _JOB_OF_PART[masked[at]]:
        return None
    kept = {k - start for m in inside for k in range(m.start, m.end)}
    if not is_symptom(masked[start:at], kept):
        return None
    return start, at + 1


def _without_due_said(words: list[str]) -> list[str]:
    """`words` with the "sono" of a part said due inside its service blanked ("le pastiglie sono da sostituire",
    `services._replaced`): of the job to do, no verb of one booked ("le pastiglie sono state fatte" stays)."""
    inside = {i for m in find_services(words) for i in range(m.start, m.end)}
    return ["_" if i in inside and t == "sono" else t for i, t in enumerate(words)]


_JOB_SAID_AFTER = frozenset({"davanti", "dietro", "anteriori", "posteriori", "da", "ricaricare", "sostituire",
                             "cambiare", "controllare", "fare"})  # fmt: skip
"""Said between a service and its day, of the job itself ("le pastiglie davanti", "il clima da ricaricare")."""


def _job_then_when(masked: list[str], service_end: int, today: date) -> bool:
    """One day said with its time right after the service and the words of the job itself ("le pastiglie davanti
    lunedì 30 alle 3", "il clima da ricaricare dopodomani alle 5"): the job to do, asked for. Said bare ("il
    tagliando lunedì alle 11") it may tell of the one booked; "la batteria è morta, lunedì alle 10" tells what the
    car has."""
    when = extract_datetime(masked, today)
    if len(when.dates) != 1 or when.time is None or when.dates[0].start < service_end:
        return False
    said = set(masked[service_end : when.dates[0].start])
    if not said:  # "…, DV 837 MT, le pastiglie dei freni venerdì 11 dicembre alle 11.": the whole request, dictated
        return _ends_with_when(masked, when)
    return said <= _JOB_SAID_AFTER


def _ends_with_when(masked: list[str], when: DateTimeSlots) -> bool:
    """Nothing said after the day and its time: the service, its day and time end the request (a booking dictated,
    with its article), no more told of it ("…, il tagliando lunedì alle 11, ma non viene")."""
    ends = [d.end for d in when.dates] + [t.end for t in when.times]
    return all(t == "_" for t in masked[max(ends) :])


def _with_time(masked: list[str], today: date) -> bool:
    """One day said with its time."""
    when = extract_datetime(masked, today)
    return len(when.dates) == 1 and when.time is not None


_TIME_ASKED = frozenset({"time_cut"})
"""The one doubt about the time that leaves the booking's words whole: the parser asks the time, writing nothing."""


_HELD = (("ho", "qui"), ("ho",), ("c", "e", "qui"))
"""Said before the vehicle the person has at the counter: "ho (qui) la Arkana della Bonfiglio, GK 274 SB, …"."""
_AT_THE_DESK = (("al", "banco"), ("in", "officina"), ("davanti",))
"""Where the person is, said after `_HELD` ("ho qui al banco la signora …", set 40)."""
_WHO_BROUGHT = frozenset({"signor", "signora", "signorina", "cliente", "dottor", "dottoressa"})
_BROUGHT_WITH = frozenset({"con", "col"})
_BROUGHT_WITHIN = 4
"""How many words (article, title, name) the customer takes before "con" their vehicle."""


def _customer_with(head: list[str], at: int) -> int:
    """How many words at `at` are the customer at the counter and "con" before their vehicle ("la signora Vezzosi con
    la Komendant nera, ET 207 XE, …", "il signor Rossi col Doblò"): its article, a title and a name only, the vehicle
    described right after; 0 when not so said ("ho la Rossi che aspetta" is no vehicle)."""
    window = head[at : at + _BROUGHT_WITHIN + 1]
    with_at = next((i for i, t in enumerate(window) if t in _BROUGHT_WITH), None)
    if with_at is None or not _WHO_BROUGHT & set(window[:with_at]) or window[0] not in _ARTICLES:
        return 0
    desc = find_vehicle_description(head[at + with_at + 1 :])
    return with_at + 1 if not desc.is_empty() and desc.start <= 1 else 0


def _held_here(head: list[str], first: int) -> int:
    """How many words at `first` say the person has the vehicle there ("ho la Arkana …", "ho qui il Doblò …"), where
    (`_AT_THE_DESK`) and its customer with it maybe said between ("ho qui al banco la signora Vezzosi con la
    Komendant nera, …", set 40): only before its article and a description of the vehicle right after it; 0 when not
    so said."""
    for held in _HELD:
        at = first + len(held)
        if tuple(head[first:at]) != held:
            continue
        at += next((len(desk) for desk in _AT_THE_DESK if tuple(head[at : at + len(desk)]) == desk), 0)
        at += _customer_with(head, at)  # "ho qui al banco la signora Vezzosi con la Komendant …" (set 40)
        if head[at : at + 1] and (head[at] in _ARTICLES or head[at - 1] == "col"):
            desc = find_vehicle_description(head[at:])
            if not desc.is_empty() and desc.start <= 1:
                return at - first
    return 0


def _command_said(head: list[str], *, but: str = "") -> bool:
    """Any command's cue said in `head` (but the cues of the command `but`), but for the job's own verb inside its
    service ("batteria da sostituire venerdì 4": the service, no command of its own)."""
    in_service = {i for m in find_services(head) for i in range(m.start, m.end)}
    return any(
        not set(range(at, at + len(said))) <= in_service
        for command, cue_list in cues.CUES.items()
        if command != but
        for at, said in find_all(head, cue_list)
    )


_CALLER = frozenset({"fella", "fellow", "chap", "bloke", "guy", "lady", "gentleman", "man", "woman", "customer",
                     "signore", "signora", "cliente", "ragazzo", "ragazza"})  # fmt: skip
_CALLER_ARTICLES = frozenset({"the", "that", "this", "il", "la", "quel", "quella"})
_WHO = frozenset({"who", "that", "che", "_"})


def _for_a_caller(masked: list[str], service_end: int) -> bool:
    """The service said for a person who called or came by, told of ("a diagnostic for the fella who rang this
    morning, Monday the 7th at 11"; "una diagnosi per il signore che ha chiamato stamattina, …"; their day gone
    by masked as "_" by intents.past_visit_days): a booking whose vehicle is still to be asked, nothing written."""
    after = masked[service_end : service_end + 4]
    return (
        len(after) == 4 and after[0] in _TO_VEHICLE and after[1] in _CALLER_ARTICLES and after[2] in _CALLER
        and after[3] in _WHO
    )  # fmt: skip


_PART_NEW = frozenset({"nuova", "nuove", "nuovo", "nuovi"})
""""Batteria nuova per la Pixo …", "gomme nuove per la Yaris …": the part said new between the service and the vehicle,
the same booking as the service said bare ("batteria per la Pixo …")."""


_ON_THE_DOT = frozenset({"punto", "precise", "precisa", "esatte"})
""""alle 11 in punto", "alle 9 precise": the hour said exactly, no word of its own."""
_WHEN_ENDS = frozenset({"mezza", "mezzo", "quarto", "mattinata", "mattina", "pomeriggio", "serata", "sera",
                        "morning", "afternoon", "evening", "clock"})  # fmt: skip
"""Words of `_WHEN_GLUE` that may end the day and time ("alle 9 e mezza"); "alle", "un" never do."""


def _when_opens(head: list[str], first: int, today: date) -> int:
    """How many words at `first` are the day with its time and nothing else ("Dopodomani alle 11 in punto, cambio
    gomme sulla Alpine, FN 424 RF"), the job said right after them; 0 when it does not open so. The day must be
    said first, so no word before it names a day already set ("di martedì", `OLD_DAY`)."""
    if first >= len(head) or head[first] in OLD_DAY:
        return 0
    for end in range(len(head) - 1, first, -1):
        if not find_services(head[end : end + 4]) and head[end] not in _ARTICLES | _EN_ARTICLES:
            continue  # the job (or its article) right after it: "domani alle 9 il tagliando …", "… cambio gomme …"
        if _when_only(head[first:end], today):
            return end - first
    return 0


def _when_only(segment: list[str], today: date) -> bool | None:
    """Is `segment` one day, said first, with its time and nothing else ("dopodomani alle 11 in punto")? None when no
    such day and time opens it; False when other words are said among them, or it ends on a word that cannot end
    them ("… alle"); True when only the day and its time are said."""
    when = extract_datetime(segment, today)
    opening = 1 if segment[:1] == ["the"] else 0  # "the day after tomorrow at half 5"
    if len(when.dates) != 1 or when.dates[0].start != opening or when.time is None or when.conflicts:
        return None
    glue = all(i in when.consumed or t in _WHEN_GLUE | _WHEN_GLUE_EN | _ON_THE_DOT or t.isdigit()
               or word_to_number(t) is not None for i, t in enumerate(segment))  # fmt: skip
    return glue and (segment[-1] not in _WHEN_GLUE or segment[-1] in _WHEN_ENDS)


def _job_after_when(head: list[str], first: int, today: date) -> list[str] | None:
    """ "La MR2 gialla della Lamanuzzi stamattina non è partita: dopodomani alle 2 una batteria nuova, DS 830 DY": after
    the vehicle (and what it does), the day with its time, then the one job said last, a new one ("una batteria
    nuova") or bare, its plate maybe said after it. `head` in the order the dictation is read in (vehicle, plate,
    job, day: "…, DS 830 DY: una batteria nuova dopodomani alle 2"); None when not so said ("… domani alle 9 il
    tagliando" may tell of the one booked: left as it was)."""
    plates, services = find_plates(head), find_services(head)
    if len(plates) != 1 or len(services) != 1:
        return None
    plate, job = plates[0], services[0]
    end = job.end + (head[job.end : job.end + 1] != [] and head[job.end] in _PART_NEW)
    plate_last = plate.start == end and plate.end == len(head)
    if not plate_last and (end != len(head) or plate.end > job.start):
        return None
    start = job.start - (job.start > 0 and head[job.start - 1] in _NEW_ONE)
    for day_at in range(first + 1, start):
        segment = head[day_at:start]
        only = _when_only(segment, today)
        if only is None:
            continue
        if not only or head[day_at - 1] in OLD_DAY:
            return None
        plate_words = head[plate.start : plate.end] if plate_last else []
        return [*head[:day_at], *plate_words, *head[start:end], *segment]
    return None


_THANKS = (("grazie", "mille"), ("grazie",), ("per", "favore"), ("per", "cortesia"), ("thank", "you"), ("thanks",),
           ("please",))  # fmt: skip
"""Courtesy said last ("…, sabato mattina alle 10 per una revisione, grazie", set 48): no part of the booking."""


def _without_thanks(head: list[str]) -> list[str]:
    """`head` without the courtesy said at its end (`_THANKS`)."""
    for thanks in _THANKS:
        if len(head) > len(thanks) and tuple(head[-len(thanks) :]) == thanks:
            return head[: -len(thanks)]
    return head


def verbless_booking(
    tokens: list[str],
    head_end: int,
    text: str,
    today: date,
    *,
    day_alone: bool = False,
    day_to_come: bool = False,
    plate_to_come: bool = False,
    first_free: bool = False,
    as_dictated: bool = False,
) -> str | None:
    """"booking" when tokens[:head_end] are a whole booking said without a verb (see the module's doc), else None;
    with `day_alone`, its day said without a time is one too, and the vehicle may open it without "per" (not where
    a message is asked for: "per la Panda, il tagliando venerdì: mandagli la conferma" speaks of the appointment
    that exists); with `day_to_come` (the person said the day is not known yet: "I'll let you know the day
    later"), one with no day said at all (the day is then asked, nothing is written); with `plate_to_come` ("I'll
    get the reg off the owner later"), the vehicle described with no plate, then "in for" or "for" the service ("a
    black Ranger in for brakes on Monday at 2": the plate is then asked, nothing is written). "said_back" for the vehicle
    said first, what it does, then the service with its article ("…, frena male: le pastiglie giovedì alle 4"):
    most likely the job asked for, it may still tell of the one booked, so its write is said back for a yes; and so
    is one opened by the person having the vehicle there ("ho la Arkana della Bonfiglio, GK 274 SB, …"). With
    `first_free` (the first free slot read as asked), one with no day said and the first free slot named after the
    service ("la Lybra verde, DH 318 XC, cambio olio al primo buco che hai"): told, no question, it asks for the
    job put there, as "prenota … al primo posto libero" does.

    "dictated" for the counter's dictation no form above reads ("la Tivoli bianca della signora X, DR 815 DL:
    tagliando lunedì 30 alle 9 e mezza", `_dictated`): its model or owner maybe unknown, it is always said back whole
    for a yes (the owner's rule), and its unknown words are the vehicle's (`dictated_names`). With `as_dictated`, a
    "booking" read above is read so too (its names unknown, it is said back rather than refused)."""
    head = _without_thanks(tokens[:head_end])
    if "?" in text or not head:
        return None
    if _command_said(_weak_verb_masked(head), but="first_free_slot" if first_free else ""):
        return None
    first = 0
    while first < len(head) and head[first] in OPENERS:
        first += 1
    when_first = _when_opens(head, first, today) if day_alone else 0
    if when_first:  # "Dopodomani alle 11, cambio gomme sulla Alpine, FN 424 RF": read with its day said last
        head = [*head[:first], *head[first + when_first :], *head[first : first + when_first]]
    job_last = None if when_first or not day_alone or first_free or day_to_come else _job_after_when(head, first, today)
    if job_last is not None:  # "…: dopodomani alle 2 una batteria nuova, DS 830 DY": read as dictated, said back
        head = job_last
    opening = first  # where the request opens, past its greeting: the caller "con" the car said there
    held = _held_here(head, first)
    first += held
    if first < len(head) and (head[first] in _ARTICLES or head[first] in _EN_ARTICLES):
        first += 1
    plates = find_plates(head)
    in_plate = {i for p in plates for i in range(p.start, p.end)}
    masked = ["_" if i in in_plate else t for i, t in enumerate(head)]
    phoned = _phoned_first(head, first) if day_alone and not first_free else 0
    weak = _weak_verb_after(masked, plates[0].end) if plates and day_alone and not first_free else 0
    # "ha chiamato Zanellato: il Ranger …, va in diagnosi …": no words of the booking; the dictation (`_dictated`)
    # reads the vehicle after who called
    masked[first : first + phoned] = ["_"] * phoned
    if weak:
        masked[plates[0].end : plates[0].end + weak] = ["_"] * weak
    vehicle_at = first + phoned + (phoned > 0 and head[first + phoned] in _ARTICLES)
    spans = [(m.start, m.end) for m in find_services(masked)]
    symptom = symptom_then_service(masked, plates[0].end, spans) if plates else None
    # the vehicle told of first ("Pirozzi ha il Trafic che frena male, FD 274 ZW: …"), and the day said before
    # the service ("…: lunedì 30 in mattinata per una diagnosi"): the bare forms, as the vehicle opening them is
    told = _told_then_plate(head, first, plates[0]) if plates and day_alone else None
    if told == "symptom":  # "… stamattina non è partita, DS 830 DY: …": when it failed, no day of the booking
        masked[: plates[0].start] = without_failing(masked[: plates[0].start], set())
    day_first = _when_then_for_service(masked, plates[0].end, spans, today) if plates and day_alone else None
    if symptom is None and day_first is not None and day_first > plates[0].end:
        symptom = (plates[0].end, day_first)
    if symptom is not None:  # "…, FZ 465 MW, frena male: pastiglie …": why, no words of the booking
        masked[symptom[0] : symptom[1]] = ["_"] * (symptom[1] - symptom[0])
    replaced = part_replaced(masked, plates[0].end, spans) if plates and day_alone and symptom is None else None
    if replaced is None and plates and day_alone and symptom is None:
        replaced = part_then_its_job(masked, plates[0].end)  # "…, ha il clima che non rinfresca: ricarica …"
    if replaced is not None:  # "…, HD 051 XJ: la batteria è morta, sostituzione domani alle 4": the part's job
        kept = {i for a, b in spans for i in range(a, b)}
        masked = ["_" if replaced[0] <= i < replaced[1] and i not in kept else t for i, t in enumerate(masked)]
    said_at = min((a for a, _ in spans), default=-1)
    due_said = bool(plates and day_alone and spans) and any(
        due(head, first, plates[0], said_at, max(b for a, b in spans if a == said_at), today)
        for due in (_due_then_plate, _plate_then_due)
    )
    if due_said:  # "the Juke is due its MOT, …": "is" tells of the job needed, no appointment had
        masked = ["_" if t == "is" and masked[i + 1 : i + 2] == ["due"] else t for i, t in enumerate(masked)]
    told_of = masked[plates[0].start :] if told is not None else masked  # "Pirozzi ha il Trafic": has, owns
    told_of = _without_due_said(told_of)  # "le pastiglie sono da sostituire": the job due, no one booked
    dictated_only = False  # only the counter's dictation (`_dictated`) may still read it, its symptoms blanked
    if SAID_OF_ONE_BOOKED & set(told_of):  # a plate's letters are no verb: "HA 274 WR" holds no "ha"
        loose = without_symptoms(masked)
        if not (plates and day_alone) or SAID_OF_ONE_BOOKED & set(loose):
            return None
        masked, dictated_only = loose, True  # "…, ha i freni che fischiano: pastiglie …": why, no verb of one booked
    services = find_services(masked)
    if not services:
        asks_job = plates and day_alone and not (first_free or day_to_come or phoned or weak or told or symptom)
        return "dictated" if asks_job and _job_not_said(masked, first, plates, today) else None
    found = "booking"
    if dictated_only:
        return _dictated_said_back(head, masked, vehicle_at, plates, services[0].start, today)
    # the vehicle said first, bare ("La Kangoo di Pini, HA 274 WR: un cambio olio giovedì alle 3"), only where no
    # message is asked: "la Panda, AB 123 CD, il tagliando venerdì alle 9: mandagli la conferma" is its message
    vehicle_first = _for_vehicle_then_service(
        masked, first, plates, services[0].start, bare=day_alone
    ) or _vehicle_then_for_service(head, first, plates, services[0].start)
    if not vehicle_first and plates and day_alone and _lost_verb_then_in_for(head, first, plates, services[0].start):
        vehicle_first, found = True, "said_back"  # the opening not heard: its write said back for a yes
    if not vehicle_first and due_said:
        vehicle_first, found = True, "said_back"  # "the Infiniti's due its MOT: EZ 606 NB, Monday …": said back
    if not vehicle_first and not plates and plate_to_come:
        vehicle_first = _described_then_for_service(head, first, services[0].start) or _caller_with_described(
            head, opening, services[0].start
        )
    if not vehicle_first and plates and day_alone:
        opens = told is not None or _vehicle_opens(head, first, plates[0])
        between = set(masked[plates[0].end : services[0].start]) - {"_"}
        if opens and told is not None and between <= _NEW_ONE:
            vehicle_first = True  # "La signora Lunardi dice che l'MX-5 fischia … Targa FT 839 NA. Pastiglie …"
        elif opens and day_first is not None:
            # "…: venerdì alle 10 per le pastiglie" may tell of the one booked, as the service's article after
            # the plate may: said back; "per una diagnosi" asks for one
            vehicle_first = True
            found = "said_back" if masked[services[-1].start - 1] in _DEFINITE else "booking"
        elif day_first == plates[0].end and _loosely_a_vehicle(head[first : plates[0].start]):
            # "La Stanguellini azzurra della Sgroppo, CY 0 5 8 KH, sabato mattina alle 10 per una revisione" (set
            # 48): the same with a model the fast path does not know, only words of a vehicle before its plate: the
            # counter's dictation, said back whole for a yes
            vehicle_first, found = True, "dictated"
        elif opens and between <= _ARTICLES and (told == "symptom" or symptom is not None):
            vehicle_first, found = True, "said_back"
        elif opens and _for_the_service(masked[plates[0].end : services[0].start]):
            # "l'Outlander di Rossi, GN 402 GE, per le pastiglie lunedì 30": "per" the job after the plate, most
            # likely asked for, yet it may tell what the one booked is for: said back for a yes
            vehicle_first, found = True, "said_back"
        elif opens and between and between <= _DEFINITE and _job_then_when(masked, services[0].end, today):
            # "La Thema di Rossi, GC 175 HP, le pastiglie davanti lunedì 30 alle 3": the service with its definite
            # article, the job told, its day and time: most likely the job asked for, yet said back for a yes
            vehicle_first, found = True, "said_back"
        elif opens and weak and between <= _DEFINITE:
            # "la Macan bianca, HA 731 FR, mi serve il tagliando mercoledì …": the need said, the job with its
            # article may still be the one booked: said back whole for a yes
            vehicle_first, found = True, "said_back"
    if not vehicle_first and plates and not day_alone and _vehicle_opens(head, first, plates[0]):
        # a message asked after it ("DG 371 BA, la 147 di Pozzi: tagliando martedì 1 alle 16 e 30, e mandagli la
        # conferma"): the service bare (or "un") right after the plate and the vehicle, no definite article ("…,
        # il tagliando venerdì: mandagli la conferma" speaks of the one booked), with its day and time, is most
        # likely a new booking, yet may still tell of the one booked: said back whole for a yes, never written
        # the vehicle's description may open it, the plate after, when the message is added with "e" ("La
        # Giulietta nera di Pellizzari, DZ 893 PK, cambio gomme lunedì 14 alle 3, e mandagli la conferma per SMS"):
        # the same, said back; "…, un tagliando lunedì alle 11: mandale la conferma" is the message of the one said
        said = [t for t in masked[plates[0].end : services[0].start] if t != "_"]
        bare = set(_described_after_plate(said)) <= _NEW_ONE
        added = tokens[head_end : head_end + 1] == ["e"]
        if (plates[0].start <= first + 1 or added) and bare and _with_time(masked, today):
            vehicle_first, found = True, "said_back"
    dictation = day_alone and not (first_free or day_to_come)
    read_first = not vehicle_first or (as_dictated and found == "booking")
    if (
        plates and dictation and read_first
        and (_dictated(masked, vehicle_at, plates[0], services[0].start)
             or (not phoned and _dictated_with_its_article(masked, vehicle_at, plates[0], services[0].start, today)))
        and _nothing_told_after(masked, services[0].start, today)
    ):  # fmt: skip
        # "la Tivoli bianca della Rossi, DR 815 DL: tagliando lunedì …": the counter's dictation, said back whole
        vehicle_first, found = True, "dictated"
    if weak and found == "booking":
        found = "dictated"  # a weak verb after the plate: said back whole for a yes, as a dictation is
    if not vehicle_first:
        if services[0].start != first:
            return None
        after = services[0].end + (masked[services[0].end : services[0].end + 1] != [] and
                                   masked[services[0].end] in _PART_NEW)
        after_service = masked[after : after + 1]
        if not after_service or after_service[0] not in _TO_VEHICLE:
            return None
    if not plates and find_vehicle_description(masked).is_empty() and not _for_a_caller(masked, services[0].end):
        return None
    when = extract_datetime(masked, today)
    if first_free:
        named = find_any(masked, cues.FIRST_FREE)
        return found if named is not None and named[0] >= services[0].end and not when.dates else None
    if day_to_come:

        # the day to come: no day said (an hour may be: "alle 9... il giorno me lo conferma lei")
        return found if not when.dates else None
    if not when.dates and when.time is not None and not when.conflicts and _for_the_vehicle(head, first, plates):
        return found  # "per il Tucson, EB 930 YK, una ricarica del clima alle 4 e mezza": its day asked, no write
    if found == "dictated" and not when.dates and when.time is None and not when.conflicts:
        return found  # "la Tivoli della Rossi, DR 815 DL: un tagliando": the vehicle and the job, its day asked
    if len(when.dates) != 1 or set(when.conflicts) - _TIME_ASKED:
        return None  # its minutes cut or misheard ("alle 3 e mesi"): a booking still, its time asked by the parser
    if when.time is None and (not day_alone or find_any(head, cues.FIRST_FREE) is not None):
        return None  # a day alone is said back at its first free time; "il primo posto" would book it
    day = when.dates[0]
    if (held or job_last is not None) and found == "booking":
        # "ho la Arkana …": told of as much as asked for; the job after its day, read in another order: said back
        found = "said_back"
    return None if day.start > 0 and masked[day.start - 1] in OLD_DAY else found


_WEAK_VERBS = (("va", "in"), ("va", "a", "fare"), ("lo", "porta"), ("la", "porta"), ("lo", "portano"), ("la", "portano"),
               ("me", "la", "porta"), ("me", "lo", "porta"),
               # the need said after the plate (set 29: "la Macan bianca, HA 731 FR, mi serve il tagliando mercoledì
               # …"; "mi serve un …" books where it opens the request)
               ("mi", "serve"), ("ci", "serve"), ("mi", "servirebbe"), ("ci", "servirebbe"),
               # the job it is due, said after the plate (set 31: "la Phedra …, EM 555 BL, deve ricaricare il clima:
               # martedì 15 alle 11")
               ("deve",))  # fmt: skip
"""A weak verb said of the job right after the plate ("…, FA 098 LP, va in diagnosi martedì …", "lo porta mercoledì
alle 8 per un tagliando", "mi serve il tagliando …"): the booking still said without its verb, so said back whole."""


def _weak_verb_after(masked: list[str], at: int) -> int:
    """How many words at `at` (right after the plate) are such a weak verb (`_WEAK_VERBS`); 0 when none."""
    said = next((w for w in _WEAK_VERBS if tuple(masked[at : at + len(w)]) == w), None)
    return len(said) if said is not None else 0


def _weak_verb_masked(head: list[str]) -> list[str]:
    """`head` with a weak verb right after its plate blanked (`_WEAK_VERBS`): "mi serve" there is the need of the
    dictated booking, not the booking cue "serve" said bare elsewhere."""
    plates = find_plates(head)
    weak = _weak_verb_after(head, plates[0].end) if plates else 0
    return head if not weak else [*head[: plates[0].end], *["_"] * weak, *head[plates[0].end + weak :]]


def _phoned_first(head: list[str], first: int) -> int:
    """How many words at `first` tell who is on the line, named ("ha chiamato Zanellato: il Ranger …", "ho al
    telefono la signora Pini, …"), the vehicle's article right after; 0 when not so opened."""
    for k in range(2, 8):
        if _on_the_phone(head[first : first + k]) and head[first + k : first + k + 1] and head[first + k] in _ARTICLES:
            return k
    return 0


_DICTATED_WORDS = 8
"""At most so many words said for the vehicle around its plate in a booking dictated at the counter ("quello della EM
904 TG, il Grand Vitara grigio di Buzzacchera"): more is a story, not a vehicle."""


_OF_THE_VEHICLE = _ARTICLES | _OF_OWNER | _TITLES | frozenset({"ditta", "quello", "quella", "signori", "famiglia"})
"""The small words a vehicle and its owner are said with ("quello della …", "il Master della ditta Ingrassia")."""


def _a_vehicle_word(words: list[str], k: int) -> bool:
    """Is words[k] a word of a vehicle or its owner: its article or "di", a colour, make, model or body the fast path
    knows, a word it does not know (a name: "Tivoli", "Tagliabracci"), or a model said with its digits ("il DS3",
    "la V40", "la 406")? Never a known word of anything else ("mi serve", "dopo", "lo porta")."""
    t = words[k]
    if t in _OF_THE_VEHICLE or t in COLOURS or t in MAKES or t in BODIES or t in _MODEL_WORDS:
        return True
    if t in COLOUR_WORDS:  # a shade said after its colour ("grigio topo"), never alone
        return k > 0 and (words[k - 1] in COLOURS or words[k - 1] in COLOUR_WORDS)
    if t.isdigit():
        return k > 0 and words[k - 1] in _ARTICLES
    if t.isalnum() and not t.isalpha():
        return True
    return t.isalpha() and t not in known_words()


_MODEL_WORDS = frozenset(w for model in MODELS for w in model)


def _loosely_a_vehicle(words: list[str]) -> bool:
    """Can `words` (said before or after a plate, up to the service) be only the vehicle and its owner, its model
    maybe unknown to the fast path ("la Tivoli bianca della signora Tagliabracci", "il Grand Vitara grigio di
    Buzzacchera", "targa")? Only such words (`_a_vehicle_word`), and few."""
    said = [t for t in words if t != "_"]
    return len(said) <= _DICTATED_WORDS and all(_a_vehicle_word(said, k) for k in range(len(said)))


def _nothing_told_after(masked: list[str], service_at: int, today: date) -> bool:
    """Are the words between the service at `service_at` and its day (or the end) only the job's own ("gomme da
    cambiare sabato", "le pastiglie davanti lunedì")? "la batteria è morta, lunedì alle 10" tells what the car has,
    its replacement not asked."""
    ends = [m.end for m in find_services(masked) if m.start == service_at]
    if not ends:
        return False
    when = extract_datetime(masked, today)
    upto = when.dates[0].start if when.dates and when.dates[0].start >= ends[0] else len(masked)
    return all(t in _JOB_SAID_AFTER or t == "_" for t in masked[ends[0] : upto])


def _dictated(head: list[str], first: int, plate: PlateMatch, service_at: int) -> bool:
    """The counter's dictation of a booking, "vehicle, plate: service day time", with no verb ("Allora, la Tivoli
    bianca della signora X, DR 815 DL: tagliando lunedì 30 alle 9 e mezza", "Targa CV 529 KS, la Thesis nera:
    revisione venerdì …"): the plate and the words of the vehicle around it, then the service, bare or "un"
    ("il tagliando" may tell of the one booked). The owner's rule: taken only with a day and a time said (checked by the caller), and always said
    back whole for a yes (the model may be one the fast path does not know, the job may be the one booked)."""
    if service_at < plate.end:
        return False
    before, between = head[first : plate.start], head[plate.end : service_at]
    if first > 0 and head[first - 1] in _ARTICLES and before[:1] and before[0].isdigit():
        # a model in digits read with its article: "la 4007 grigia di Rossi"
        before = head[first - 1 : plate.start]
    if between[-1:] and between[-1] in _DEFINITE:
        return False  # "…, CD 789 FG, il tagliando giovedì alle 10" may tell of the one booked: left as it was
    new_one = between[-1:] != [] and between[-1] in _NEW_ONE
    if new_one:
        between = between[:-1]
    if between[:1] == ["_"] and between[-1:] == ["per"]:
        # its weak verb, then the day and "per" the job ("…, lo porta mercoledì alle 8 e mezza per un tagliando")
        when = extract_datetime(between[:-1], date(2000, 1, 3))
        rest = [t for k, t in enumerate(between[:-1]) if k not in when.consumed and t != "_"]
        glue = _WHEN_GLUE | {"prossimo", "prossima"}  # "mercoledì prossimo"
        return len(when.dates) == 1 and all(t in glue for t in rest) and _loosely_a_vehicle(before)
    if new_one and between[-1:] == ["per"]:  # "…, DV 913 CB, per una ricarica del clima giovedì …": a new job
        between = between[:-1]
    return _loosely_a_vehicle(before) and _loosely_a_vehicle(between)


def _dictated_with_its_article(
    head: list[str], first: int, plate: PlateMatch, service_at: int, today: date
) -> bool:
    """ "Hispano Suiza della Dalmonte, GC 828 SJ, le gomme invernali sabato 5 dicembre alle 9" (set 42): the
    counter's dictation (`_dictated`) with the job's definite article, its names unknown to the fast path, the job
    then its day and time right after it (`_job_then_when`), as a vehicle the fast path knows is read with it
    ("la Thema di Rossi, GC 175 HP, le pastiglie davanti lunedì 30 alle 3"): said back whole for a yes. "…, il
    tagliando è giovedì alle 10" or "…, il tagliando di giovedì" tell of the one booked (left as they were), and so
    does the owner on the line telling it ("Ho al telefono Bassi: la Yaris, …, il tagliando venerdì alle 9": the
    caller never passed here)."""
    between = head[plate.end : service_at]
    if len(between) != 1 or between[0] not in _DEFINITE:
        return False  # "Targa GM 555 NP, la Yaris di Colombo: le pastiglie …": the plate first, maybe the one booked
    ends = [m.end for m in find_services(head) if m.start == service_at]
    before = head[first : plate.start]
    return bool(ends) and bool(before) and _loosely_a_vehicle(before) and _job_then_when(head, ends[0], today)


def _job_not_said(masked: list[str], first: int, plates: list[PlateMatch], today: date) -> bool:
    """ "Toyota della Lamanuzzi, DS 830 DY, lunedì 7 dicembre alle 3": the counter's dictation with no job said, only
    the vehicle described (its make or model) around its one plate, then a day with its time closing it. A booking
    whose job is asked back, nothing written; "…, di lunedì alle 3" names a day already set, left as it was."""
    if len(plates) != 1 or plates[0].start < first:
        return False
    for day_at in range(plates[0].end, len(masked)):
        when = extract_datetime(masked[day_at:], today)
        if len(when.dates) != 1 or when.dates[0].start != 0 or when.time is None or when.conflicts:
            continue
        glue = all(i in when.consumed or t in _WHEN_GLUE | _ON_THE_DOT or t.isdigit() or word_to_number(t) is not None
                   for i, t in enumerate(masked[day_at:]))  # fmt: skip
        said = [t for k, t in enumerate(masked[:day_at]) if not plates[0].start <= k < plates[0].end]
        described = not find_vehicle_description(said).is_empty()  # with its article: "la Punto" is the car's
        vehicle = said[first:]
        return glue and described and masked[day_at - 1] not in OLD_DAY and _loosely_a_vehicle(vehicle)
    return False


def dictated_names(tokens: list[str], head_end: int, today: date) -> frozenset[str]:
    """The words no table knows said before the day of a dictated booking (`_dictated`): the vehicle's model and
    its owner's name ("la Tivoli bianca della signora Tagliabracci"), no words of the request left unread."""
    head = tokens[:head_end]
    when = extract_datetime(head, today)
    before = head[: when.dates[0].start] if when.dates else head
    return frozenset(t for t in before if t.isalpha() and t not in known_words())


def without_symptoms(tokens: list[str]) -> list[str]:
    """`tokens` with every span that only says what the car does blanked ("ha i freni che fischiano", "…: ha la
    spia dell'airbag accesa" said last): its "ha" tells of no appointment booked, its part no service asked. A
    service said right after the symptom is kept out of it ("frena male: pastiglie …"); a plate's letters ("HA
    274 WR") open none."""
    in_plate = {i for p in find_plates(tokens) for i in range(p.start, p.end)}
    masked = ["_" if i in in_plate else t for i, t in enumerate(tokens)]
    out = list(masked)
    service_at = {i for m in find_services(masked) for i in range(m.start, m.end)}
    k = 0
    while k < len(out):
        end = _symptom_end(out, k, service_at)
        if end is None:
            k += 1
            continue
        part = _part_of_job_after(masked, k, end)
        out[k:end] = ["_" if i not in part else t for i, t in enumerate(masked[k:end], start=k)]
        k = end
    return [tokens[i] if i in in_plate else t for i, t in enumerate(out)]


def _part_of_job_after(words: list[str], start: int, end: int) -> set[int]:
    """The positions of the one part's service inside the symptom words[start:end] when that part's job is said
    bare right after it ("ha la batteria a terra: sostituzione mercoledì alle 8"): the job asked is the part's
    (as `part_then_its_job` reads it), so its service stays; else none ("ha la batteria a terra: diagnosi …")."""
    if end >= len(words) or words[end] not in _JOB_OF_PART:
        return set()
    if any(m.start == end for m in find_services(words)):
        return set()  # "…: cambio gomme": a service said whole after it, its own
    inside = [m for m in find_services(words) if start <= m.start and m.end <= end]
    if len({m.kind.key for m in inside}) != 1 or inside[0].kind.key not in _JOB_OF_PART[words[end]]:
        return set()
    return {i for m in inside for i in range(m.start, m.end)}


def _symptom_end(words: list[str], start: int, service_at: set[int]) -> int | None:
    """Where the longest span of what the car does that opens at `start` ends ("ha la batteria a terra"), its
    trailing service and article left out; None when none opens there."""
    if words[start] not in SYMPTOM_OPENERS and words[start] not in ("che", "non"):
        return None
    for end in range(len(words), start + 1, -1):
        while end > start and (end - 1 in service_at or words[end - 1] in _ARTICLES) and end < len(words):
            end -= 1
        inside = {i - start for i in service_at if start <= i < end}
        if end - start >= 2 and is_symptom(words[start:end], inside):
            return end
    return None


def _dictated_said_back(
    head: list[str], masked: list[str], first: int, plates: list[PlateMatch], service_at: int, today: date
) -> str | None:
    """ "dictated" for a dictated booking (`_dictated`, or the service first, then "per" the vehicle) whose
    symptom said a "ha" ("…, ha la batteria a terra: sostituzione batteria domani alle 4"): one day with its
    time, not an old one, the rest as `verbless_booking` reads it."""
    by_plate = _dictated(masked, first, plates[0], service_at) and _nothing_told_after(masked, service_at, today)
    service_first = service_at == first and masked[service_at + 1 : service_at + 2] != []
    if not by_plate and not service_first:
        return None
    if not by_plate:  # "diagnosi (elettronica) per la XCeed …": a word of the job may come before "per"
        ends = [m.end for m in find_services(masked) if m.start == service_at]
        after = masked[ends[0] : ends[0] + 2] if ends else []
        if not (after[:1] and after[0] in _TO_VEHICLE) and not (
            len(after) == 2 and after[0].isalpha() and after[1] in _TO_VEHICLE
        ):
            return None
    when = extract_datetime(masked, today)
    if len(when.dates) != 1 or when.time is None or set(when.conflicts) - _TIME_ASKED:
        return None
    day = when.dates[0]
    return None if day.start > 0 and masked[day.start - 1] in OLD_DAY else "dictated"


_EN_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                      "tomorrow"})  # fmt: skip
_IT_DAYS = frozenset({"lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica", "oggi", "domani",
                      "dopodomani"})  # fmt: skip
_FROM = {"from": _EN_DAYS, "da": _IT_DAYS, "dal": _IT_DAYS}
_TO = {"to": _EN_DAYS, "a": _IT_DAYS, "al": _IT_DAYS}
_DA_A_TOLD = frozenset({"e", "sta", "stara", "resta", "restera", "rimane", "rimarra", "lascia", "lasciamo", "tiene",
                        "teniamo", "chiuso", "chiusi", "chiusa", "ferie", "noleggio", "cortesia", "sostitutiva",
                        "ogni", "tra", "fra", "aperto", "aperti", "qui", "li", "orario", "orari"})  # fmt: skip
"""The same said in Italian ("la Panda resta qui da lunedì a mercoledì", "siamo chiusi da …", "l'auto di cortesia
da …")."""

_FROM_TO_TOLD = frozenset({"is", "was", "s", "are", "were", "open", "closed", "shut", "off", "away", "here", "there",
                           "stays", "staying", "stay", "keep", "kept", "leave", "left", "hire", "rent", "loan",
                           "courtesy", "holiday", "holidays", "every", "between"})  # fmt: skip
"""Said with "from Monday to Wednesday" of a stretch of days, not of a job moved ("the Arona's here from Monday to
Wednesday", "we're closed from …", "the courtesy car from …")."""


def moved_from_day_to_day(tokens: list[str], text: str, *, has_plate: bool) -> str | None:
    """ "The red Arona, FT 063 LG, from Monday to Wednesday the 2nd at half 3" ("Shift the …" as whisper lost it),
    "il tagliando della Classe B, HC 135 ZG: da mercoledì 9 a venerdì 11, stessa ora": a request with a plate and
    no verb that takes its job from one day to another, "from"/"da" a day (its date maybe) then "to"/"a" a day
    right after. A stretch of days told ("it's here from Monday to Wednesday", "resta qui da lunedì a mercoledì")
    or asked ("?") moves nothing: None. "said_back" when its verb was lost (English, or no job named before it);
    "move" when the Italian names the job, then takes it from its day ("il tagliando …: da mercoledì 9 a …"): the
    counter's shorthand, the appointment named whole, so moved at once."""
    if not has_plate or "?" in text or (_FROM_TO_TOLD | _DA_A_TOLD) & set(tokens):
        return None
    for i in range(len(tokens) - 3):
        days = _FROM.get(tokens[i])
        if days is None or tokens[i + 1] not in days:
            continue
        k = i + 2
        if tokens[k : k + 1] == ["the"] and k + 1 < len(tokens) and tokens[k + 1][:1].isdigit():
            k += 2  # "from Monday the 30th to …"
        elif days is _IT_DAYS and tokens[k : k + 1] and tokens[k].isdigit():
            k += 1  # "da mercoledì 9 a …"
        to = tokens[k] if k < len(tokens) else ""
        if _TO.get(to) is days and k + 1 < len(tokens) and tokens[k + 1] in days:
            named = days is _IT_DAYS and any(m.end <= i for m in find_services(tokens[:i]))
            return "move" if named else "said_back"
    return None


