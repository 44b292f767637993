"""What else an utterance says about the vehicle whose plate was misheard, as likelihoods for the ranking
of engine.fastpath.plate_hearing (`Evidence`): independent of how the plate sounded.

- The description and the owner said ("la Focus bianca", "la signora Moretti"): a candidate that fits
  keeps its weight, one that contradicts is down-weighted (`MODEL_CONTRADICTED`...); a plate not on file
  would fit with the probability of a vehicle of the fleet fitting, estimated from the candidates
  looked up (plates are drawn independently of models and owners, so they are a sample of the fleet).
- The request itself: moving, cancelling, confirming or reminding is about a vehicle with an upcoming
  appointment (on the day said, if one was said); candidates without one are unlikely, and so is a
  plate not on file (it has no appointment).

Evidence that fits no candidate at all is dropped: it is likelier a misheard word ("diacca" read as a
surname) than a request about a vehicle the lookup did not find.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from engine.fastpath import surnames
from engine.fastpath.normalize import strip_accents, tokenize
from engine.fastpath.plate_hearing import Evidence
from engine.fastpath.sounds_like import edit_distance, sound_key
from engine.fastpath.vehicles import COLOUR_FAMILY, COLOURS, SAME_NAME, VehicleDescription

MODEL_CONTRADICTED = 0.03
"""A candidate of another model (or make) than the one said: people rarely name the wrong car."""
COLOUR_CONTRADICTED = 0.15
"""Of another colour: colours are named loosely (grey or silver, blue or black)."""
OWNER_CONTRADICTED = 0.15
"""Owned by someone of another name: a relative may bring the car, and names are misheard."""
NO_APPOINTMENT = 0.1
"""A move, cancellation, confirmation or reminder about a vehicle with no upcoming appointment."""
OTHER_DAY = 0.3
"""...about a vehicle whose upcoming appointment is on another day than the one said."""
APPOINTMENT_INTENTS = frozenset({"move", "cancel", "send_confirmation", "send_reminder"})


def _fold(text: Any) -> str:
    return strip_accents(str(text or "")).lower().strip()


def _model_words(model: Any) -> list[str]:
    """A model's words, folded, its name in words said as its digits ("Seicento": "600")."""
    return [SAME_NAME.get(w, w) for w in _fold(model).split()]


def model_fits(desc: VehicleDescription, vehicle: Mapping[str, Any]) -> bool | None:
    """Does the model (else the make) said agree with the vehicle's? None: neither was said.

    People say the first words of a longer model ("la Yaris" for a Yaris Cross, "la C3" for a C3 Aircross)
    or its last ("la Punto" for a Grande Punto),
    files hold the short name of a longer one, and people name the make as they call it ("la Mercedes" for Mercedes-Benz, "Citroën" for a Citroen on file)."""
    if desc.model is not None:
        said, model = _model_words(desc.model), _model_words(vehicle.get("model"))
        shorter = min(len(said), len(model))
        if shorter and said[-shorter:] == model[-shorter:] and len(model) > len(said):
            return True  # "la Punto" for a Grande Punto
        return shorter > 0 and said[:shorter] == model[:shorter]
    if desc.make is not None:
        return _make_key(desc.make) == _make_key(vehicle.get("make"))
    return None


def _make_key(make: Any) -> str:
    """A make by its first word: "Mercedes-Benz" and "Mercedes", "Alfa Romeo" and "Alfa" are one make; and "la
    Rover" is said of a Land Rover and of a Rover on file (a Rover 75) alike."""
    words = _fold(make).replace("-", " ").split()
    if words[:2] == ["land", "rover"]:
        return "rover"
    return words[0] if words else ""


