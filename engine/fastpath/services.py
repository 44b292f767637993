"""Service names and their synonyms (Italian, English), mapped to the contract's categories."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from engine.fastpath.normalize import find_all, normalise_text, phrases, tokenize

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServiceKind:
    """One kind of service the counter asks for: canonical names, category, and the words that mean it."""

    key: str
    category: str
    name_it: str
    name_en: str
    synonyms: tuple[tuple[str, ...], ...]
    name_words: tuple[str, ...]
    """Words that pick this service out of the backend's catalogue by name."""
    by_name_only: bool = False
    """A job the catalogue must name: its category holds other jobs (the alignment is a tyre job, and no tyre
    change), so a catalogue with no service of its name has none for it."""


def _kind(
    key: str, category: str, it: str, en: str, words: tuple[str, ...], *syn: str, by_name_only: bool = False
) -> ServiceKind:
    return ServiceKind(key, category, it, en, tuple(phrases(*syn)), words, by_name_only)


def _replaced(*parts: str) -> tuple[str, ...]:
    """A part's replacement as the counter names the job: "sostituzione batteria", "sostituzione delle
    pastiglie", "cambio delle gomme", "cambio pastiglie" ("cambio le gomme" may be the verb: no service of its
    own), and the part said first with the job to do ("batteria da sostituire venerdì 4", set 19), or said due
    ("la batteria è da cambiare: venerdì 18 …", "le gomme sono da sostituire", set 42: the job asked, no "è" of one
    booked)."""
    return tuple(
        f"{job} {article}{part}"
        for part in parts
        for job in ("sostituzione", "cambio")
        for article in ("", "del ", "della ", "dei ", "delle ", "degli ")
    ) + tuple(
        f"{part}{due} da {job}" for part in parts for due in ("", " e", " sono") for job in ("sostituire", "cambiare")
    )


