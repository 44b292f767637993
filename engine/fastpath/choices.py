"""Answers to the fast path's own questions: which vehicle, service or appointment the person chose, and which
of the times offered for one taken."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from engine.fastpath.dates import extract_datetime
from engine.fastpath.intents import WRITE_INTENTS
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import Parse, fill_slots, heard_tokens, parse
from engine.fastpath.plate_evidence import model_fits
from engine.fastpath.services import catalogue_words, kind_asked_about, named_by_words
from engine.fastpath.vehicles import MAKES, MODELS, VehicleDescription
from i18n import fastpath as T

_LOGGER = logging.getLogger(__name__)

_YES = {"si", "sì", "yes", "esatto", "confermo", "certo", "ok", "okay", "giusto", "yeah", "yep", "correct", "proprio",
        "accordo", "sure", "right"}  # fmt: skip
"""The words of a yes (one set for every answer: `pick`, `offer_answer`, `says_only_yes`)."""
_PLAIN = {"d", "va", "bene", "pure", "conferma", "confermi", "procedi", "fallo", "fai", "vai", "perfetto", "dai",
          "accordo", "d'accordo", "grazie", "please", "go", "ahead", "do", "it", "fine", "sure", "right", "that's",
          "thats", "that", "ehm", "allora", "si", "sì", "yes", "ok", "okay"}  # fmt: skip
_RUN_TOGETHER = {"vabene": ("va", "bene"), "vabbene": ("va", "bene"), "vabbe": ("va", "bene"), "okei": ("ok",),
                 "sivabene": ("si", "va", "bene")}  # fmt: skip
"""A yes whisper writes as one word ("C-Vabene", "Vabbè", "Sivabene")."""
_YES_RUN_ON = {"siva": ("si", "va")}
"""A "sì" run onto the "va" of "va bene" ("Siva bene."): put apart only with its "bene" after it."""
_YES_ALONE = ("perfetto", "procedi")
"""Words that are a yes said alone, not only around one ("Perfetto.", "Procedi.")."""
_NO = {"no", "non", "nope", "annulla", "lascia", "aspetta", "sbagliato", "wrong", "stop", "don't", "dont"}
_ORDINALS = {"primo": 0, "prima": 0, "first": 0, "secondo": 1, "seconda": 1, "second": 1, "terzo": 2, "terza": 2,
             "third": 2, "ultimo": -1, "ultima": -1, "last": -1}  # fmt: skip


def answer_tokens(text: str) -> list[str]:
    """The words of an answer to a question of ours, as heard: a yes run together put apart ("vabene"), and a
    "sì" whisper wrote as the letter C ("C-Vabene", "C, certo") read as one when another yes is said with it."""
    heard = heard_tokens(text)
    tokens = [
        w for k, t in enumerate(heard)
        for w in _RUN_TOGETHER.get(t) or (_YES_RUN_ON[t] if t in _YES_RUN_ON and heard[k + 1 : k + 2] == ["bene"] else (t,))
    ]  # fmt: skip
    if tokens[:1] == ["c"] and len(tokens) > 1 and _said_yes(tokens[1:]) and set(tokens[1:]) <= _YES | _PLAIN:
        tokens[0] = "si"
    if tokens == ["cia"]:  # a short "Sì." heard "CIA" (its s voiced as in "scia"): alone, no word of a request
        tokens = ["si"]
    return tokens


def _said_yes(tokens: list[str]) -> bool:
    """A yes is among the words: "sì", "certo", "va bene", "perfetto"."""
    words = set(tokens)
    return bool(words & _YES) or {"va", "bene"} <= words or bool(words & set(_YES_ALONE))


def pick(
    kind: str, text: str, options: list[dict[str, Any]], lang: str, today: date, asked_about: str = ""
) -> dict[str, Any] | None:
    """The one option an answer names ("la grigia", "AB123CD", "la seconda", "sì", "quello di venerdì")."""
    from engine.fastpath.dates import extract_datetime
    from engine.fastpath.plates_spoken import find_plates
    from engine.fastpath.vehicles import COLOURS

    tokens = answer_tokens(text)
    if not tokens or not options or len(tokens) > 10:
        return None
    words = set(tokens)
    if kind == "write":  # a write said back whole: only a plain yes makes it ("sì, ma alle 11" is not one)
        return options[0] if len(options) == 1 and _said_yes(tokens) and words <= _YES | _PLAIN else None
    if words & {"no", "non", "nessuna", "nessuno", "neither", "none"}:
        return None
    ordinal = [_ORDINALS[t] for t in tokens if t in _ORDINALS]
    if len(ordinal) == 1 and len(options) > 1:
        return options[ordinal[0]]
    if len(options) == 1 and (words & _YES or (_said_yes(tokens) and words <= _YES | _PLAIN)):
        return options[0]  # "sì, quella", or a yes and nothing else ("va bene", "perfetto")
    matching: list[dict[str, Any]] = options
    if kind == "vehicle":
        plates = {p.plate for p in find_plates(tokens)}
        if plates:
            matching = [o for o in options if o.get("plate") in plates]
        else:
            colours = {COLOURS[t] for t in tokens if t in COLOURS}
            named = _named_vehicle(tokens)
            if colours:
                matching = [o for o in matching if T.english_colour(str(o.get("colour", ""))) in colours]
            if named is not None:  # "la Yaris" is the Yaris Cross, "la Mercedes" the Mercedes-Benz
                matching = [o for o in matching if model_fits(named, o)]
            if not colours and named is None:
                return None
    elif kind == "service":  # "le pastiglie" after "prenota i freni": "Pastiglie freni"
        asked = kind_asked_about(asked_about, options)
        return named_by_words(options, tokens + tokenize(asked_about), asked) if asked else None
    elif kind == "appointment":
        when = extract_datetime(tokens, today)
        if when.dates:
            day = when.dates[0].day.isoformat()
            matching = [o for o in matching if str(o.get("start", ""))[:10] == day]
        if when.time:
            matching = [o for o in matching if str(o.get("start", ""))[11:16] == when.time]
        if not when.dates and not when.time:
            matching = [o for o in options if catalogue_words({"name": o.get("service", "")}) & words]
    return matching[0] if len(matching) == 1 else None


@dataclass(frozen=True)
class OfferAnswer:
    """What an answer to the times offered instead of a taken one says (`offer_answer`)."""

    start: str | None = None
    """The start chosen or said ("2026-12-03T11:30"); None with `again`."""
    time_kept: bool = False
    """Only a day was said: the time asked for at first is kept ("Allora venerdì")."""
    again: bool = False
    """A yes to more than one time, or a time that fits more than one: which one is asked again."""


_TIME_OF = {"delle": "alle", "dalle": "alle"}
"""'quella delle 11' read as 'alle 11': the times offered are named the way they were said."""
_OFFER_WORDS = frozenset({
    "alle", "all", "a", "ad", "le", "la", "il", "l", "lo", "quella", "quello", "di", "del", "della", "per", "me",
    "mi", "allora", "facciamo", "meglio", "pure", "anzi", "quindi", "magari", "preferisco", "prendo", "e", "ore",
    "oppure", "o", "ehm", "uhm", "prenota", "prenotala", "prenotalo", "metti", "mettila", "mettilo", "fissa",
    "fissala", "fissalo", "segna", "segnala", "segnalo", "sposta", "spostala", "spostalo",
    "then", "the", "one", "at", "on", "how", "about", "lets", "let's", "make", "it", "that", "please", "thanks",
    "book", "move", "put", "in", "okay", "no",
})  # fmt: skip
"""The words around a time or a choice in an answer to the times offered: any other word makes it no answer
("ok ma dopo ti richiamo", "che tempo fa domani?")."""


def offer_answer(
    text: str, options: list[dict[str, Any]], refused: str, intent: str, lang: str, today: date
) -> OfferAnswer | None:
    """The start an answer to "… è già occupato. C'è posto X, Y o Z." takes: an option by its time or
    day ("alle 11 e mezza", "venerdì"), by order ("la seconda"), a plain yes to the one time offered, or
    another time or day for the same request ("allora alle 4", "facciamo venerdì": the first time asked kept).
    None when `text` is not such an answer (a new request, a no). `intent`: the request's ("book", "move")."""
    tokens = answer_tokens(text)
    if not tokens or len(tokens) > 12:
        return None
    own = parse(text, language=lang, today=today)
    if own.handled or (own.intent in WRITE_INTENTS and own.intent != intent):
        return None  # a new command, not an answer ("prenotala alle 11" is one)
    words = set(tokens)
    tokens = [_TIME_OF.get(t, t) for t in tokens]
    consumed = extract_datetime(tokens, today).consumed
    known = _OFFER_WORDS | _YES | _PLAIN | _ORDINALS.keys()
    if any(t not in known for i, t in enumerate(tokens) if i not in consumed):
        return None
    said = fill_slots(tokens, text, today, "book", lang)
    day, time = said.get("date"), said.get("time")
    if day or time:
        fits = [o for o in options if (not day or o["start"][:10] == day) and (not time or o["start"][11:16] == time)]
        if len(fits) == 1:
            return OfferAnswer(start=fits[0]["start"])
        if len(fits) > 1:
            return OfferAnswer(again=True)
        if time:
            return OfferAnswer(start=f"{day or refused[:10]}T{time}")
        return OfferAnswer(start=f"{day}T{refused[11:16]}", time_kept=True)
    ordinal = [_ORDINALS[t] for t in tokens if t in _ORDINALS]
    if len(ordinal) == 1 and options and ordinal[0] < len(options):
        return OfferAnswer(start=options[ordinal[0]]["start"])
    if _said_yes(tokens) and words <= _YES | _PLAIN:
        return OfferAnswer(start=options[0]["start"]) if len(options) == 1 else OfferAnswer(again=True)
    return None