def colour_fits(desc: VehicleDescription, vehicle: Mapping[str, Any]) -> bool | None:
    """Does the colour said agree with the vehicle's? None: no colour said, or the vehicle's is unknown."""
    if desc.colour is None:
        return None
    words = _fold(vehicle.get("colour")).split()
    known = COLOURS.get(words[0]) if words else None
    if known is None:
        return None
    # a shade said for its plain colour, or the plain colour for the shade: "la Golf grigia" is the anthracite one
    return desc.colour in (known, COLOUR_FAMILY.get(known)) or known == COLOUR_FAMILY.get(desc.colour)


def _owner_words(vehicle: Mapping[str, Any]) -> list[str]:
    """The owner's names, folded, and each surname with its particle run on as whisper writes it ("De Santis":
    de, santis and desantis; "D'Angelo": d, angelo and dangelo)."""
    words = _fold((vehicle.get("customer") or {}).get("full_name") or "").replace("'", " ").split()
    joined = [w + words[k + 1] for k, w in enumerate(words[:-1]) if w in surnames.PARTICLE_WORDS]
    return [*words, *joined]


def owner_fits(name: str, vehicle: Mapping[str, Any]) -> bool | None:
    """Does a name said ("Moretti", "signora Moretti", "Desantis") name the vehicle's owner? None: owner unknown."""
    owner = _owner_words(vehicle)
    if not owner:
        return None
    said = {w for w in _fold(name).replace("'", " ").split() if len(w) >= 3}
    return bool(said & set(owner))


