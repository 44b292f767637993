"""Answers to the fast path's own questions: which vehicle, service or appointment the person chose."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import Parse, heard_tokens
from engine.fastpath.plate_evidence import model_fits
from engine.fastpath.services import catalogue_words, kind_asked_about, named_by_words
from engine.fastpath.vehicles import MAKES, MODELS, VehicleDescription
from i18n import fastpath as T

_LOGGER = logging.getLogger(__name__)

_YES = {"si", "sì", "yes", "esatto", "confermo", "certo", "ok", "giusto", "yeah", "correct", "proprio", "accordo"}
_PLAIN = {"d", "va", "bene", "pure", "conferma", "confermi", "procedi", "fallo", "fai", "vai", "perfetto", "dai",
          "accordo", "d'accordo", "grazie", "please", "go", "ahead", "do", "it", "fine", "sure", "right", "that's",
          "thats", "that", "ehm", "allora", "si", "sì", "yes", "ok", "okay"}  # fmt: skip
_NO = {"no", "non", "nope", "annulla", "lascia", "aspetta", "sbagliato", "wrong", "stop", "don't", "dont"}
_ORDINALS = {"primo": 0, "prima": 0, "first": 0, "secondo": 1, "seconda": 1, "second": 1, "terzo": 2, "terza": 2,
             "third": 2, "ultimo": -1, "ultima": -1, "last": -1}  # fmt: skip


def pick(
    kind: str, text: str, options: list[dict[str, Any]], lang: str, today: date, asked_about: str = ""
) -> dict[str, Any] | None:
    """The one option an answer names ("la grigia", "AB123CD", "la seconda", "sì", "quello di venerdì")."""
    from engine.fastpath.dates import extract_datetime
    from engine.fastpath.plates_spoken import find_plates
    from engine.fastpath.vehicles import COLOURS

    tokens = heard_tokens(text)
    if not tokens or not options or len(tokens) > 10:
        return None
    words = set(tokens)
    if kind == "write":  # a write said back whole: only a plain yes makes it ("sì, ma alle 11" is not one)
        return options[0] if len(options) == 1 and words & _YES and words <= _YES | _PLAIN else None
    if words & {"no", "non", "nessuna", "nessuno", "neither", "none"}:
        return None
    ordinal = [_ORDINALS[t] for t in tokens if t in _ORDINALS]
    if len(ordinal) == 1 and len(options) > 1:
        return options[ordinal[0]]
    if words & _YES and len(options) == 1:
        return options[0]
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


def _named_vehicle(tokens: list[str]) -> VehicleDescription | None:
    """The model (else the make) an answer names, any model however common ("la Punto", "la Yaris Cross")."""
    for i, tok in enumerate(tokens):
        pair = tuple(tokens[i : i + 2])
        if pair in MODELS or (tok,) in MODELS:
            make, model = MODELS.get(pair) or MODELS[(tok,)]
            return VehicleDescription(make=make, model=model)
    makes = [MAKES[t] for t in tokens if t in MAKES]
    return VehicleDescription(make=makes[0]) if makes else None


_YES = {"si", "ok", "okay", "certo", "esatto", "giusto", "yes", "yeah", "yep", "sure", "right"}


def says_only_yes(text: str) -> bool:
    """A bare yes ("sì", "ok, sì", "certo") and nothing else: no answer to a question asking for a detail."""
    tokens = heard_tokens(text)
    return bool(tokens) and len(tokens) <= 3 and all(t in _YES or t in ("va", "bene") for t in tokens)


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

    parts = [Parse(x.text, x.intent, fix(x.slots) if i == 0 else dict(x.slots), x.confidence, True, None, x.language)
             for i, x in enumerate(p.parts)]  # fmt: skip
    return Parse(p.text, p.intent, fix(p.slots), p.confidence, True, None, p.language, parts)
