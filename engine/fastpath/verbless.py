"""A booking said without a verb: "la revisione per il Compass, FN 096 HE, lunedì alle 11 e mezza",
"cambio gomme per la C3 … mercoledì alle 5", optionally followed by its messages ("… e mandagli un
promemoria per SMS").

Only the whole of it is a booking: the service said first and followed by the vehicle ("<service> per
<vehicle>"), or "per" the vehicle with its plate and the service right after the plate ("per il Doblò, CS 981
VA, la batteria, lunedì alle 10"), a day that is not an existing appointment's ("di martedì", "da venerdì"), a time, no question
mark and no other command's cue. Anything less is left as it was (refused or read as a message), so a
request about an appointment that exists is never taken for a new one.

English is said the same ways: "winter tyres on the grey Mazda, FE 790 KJ, Monday at 3", and the vehicle with
its plate first, then "for" the service ("the beige Berlingo, FB 927 DE, for brake pads, Friday at 10"). When
the person says the day is not known yet ("…, I'll let you know the day later"), such a booking with no day or
time said is one too: its day is asked, nothing is written.

The day may come without its time ("per la Polo nera, EL 503 VB, un cambio gomme dopodomani in mattinata"):
then the booking is never made at once, its first free time that day is said back for a yes
(engine.fastpath.handlers.booking: "no_time"), so the first free slot asked in words is no such request.
"""

from __future__ import annotations

from datetime import date

from engine.fastpath import intents as cues
from engine.fastpath.dates import extract_datetime
from engine.fastpath.normalize import find_any
from engine.fastpath.plates_spoken import PlateMatch, find_plates
from engine.fastpath.services import find_services
from engine.fastpath.symptoms import symptom_then_service
from engine.fastpath.vehicles import find_vehicle_description

OPENERS = frozenset({"ehm", "emm", "eh", "em", "allora", "senti", "ascolta", "dunque", "ok", "okay", "bene",
                     "buongiorno", "buonasera", "salve", "ciao"})  # fmt: skip
"""Words said before the request that are no part of it."""
_ARTICLES = frozenset({"il", "lo", "la", "l", "un", "una", "uno", "i", "le", "gli"})
_EN_ARTICLES = frozenset({"the", "a", "an", "some", "new"})
"""Said before an English service or vehicle ("an oil change for the Octavia", "for new tyres")."""
_NEW_ONE = frozenset({"un", "una", "uno"})
_TO_VEHICLE = frozenset({"per", "alla", "al", "sulla", "sul", "della", "del", "dell", "for", "on"})
_OLD_DAY = frozenset({"di", "del", "della", "dello", "dell", "da", "dal", "dalla", "quella", "quello", "e", "era",
                      "from", "of"})  # fmt: skip
"""Said right before the day, it names a day already set ("di martedì", "è giovedì alle 10")."""
_SAID_OF_ONE_BOOKED = frozenset({"era", "ha", "aveva", "abbiamo", "avevamo", "sono", "fatto", "fatta",
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
    if plate.start == first:
        return True
    desc = find_vehicle_description(head[: plate.start])
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
    return bare and _vehicle_opens(head, first, plates[0]) and between <= _NEW_ONE


def _vehicle_then_for_service(head: list[str], first: int, plates: list[PlateMatch], service_at: int) -> bool:
    """ "The beige Berlingo, FB 927 DE, for brake pads": the vehicle with its plate first, nothing else before
    the plate, then "for" and the service (its article between)."""
    if not plates or plates[0].start < first:
        return False
    desc = find_vehicle_description(head[: plates[0].start])
    if plates[0].start > first and (desc.is_empty() or desc.start != first or desc.end < plates[0].start):
        return False
    between = head[plates[0].end : service_at]
    return between[:1] == ["for"] and set(between[1:]) <= _EN_ARTICLES


def symptom_said(tokens: list[str]) -> tuple[int, int] | None:
    """The span of what the car does, said right after the vehicle's plate and before the service of a booking
    said without a verb ("il Touran grigio, DW 336 NE, ha la spia dell'ABS accesa: diagnosi domani alle 10"),
    else None (engine.fastpath.symptoms.symptom_then_service)."""
    plates = find_plates(tokens)
    if not plates:
        return None
    services = [(m.start, m.end) for m in find_services(tokens)]
    return symptom_then_service(tokens, plates[0].end, services)


def verbless_booking(
    tokens: list[str],
    head_end: int,
    text: str,
    today: date,
    *,
    day_alone: bool = False,
    day_to_come: bool = False,
) -> bool:
    """True when tokens[:head_end] are a whole booking said without a verb (see the module's doc); with
    `day_alone`, its day said without a time is one too, and the vehicle may open it without "per" (not where a
    message is asked for: "per la Panda, il tagliando venerdì: mandagli la conferma" speaks of the appointment
    that exists); with `day_to_come` (the person said the day is not known yet: "I'll let you know the day
    later"), one with no day said at all (the day is then asked, nothing is written)."""
    head = tokens[:head_end]
    if "?" in text or not head:
        return False
    if any(find_any(head, cue_list) is not None for cue_list in cues.CUES.values()):
        return False
    first = 0
    while first < len(head) and head[first] in OPENERS:
        first += 1
    if first < len(head) and (head[first] in _ARTICLES or head[first] in _EN_ARTICLES):
        first += 1
    plates = find_plates(head)
    in_plate = {i for p in plates for i in range(p.start, p.end)}
    masked = ["_" if i in in_plate else t for i, t in enumerate(head)]
    spans = [(m.start, m.end) for m in find_services(masked)]
    symptom = symptom_then_service(masked, plates[0].end, spans) if plates else None
    if symptom is not None:  # "…, FZ 465 MW, frena male: pastiglie …": why, no words of the booking
        masked[symptom[0] : symptom[1]] = ["_"] * (symptom[1] - symptom[0])
    if _SAID_OF_ONE_BOOKED & set(masked):  # a plate's letters are no verb: "HA 274 WR" holds no "ha"
        return False
    services = find_services(masked)
    if not services:
        return False
    # the vehicle said first, bare ("La Kangoo di Pini, HA 274 WR: un cambio olio giovedì alle 3"), only where no
    # message is asked: "la Panda, AB 123 CD, il tagliando venerdì alle 9: mandagli la conferma" is its message
    vehicle_first = _for_vehicle_then_service(
        masked, first, plates, services[0].start, bare=day_alone
    ) or _vehicle_then_for_service(head, first, plates, services[0].start)
    if not vehicle_first:
        if services[0].start != first:
            return False
        after_service = masked[services[0].end : services[0].end + 1]
        if not after_service or after_service[0] not in _TO_VEHICLE:
            return False
    if not plates and find_vehicle_description(masked).is_empty():
        return False
    when = extract_datetime(masked, today)
    if day_to_come:
        return not when.dates and when.time is None  # the day to come: nothing of a day or time said
    if len(when.dates) != 1 or when.conflicts:
        return False
    if when.time is None and (not day_alone or find_any(head, cues.FIRST_FREE) is not None):
        return False  # a day alone is said back at its first free time; "il primo posto" would book it
    day = when.dates[0]
    return not (day.start > 0 and masked[day.start - 1] in _OLD_DAY)