SERVICE_KINDS: tuple[ServiceKind, ...] = (
    _kind("oil_change", "maintenance", "cambio olio", "oil change", ("olio", "oil"),
          "cambio olio", "cambio dell olio", "cambio di olio", "cambio d olio", "cambiare l olio", "cambiare olio", "oil change", "change the oil",
          "oil and filter", "oil and filters", "oil and filter change", "oil and filters change", "oil filter change",
          "oil and filter service", "oil and filter job", "olio e filtri", "olio e filtro", "cambio olio e filtri", "cambio olio e filtro",
          "cambio dell olio e dei filtri", "cambio olio filtri", "fatto l olio", "fare l olio", "cambiato l olio",
          # the oil done, said with the verb ("ci facciamo l'olio martedì", "fagli l'olio")
          "facciamo l olio", "fai l olio", "fagli l olio", "fammi l olio", "fate l olio",
          # wished for the customer: "vorrebbe fargli l'olio dopodomani" (its "gli" or "le" on the verb)
          "fargli l olio", "farle l olio",
          # changed in the present, asked or told ("da quanti mesi non le cambiamo l'olio?", "cambia l'olio")
          "cambiamo l olio", "cambia l olio", "cambi l olio", "cambiate l olio",
          # the oil named with its filters, as the English "oil and filters" ("… per l'olio e i filtri", set 42)
          "l olio e i filtri", "l olio e il filtro", "olio e filtri", "olio e filtro",
          # or with "con" ("le serve l'olio con i filtri: venerdì 18 dicembre, alle 4 e mezza", set 50)
          "l olio con i filtri", "l olio con il filtro", "l olio col filtro", "l olio con filtri", "olio con i filtri",
          "olio con il filtro", "olio col filtro", "olio con filtri", "olio con filtro",
          # named first, then taken up by its pronoun ("l'olio l'abbiamo cambiato quando?", "l'olio quando
          # gliel'avevamo fatto?", set 39; "l'olio quand'è che gliel'abbiamo cambiato l'ultima volta?", set 49): the
          # oil's job, whatever verb follows
          *(f"l olio {when}{it} {have}" for when in ("", "quando ", "quand e che ", "quando e che ")
            for it in ("l", "gliel", "ce l")
            for have in ("abbiamo", "avevamo")),
          # as done, asked of a vehicle's history: "when did it last have its oil changed?"
          "oil changed", "oil done", "oil replaced", "oil swapped", "changed the oil", "changed its oil",
          "oil changes", "do the oil", "did the oil", "done the oil"),
    _kind("service", "maintenance", "tagliando", "service", ("tagliando", "service", "manutenzione"),
          "tagliando", "tagliandi", "tagliandino", "service", "servicing", "maintenance", "manutenzione",
          "manutenzione ordinaria", "annual service", "full service"),
    _kind("tyres", "tyres", "cambio gomme", "tyre change", ("gomme", "pneumatici", "tyre", "tire", "ruote"),
          "cambio gomme", "cambio pneumatici", "cambio ruote", "gomme", "gomme invernali", "gomme estive",
          "gomme da neve", "gomme termiche", "pneumatici da neve",
          # the tyres named by their season alone, with their article: "gli montiamo le invernali giovedì"
          "le invernali", "le estive", "le termiche",
          "pneumatici", "pneumatico", "tyre change", "tire change", "tyres", "tires", "tyre", "tire",
          "winter tyres", "winter tires", "summer tyres", "swap the tyres", "swap the tires",
          "gommista", "change the tyres", "change the tires",
          *_replaced("gomme", "pneumatici", "gomme invernali", "gomme estive", "ruote")),
    # the wheels set after the tyres, by the catalogue's name ("Equilibratura e convergenza"): unnamed, "una
    # convergenza per la Panda" was asked which service
    _kind("alignment", "tyres", "equilibratura e convergenza", "wheel alignment",
          ("convergenza", "equilibratura", "alignment", "balancing"),
          "convergenza", "equilibratura", "equilibratura e convergenza", "convergenza ed equilibratura",
          "equilibratura ruote", "equilibratura delle ruote", "assetto ruote", "allineamento ruote",
          "wheel alignment", "alignment", "tracking", "wheel balancing", "balancing", by_name_only=True),
    _kind("inspection", "inspection", "revisione", "MOT inspection", ("revisione", "inspection", "mot"),
          "revisione", "revisioni", "mot", "m o t", "inspection", "roadworthiness test", "collaudo",
          "revisione ministeriale", "inspected"),
    _kind("bodywork", "bodywork", "carrozzeria", "bodywork", ("carrozzeria", "bodywork", "body"),
          "carrozzeria", "bodywork", "body work", "body shop", "ammaccatura", "ammaccature", "graffio",
          "graffi", "dent", "dents", "scratch", "scratches", "paraurti", "bumper", "verniciatura"),
    _kind("diagnosis", "engine", "diagnosi", "diagnostic check", ("diagnosi", "diagnostica", "diagnostic"),
          "diagnosi", "diagnostica", "diagnosi motore", "check motore", "diagnostic", "diagnostics",
          # and in English in so many words ("drop the diagnosis for the white Dolphin", set 53)
          "diagnosis", "diagnostic check", "engine check", "check engine", "spia motore",
          "spia del motore", "spia motore accesa", "engine light",
          "check engine light", "controllo motore",
          # the diagnosis said with the unit it reads ("diagnosi alla centralina, giovedì 17 …", set 42)
          "diagnosi alla centralina", "diagnosi della centralina", "diagnosi centralina", "diagnosi al motore",
          "diagnosi del motore", "controllo centralina", "controllo della centralina",
          # the car put on the tester, said as the job: "mettimela lunedì per attaccarla al computer"
          "attaccarla al computer", "attaccarlo al computer", "attaccarla alla diagnosi", "attaccarlo alla diagnosi",
          "collegarla al computer", "collegarlo al computer"),
    _kind("brakes", "brakes", "freni", "brakes", ("freni", "freno", "brake", "pastiglie", "pads"),
          "freni", "freno", "pastiglie", "pastiglie dei freni", "pastiglie freni", "dischi dei freni",
          "dischi freni", "brakes", "brake", "brake pads", "the pads", "new pads", "front pads", "rear pads", "its pads",
          # the pads with what was done to them, no article: "has it had pads fitted with us?"
          "pads fitted", "pads done", "pads changed", "pads replaced", "brake check", "brake discs", "controllo freni", "breaks",
          *_replaced("pastiglie", "pastiglie dei freni", "pastiglie freni", "dischi", "dischi dei freni", "freni")),
    _kind("aircon", "aircon", "climatizzatore", "air conditioning", ("clima", "climatizzatore", "aria", "air"),
          "climatizzatore", "clima", "aria condizionata", "ricarica clima", "ricarica del clima",
          "ricarica aria condizionata", "condizionatore", "air con",
          # the recharge named by the whole word or by its gas: "ricarica del climatizzatore", "ricarica del gas"
          "ricarica climatizzatore", "ricarica del climatizzatore", "ricarica dell aria condizionata",
          "ricarica del condizionatore", "ricarica condizionatore", "ricarica gas clima", "ricarica del gas del clima",
          "ricarica gas del clima", "ricarica del gas", "ricarica gas", "ricarica dell aria", "aircon", "air conditioning",
          "air conditioner", "ac recharge", "a c",
          # the English recharge named after the system ("air con recharge for the Zeekr", set 38)
          "air con recharge", "aircon recharge", "air conditioning recharge", "air con regas", "aircon regas",
          "air con top up", "aircon top up",
          # the recharge alone, as the counter says it: "when are you free for a regas?"
          "regas", "re gas", "regassing", "regassed",
          # the recharge said as its verb ("vuole ricaricare il clima mercoledì", "ricarica il clima alla Clio")
          "ricaricare il clima", "ricaricare il climatizzatore", "ricaricare l aria condizionata",
          "ricarica il clima", "ricarica il climatizzatore", "ricarica l aria condizionata"),
    _kind("battery", "electrical", "batteria", "battery", ("batteria", "battery", "elettric"),
          "batteria", "cambio batteria", "battery", "battery replacement", "new battery",
          "impianto elettrico", "electrical", *_replaced("batteria")),
    # the engine jobs the counter names by their catalogue name ("la frizione della Golf", "la distribuzione della
    # Panda"): unnamed, they were refused as unknown words
    _kind("timing_belt", "engine", "distribuzione", "timing belt", ("distribuzione", "timing"),
          "distribuzione", "cinghia di distribuzione", "cinghia distribuzione", "kit distribuzione",
          "timing belt", "cambio distribuzione"),
    _kind("clutch", "engine", "frizione", "clutch", ("frizione", "clutch"),
          "frizione", "cambio frizione", "clutch", "clutch replacement", "new clutch"),
)  # fmt: skip
KINDS_BY_KEY = {k.key: k for k in SERVICE_KINDS}