def _named_vehicle(tokens: list[str]) -> VehicleDescription | None:
    """The model (else the make) an answer names, any model however common ("la Punto", "la Yaris Cross")."""
    for i, tok in enumerate(tokens):
        pair = tuple(tokens[i : i + 2])
        if pair in MODELS or (tok,) in MODELS:
            make, model = MODELS.get(pair) or MODELS[(tok,)]
            return VehicleDescription(make=make, model=model)
    makes = [MAKES[t] for t in tokens if t in MAKES]
    return VehicleDescription(make=makes[0]) if makes else None


def says_only_yes(text: str) -> bool:
    """A bare yes ("sì", "ok, sì", "certo") and nothing else: no answer to a question asking for a detail."""
    tokens = answer_tokens(text)
    allowed = _YES | {"va", "bene", "grazie", "thanks", *_YES_ALONE}  # "Va bene, grazie!"
    return bool(tokens) and len(tokens) <= 3 and _said_yes(tokens) and set(tokens) <= allowed


_DISMISS = frozenset({"no", "non", "lascia", "stare", "perdere", "niente", "nulla", "fa", "grazie", "va",
                      "bene", "ok", "okay", "leave", "it", "never", "mind", "forget", "thanks", "don", "t", "bother"})
"""The words of a request dropped ("no, lascia stare", "non fa niente", "never mind")."""