def owner_heard(name: str, vehicle: Mapping[str, Any]) -> bool | None:
    """Could a name said be the vehicle's owner's, as whisper writes surnames ("Getzi" for Ghezzi,
    "Macolenni" for Mazzoleni, "Cazalinos" for Cozzolino: a third of the sounds off at most; "Carbonemanda",
    the next word run on)? None: owner unknown."""
    fits = owner_fits(name, vehicle)
    if fits is not False:
        return fits
    owner = [sound_key(w) for w in _owner_words(vehicle)]
    said = [sound_key(w) for w in _fold(name).replace("'", " ").split() if len(w) >= 4]
    return any(
        s.startswith(o) or edit_distance(s, o, limit := max(1, len(o) // 3)) <= limit  # "Carbonemanda": run on
        for s in said for o in owner if len(o) >= 4
    )  # fmt: skip


_CAR_BEFORE = frozenset({"il", "la", "lo", "l", "del", "della", "dello", "dell", "al", "alla", "allo", "sul", "sulla",
                         "dal", "dalla", "nel", "nella", "col", "quella", "quel", "sua", "mia", "the"})
"""Said right before a model's name that names the car ("il Carnival", "la Spark", "della Uno"): a model's word said
without one may be a word of the sentence ("uno", "note", "idea")."""


def model_said(tokens: list[str], vehicle: Mapping[str, Any]) -> bool:
    """Is the vehicle's model on file said in so many words in `tokens`, right after an article or its make ("il
    Carnival", "la uno della Tartaglione", "la Kia Spark")?"""
    model = tokenize(_fold(vehicle.get("model")))
    make = _make_key(vehicle.get("make"))
    if not model:
        return False
    return any(
        tokens[i : i + len(model)] == model and (tokens[i - 1] in _CAR_BEFORE or tokens[i - 1] == make)
        for i in range(1, len(tokens) - len(model) + 1)
    )


def surname_heard(tokens: list[str], vehicle: Mapping[str, Any], known: frozenset[str]) -> bool:
    """Is the vehicle's owner's surname among the words said, as whisper writes surnames (`owner_heard`: "Scambarotti"
    for Sgambarotti), by a word no table knows (`known`)? A surname that is also a word ("Porta", "Ferro") said as
    that word names nobody; the first name alone ("Luca") names too many."""
    names = _fold((vehicle.get("customer") or {}).get("full_name")).split()[1:]
    if not names:
        return False
    surname = {"customer": {"full_name": " ".join(names)}}
    return any(len(w) >= 4 and w not in known and owner_heard(w, surname) for w in tokens)


def owner_nearness(name: str, vehicle: Mapping[str, Any]) -> int | None:
    """How many letters the name said is from the vehicle's owner's nearest name (0: the same; "Rizi" is 1 from
    Rizzi, 3 from Rossi), to tell apart owners whose names both sound like it. None: owner unknown."""
    owner = _owner_words(vehicle)
    said = [w for w in _fold(name).replace("'", " ").split() if len(w) >= 3]
    if not owner or not said:
        return None
    return min(edit_distance(s, o, max(len(s), len(o))) for s in said for o in owner)


def _share(fits: Iterable[bool | None], prior: tuple[float, float] = (1.0, 2.0)) -> tuple[float, bool]:
    """The share of the fleet that fits, from the candidates (a Laplace estimate by default: never 0, and never
    sure from a handful), and whether any candidate fits at all. `prior`: the pseudo-counts (fitting, all)
    added to the candidates' own."""
    known = [f for f in fits if f is not None]
    hits = sum(known)
    return (hits + prior[0]) / (len(known) + prior[1]), hits > 0


OWNER_PRIOR = (0.1, 5.0)
"""An owner's surname is shared by a few of the workshop's customers, not half of them as a Laplace estimate from
three candidates would say (a prior share of 2%): one candidate of three owned by the name said is strong
evidence against a plate not on file ("la T-Cross di Zanadi, GT 450 RZ" for Zanardi's GT 415 RZ)."""


def said_evidence(
    desc: VehicleDescription | None, customer: str | None, vehicles: Mapping[str, Mapping[str, Any]]
) -> Evidence:
    """The description and the owner's name said, weighed against each candidate vehicle (plate → the
    vehicle as find_vehicle returns it)."""
    likelihood = dict.fromkeys(vehicles, 1.0)
    unknown = 1.0
    tests: list[tuple[Callable[[Mapping[str, Any]], bool | None], float, tuple[float, float]]] = []
    if desc is not None:
        tests.append((lambda v: model_fits(desc, v), MODEL_CONTRADICTED, (1.0, 2.0)))
        tests.append((lambda v: colour_fits(desc, v), COLOUR_CONTRADICTED, (1.0, 2.0)))
    if customer:  # the name as whisper writes surnames ("Zanadi" for Zanardi)
        tests.append((lambda v: owner_heard(customer, v), OWNER_CONTRADICTED, OWNER_PRIOR))
    for test, contradicted, prior in tests:
        fits = {plate: test(v) for plate, v in vehicles.items()}
        share, any_fits = _share(fits.values(), prior)
        if not any_fits:
            continue
        unknown *= share
        for plate, fit in fits.items():
            if fit is False:
                likelihood[plate] *= contradicted
    return Evidence(likelihood, unknown)


def appointment_evidence(plates: Iterable[str], booked: Mapping[str, set[str]], day: str | None) -> Evidence:
    """A request about an appointment: each candidate plate weighed by whether it has an upcoming one
    (`booked`: plate → the days of its upcoming appointments), on the `day` said if one was said."""
    likelihood: dict[str, float] = {}
    for plate in plates:
        days = booked.get(plate, set())
        if not days:
            likelihood[plate] = NO_APPOINTMENT
        elif day is not None and day not in days:
            likelihood[plate] = OTHER_DAY
        else:
            likelihood[plate] = 1.0
    if not any(v == 1.0 for v in likelihood.values()):
        return Evidence({})
    return Evidence(likelihood, NO_APPOINTMENT)


def combined(*parts: Evidence) -> Evidence:
    """Independent pieces of evidence together: their likelihoods multiply."""
    likelihood: dict[str, float] = {}
    unknown = 1.0
    for part in parts:
        unknown *= part.unknown
        for plate, value in part.likelihood.items():
            likelihood[plate] = likelihood.get(plate, 1.0) * value
    return Evidence(likelihood, unknown)