@dataclass(frozen=True)
class ServiceMention:
    """A service said in the utterance."""

    kind: ServiceKind
    start: int
    end: int

    def to_slot(self, language: str) -> dict[str, str]:
        return {
            "key": self.kind.key,
            "name": self.kind.name_en if language == "en" else self.kind.name_it,
            "category": self.kind.category,
        }


_SYNONYMS: list[tuple[str, ...]] = [syn for kind in SERVICE_KINDS for syn in kind.synonyms]
_KIND_OF: dict[tuple[str, ...], ServiceKind] = {}
for _kind_item in SERVICE_KINDS:
    for _syn in _kind_item.synonyms:
        _KIND_OF.setdefault(_syn, _kind_item)


def find_services(tokens: list[str]) -> list[ServiceMention]:
    """Every service said, longest match first, no overlaps, in order of mention."""
    candidates = [ServiceMention(_KIND_OF[syn], i, i + len(syn)) for i, syn in find_all(tokens, _SYNONYMS)]
    candidates.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken: set[int] = set()
    chosen: list[ServiceMention] = []
    for m in candidates:
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        taken |= span
        chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return chosen


def match_catalogue(kind_key: str, category: str, services: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The backend's services that fit a kind: by name words first, then by category (best first)."""
    kind = KINDS_BY_KEY.get(kind_key)
    words = kind.name_words if kind else ()
    named = [s for s in services if any(w in normalise_text(str(s.get("name", ""))) for w in words)]
    in_category = [s for s in named if s.get("category") == category]
    if in_category:
        return in_category
    if named or (kind is not None and kind.by_name_only):
        return named
    return [s for s in services if s.get("category") == category]


_NAME_FILLER = {"e", "di", "dei", "delle", "del", "della", "and", "the", "of", "con", "with"}


def catalogue_words(service: Mapping[str, Any]) -> set[str]:
    """The words of a catalogue service's name that tell it apart ("Pastiglie freni": pastiglie, freni)."""
    return {w for w in tokenize(str(service.get("name", ""))) if w not in _NAME_FILLER}


_ENGLISH_CATALOGUE_WORDS: dict[str, str] = {
    "pads": "pastiglie", "pad": "pastiglie", "discs": "dischi", "disc": "dischi", "disks": "dischi",
    "rotors": "dischi", "brakes": "freni", "brake": "freni", "tyres": "gomme", "tires": "gomme",
    "battery": "batteria", "oil": "olio", "filters": "filtri", "filter": "filtri",
}  # fmt: skip
"""The words of an Italian catalogue's names as said in English, so "brake pads" names "Pastiglie freni"."""


def named_by_words(found: list[dict[str, Any]], said: list[str], kind: ServiceKind) -> dict[str, Any] | None:
    """The one catalogue service of `found` that the words said name, or None to ask which.

    A service whose whole name was said, alone, is meant ("pastiglie dei freni"). Otherwise the words that
    matter are those of the services' names said, other than the kind's own name ("freni" names no brake
    service more than another). The services whose names hold them all are the candidates; the one whose
    name is part of every other's is meant, since the others add what was not said: "le pastiglie" is
    "Pastiglie freni", not "Dischi e pastiglie freni"; "i dischi" is the latter; "i freni" asks. Both the request and the answer to "quale servizio?" are read this way."""
    heard = {_ENGLISH_CATALOGUE_WORDS.get(w, w) for w in said}
    names = {id(s): catalogue_words(s) for s in found}
    whole = [s for s in found if names[id(s)] and names[id(s)] <= heard]
    if len(whole) == 1:
        return whole[0]
    generic = set(tokenize(kind.name_it)) | {_ENGLISH_CATALOGUE_WORDS.get(w, w) for w in tokenize(kind.name_en)}
    named = heard & set().union(*names.values()) - generic
    if not named:
        return None
    holding = [s for s in found if named <= names[id(s)]]
    smallest = [s for s in holding if all(names[id(s)] <= names[id(o)] for o in holding)]
    return smallest[0] if len(smallest) == 1 else None


def kind_asked_about(request: str, options: list[dict[str, Any]]) -> ServiceKind | None:
    """The kind of service a request named whose catalogue services are `options` ("prenota i freni": brakes)."""
    for mention in find_services(tokenize(request)):
        names = [normalise_text(str(o.get("name", ""))) for o in options]
        if all(any(w in name for w in mention.kind.name_words) for name in names):
            return mention.kind
    return None