def dismisses(text: str) -> bool:
    """ "No, lascia stare", "Non lascia stare, grazie", "never mind": nothing is to be done, said with no question of
    ours open (a short no, or "lascia stare/perdere", and no other word)."""
    tokens = answer_tokens(text)
    if not tokens or len(tokens) > 6 or not set(tokens) <= _DISMISS:
        return False
    said = " ".join(tokens)
    return tokens[0] in _NO or any(p in said for p in ("lascia stare", "lascia perdere", "never mind", "forget it"))


def says_no(text: str) -> bool:
    """A plain no to a yes-or-no question ("no", "no, lascia stare", "non farlo")."""
    tokens = heard_tokens(text)
    return bool(tokens) and len(tokens) <= 6 and tokens[0] in _NO


def with_vehicle(p: Parse, plate: str) -> Parse:
    """The same request, now about the vehicle with `plate` (the description that was ambiguous dropped)."""

    def fix(slots: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in slots.items() if k not in ("vehicle_description", "customer")}
        out["plate"] = plate
        return out

    return _changed(p, fix)


def _changed(p: Parse, fix: Callable[[dict[str, Any]], dict[str, Any]]) -> Parse:
    """`p` taken as understood, its slots (and its first part's) changed by `fix`."""
    parts = [Parse(x.text, x.intent, fix(x.slots) if i == 0 else dict(x.slots), x.confidence, True, None, x.language)
             for i, x in enumerate(p.parts)]  # fmt: skip
    return Parse(p.text, p.intent, fix(p.slots), p.confidence, True, None, p.language, parts)


_WHEN_SLOTS = ("date", "time", "date_to", "part_of_day", "first_free", "open_ended")


def at_start(p: Parse, start: str) -> Parse:
    """The same request, now at `start` ("2026-12-03T11:30"): its day and time, and nothing else of when."""

    def fix(slots: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in slots.items() if k not in _WHEN_SLOTS}
        out["date"], out["time"] = start[:10], start[11:16]
        return out

    return _changed(p, fix)
