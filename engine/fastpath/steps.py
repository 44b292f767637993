"""The steps the fast path's intent handlers share: finding the vehicle (repairing a misheard plate),
the service, the appointment and the first free slot, and saying why a slot was refused.

Each step takes the request's `Context` and either returns what it found or raises `Stop` with the
answer or the question for the person."""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

from engine.fastpath import plate_evidence as evidence
from engine.fastpath import plate_hearing as hearing
from engine.fastpath import surnames
from engine.fastpath.context import SAYS_BACK, Context, Stop, why
from engine.fastpath.dates import MONTHS, WEEKDAYS, extract_datetime
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import heard_tokens, plates_taken_back
from engine.fastpath.plates_spoken import find_plates, letters_heard
from engine.fastpath.services import KINDS_BY_KEY, match_catalogue, named_by_words
from engine.fastpath.sounds_like import edit_distance, one_sound_apart, sound_key
from engine.fastpath.vehicles import VehicleDescription, find_vehicle_description
from engine.fastpath.vocabulary import known_words
from i18n import fastpath as T
from wp_api.contract import ToolResult

_LOGGER = logging.getLogger(__name__)

WRITE_PLATE_CONFIDENCE = 0.9
"""A fuzzy plate match below this is confirmed with the person before any write."""
READ_PLATE_CONFIDENCE = 0.6
SAID_BACK_WHOLE = SAYS_BACK | {"cancel"}
"""Writes that name a plate heard only nearly in what they say back for a yes, rather than asking about the
vehicle alone first: the writes said back whole (`SAYS_BACK`) and a cancellation, which always waits for a
yes to a sentence naming the vehicle and its plate ("Non sono sicuro della targa. Annullo … per la Superb
nera EV830JR …?"). One question, not two, for a plate heard over noise; never a write without the yes."""
READ_REPAIRED_CONFIDENCE = 0.45
"""A read answers with the clear best of the recovered plates from this confidence: its answer says
which plate it took ("Non trovo la X; la più simile è la Y"), so a miss costs a sentence, not a record."""
SAY_REPAIRED_CONFIDENCE = 0.8
"""A plate recovered from a mishearing this sure is answered as the plate, without "I can't find …"."""
PRIORS_FOR_S = 60
"""How long this week's appointments are kept before they are read again."""
WEEK_DAYS = 7
SEARCH_LIMIT = 100
"""The most appointments one search returns (the contract's maximum): a quiet week, one busy day."""
CHECKED_PLATES = 5
"""With no day said, how many candidates (likeliest first) have their upcoming appointments looked up."""


async def service_catalogue(ctx: Context) -> list[dict[str, Any]]:
    """The backend's services (read once per fast path)."""
    if ctx.memory.services is None:
        result = await ctx.call("list_services", {}, shown=False)
        if not result.ok:
            raise Stop(T.say("refused", ctx.lang, why=why(result, ctx.lang)), reason="list_services_failed")
        ctx.memory.services = list(result.data.get("services", []))
    return ctx.memory.services


async def week_appointments(ctx: Context) -> list[dict[str, Any]]:
    """The pending and approved appointments of today and the next six days (read once a minute): one
    search, and when the week holds more than one search returns (a busy workshop), one per day, side
    by side."""
    now = ctx.now()
    cached = ctx.memory.week
    if cached is not None and now - cached[0] < timedelta(seconds=PRIORS_FOR_S):
        return cached[1]
    days = [now.date() + timedelta(days=offset) for offset in range(WEEK_DAYS)]
    week, complete = await _appointments_between(ctx, days[0], days[-1])
    if not complete:
        week = [a for found in await asyncio.gather(*(appointments_on(ctx, d) for d in days)) for a in found]
    ctx.memory.week = (now, week)
    return week


async def _appointments_between(ctx: Context, first: date, last: date) -> tuple[list[dict[str, Any]], bool]:
    """The pending and approved appointments from `first` to `last` (days included), and whether they are
    all there (not when there are more than one search returns); nothing when the backend refuses."""
    args = {"date_from": first.isoformat(), "date_to": last.isoformat(), "limit": SEARCH_LIMIT}
    result = await ctx.call("search_appointments", args, shown=False)
    if not result.ok:
        return [], True
    found = list(result.data.get("appointments", []))
    complete = int(result.data.get("total") or 0) <= len(found)
    return [a for a in found if a.get("status") in ("pending", "approved")], complete


async def appointments_on(ctx: Context, day: date) -> list[dict[str, Any]]:
    """The pending and approved appointments of one day (the first `SEARCH_LIMIT` of a day that has more)."""
    found, complete = await _appointments_between(ctx, day, day)
    if not complete:
        _LOGGER.warning("%s has more than %d appointments: the rest are not plate priors", day, SEARCH_LIMIT)
    return found


async def appointment_priors(ctx: Context) -> dict[str, float]:
    """Plates with an appointment today or in the next six days, and how much likelier each is to
    be the plate just spoken."""
    today = ctx.now().date().isoformat()
    priors: dict[str, float] = {}
    for a in await week_appointments(ctx):
        plate = str(a.get("plate") or "")
        if plate:
            weight = hearing.PRIOR_TODAY if str(a.get("start", ""))[:10] == today else hearing.PRIOR_WEEK
            priors[plate] = max(priors.get(plate, 1.0), weight)
    return priors


async def upcoming_days(ctx: Context, plates: list[str], day: str | None) -> dict[str, set[str]]:
    """Plate → the days of its upcoming appointments, for the candidate `plates`: this week's from
    `week_appointments`; a day said beyond the week read on its own; with no day said, the first
    `CHECKED_PLATES` candidates without one this week are asked about, one search each."""
    now = ctx.now()
    week_end = (now.date() + timedelta(days=WEEK_DAYS - 1)).isoformat()
    found = list(await week_appointments(ctx))
    if day is not None and day > week_end:
        found += await appointments_on(ctx, date.fromisoformat(day))
    booked: dict[str, set[str]] = {}
    for a in found:
        if datetime.fromisoformat(str(a["start"])) >= now and a.get("plate"):
            booked.setdefault(str(a["plate"]), set()).add(str(a["start"])[:10])
    if day is None:
        unknown = [p for p in plates if p not in booked][:CHECKED_PLATES]
        args = [{"plate": p, "date_from": now.date().isoformat(), "limit": 20} for p in unknown]
        results = await asyncio.gather(*(ctx.call("search_appointments", a, shown=False) for a in args))
        for plate, result in zip(unknown, results, strict=True):
            for a in result.data.get("appointments", []) if result.ok else []:
                upcoming = datetime.fromisoformat(str(a["start"])) >= now
                if a.get("status") in ("pending", "approved") and upcoming:
                    booked.setdefault(plate, set()).add(str(a["start"])[:10])
    return booked


async def same_job_booked(
    ctx: Context, vehicle: dict[str, Any], service: dict[str, Any], *, day: str | None = None
) -> dict[str, Any] | None:
    """The vehicle's upcoming appointment for this service, if it has one already ("Il tagliando della
    Renegade, portalo a venerdì" is a move said as a booking: a second tagliando is rarely meant); with `day`, only
    one on that day."""
    plate = vehicle.get("plate")
    if not plate or "service_id" not in service:
        return None
    now = ctx.now()
    found = await ctx.call(
        "search_appointments", {"plate": plate, "date_from": now.date().isoformat(), "limit": 20}, shown=False
    )
    return next(
        (
            a for a in (found.data.get("appointments", []) if found.ok else [])
            if a.get("service_id") == service["service_id"] and a.get("status") in ("pending", "approved")
            and datetime.fromisoformat(str(a["start"])) >= now and (day is None or str(a["start"])[:10] == day)
        ),
        None,
    )  # fmt: skip


async def find_vehicle(ctx: Context, *, write: bool, said_back: bool = False) -> dict[str, Any]:
    """The vehicle the request is about, found as its write (`write`) or its read would find it, kept in
    `ctx.vehicle`; else `Stop` with the question or the answer about it. `said_back`: the write will be said back
    whole for a yes whatever is found, so a plate heard only nearly whose car the words around it name too (its
    owner or model, nothing said against it) is not asked about on its own first: it is named in the question and
    in the write said back (`ask_naming_vehicle`)."""
    if "vehicle" in ctx.pinned:  # found (or chosen) when the request was asked about: not looked up again
        ctx.vehicle = ctx.pinned["vehicle"]
        return ctx.vehicle
    s = ctx.slots
    args: dict[str, Any] = {}
    desc = VehicleDescription(**s["vehicle_description"]) if s.get("vehicle_description") else None
    if desc is not None and not s.get("plate") and _rosa_after_model(ctx, desc):
        desc = await _rosa_as_red(ctx, desc)
        if write and desc.colour is not None:  # the colour only read out of a name: said back whole for a yes
            ctx.careful = ctx.careful or "rosa_red"
    if s.get("plate"):
        args["plate"] = s["plate"]
    elif desc is not None:
        args["description"] = desc.query(ctx.lang)
    if s.get("customer"):
        args["customer"] = s["customer"]
    if _body_only(desc) and not s.get("plate") and not s.get("customer"):
        # "un signore con una station wagon grigia", "quello col furgone": no car on file is found by its body
        # alone (the store knows makes and models), so the plate is asked instead of a lookup that cannot find it
        raise Stop(T.say("ask_vehicle", ctx.lang), clarify=True, reason="vehicle_body_only")
    result = await ctx.call("find_vehicle", args)
    asked = ctx.calls[-1]
    if not result.ok and s.get("plate") and s.get("customer"):
        # "la diagnosi della Fluence, DV 913 CB": the "owner" heard may be the car's own model (one the tables do not
        # know, after "della"), no customer's name; the plate alone finds the car, taken only when it is that model
        alone = await ctx.call("find_vehicle", {"plate": s["plate"]}, shown=False)
        first_match = (alone.data.get("matches") or [{}])[0] if alone.ok else {}
        if first_match.get("match") == "exact" and _car_named_as_owner(ctx, first_match):
            asked.shown = False  # no "not found" card before the car the plate found
            result, asked = alone, ctx.calls[-1]
            asked.shown = True
    if not result.ok and not s.get("plate") and s.get("customer"):
        split = await _particle_put_apart(ctx, args, s["customer"])
        if split is not None:  # "la Sandero di Deluca": Elena De Luca's, no "not found" card before it
            asked.shown, result = False, split
    if not result.ok and not s.get("plate") and s.get("customer") and ctx.parse.intent in evidence.APPOINTMENT_INTENTS:
        theirs = await _booked_for_owner_heard(ctx, desc, s["customer"])
        if theirs is not None:  # "text Mr Ornagi to confirm … on Monday the 1st of March": Ornaghi's, asked about
            raise vehicle_question(ctx, theirs)
    if not result.ok and desc is not None and not s.get("plate") and s.get("customer"):
        heard_like = await _owner_misheard(ctx, args, s["customer"])
        if heard_like is not None:
            result = heard_like
            if write:  # the owner's name only heard like the one said: the write is said back whole for a yes
                ctx.careful = ctx.careful or "owner"
    span, misheard = heard_span(ctx.parse.text, s["plate"]) if s.get("plate") else ([], False)
    found = hearing.readings(span) if span else []
    confirmed = ctx.pinned.get("confirmed_plate", {}).get("plate") == s.get("plate")
    if found and ctx.plate_repair and not confirmed and (misheard or not _exact(result, s["plate"])):
        # a plate whisper misheard (or read out of letter names run together): the workshop's data decides
        repaired = await repair_plate(ctx, args, found)
        theirs = await _owners_one_instead(ctx, desc, repaired) if repaired is not None and write else None
        if theirs is not None:  # "… sulla Sehol di Manfrotto, di doppia vuoto 110 NG": his car, not another's repaired
            raise vehicle_question(ctx, theirs)
        if repaired is not None:
            # the plate as heard was not on file, the one repaired is: no "not found" card before an answer that
            # names the vehicle (the lookup stays in the trace and the side panel)
            asked.shown = asked.shown and result.ok
            result = repaired
    result = _without_taken_back(result, s.get("plate"), plates_taken_back(ctx.parse.text))
    what = s.get("plate") or (desc.spoken(ctx.lang) if desc else s.get("customer", ""))
    if not s.get("plate") and desc is not None and s.get("customer"):  # "Captur bianca di Ferraboschi": whose, said
        what = f"{what} {'di' if ctx.lang == 'it' else 'of'} {s['customer']}"
    prefix = ("con targa " if ctx.lang == "it" else "with plate ") if s.get("plate") else ""
    if not result.ok:
        code = result.error.code if result.error else ""
        their_one = await _owners_one(ctx, desc) if code == "not_found" and found else None
        if their_one is None and code == "not_found":  # "la Matra, 1698 ZL": not found, but the one Matra with 698ZL
            their_one = await _models_one(ctx, desc)
        if their_one is not None:  # "il signor Gerosa … anavara, 1650 p 2 p": not found, but the owner's one car
            raise vehicle_question(ctx, their_one)
        if code in ("not_found", "invalid_arguments"):
            raise Stop(
                T.say("vehicle_not_found", ctx.lang, what=f"{prefix}{what}".strip()),
                reason="vehicle_not_found",
            )
        raise Stop(T.say("refused", ctx.lang, why=why(result, ctx.lang)), reason=code)
    matches = list(result.data.get("matches", []))
    if not s.get("plate") and desc is not None:
        # "the green Ford Ranger" with no Ranger on file: a store that knows no such model matches the colour alone
        # (the green Renegade), so only the vehicles that are what was said are taken
        matches = [m for m in matches if _described(desc, m)]
    if not matches:
        raise Stop(
            T.say("vehicle_not_found", ctx.lang, what=f"{prefix}{what}".strip()),
            reason="vehicle_not_found",
        )
    top = matches[0]
    if not write and top.get("repaired") and _few_symbols(s.get("plate")) and not _clearly_first(result.data):
        # "Contaga G di 4,7": a plate heard by four symbols or fewer fits scores of plates on file; the one repaired
        # is only a guess among them (or the one booked this week that shares them), so its plate is asked for
        raise Stop(T.say("ask_plate", ctx.lang), clarify=True, reason="missing:plate", kind="slots")
    tied = result.data.get("ambiguous") or (
        len(matches) > 1 and matches[1].get("confidence", 0) >= top.get("confidence", 0)
    )
    said_fits = _said_fits(desc, s.get("customer"), matches) if tied and s.get("plate") else []
    around = _named_around(ctx, said_fits or matches, desc) if tied and s.get("plate") and len(said_fits) != 1 else None
    owned = _owner_said(s.get("customer"), matches) if tied and not s.get("plate") else []
    among = owned if len(owned) > 1 else matches
    booked = await _described_and_booked(ctx, desc, among) if tied and not s.get("plate") and len(owned) != 1 else None
    if len(said_fits) == 1:  # "la CX-5, FE 790 …": of two plates heard alike, the one the model said fits
        top = {**said_fits[0], "match": "fuzzy", "confidence": min(float(said_fits[0].get("confidence", 0)), 0.5)}
    elif len(owned) == 1:  # "la Captur bianca di rizi": of the white Capturs, the one whose owner was named
        top = owned[0]
        if write and evidence.owner_fits(s["customer"], top) is False:
            ctx.careful = ctx.careful or "owner"  # the name only heard like the owner's: said back whole for a yes
    elif around is not None:  # "GN402G … di Scambarotti": of plates heard alike, the one its owner or model names too
        top = {**around, "match": "fuzzy", "confidence": min(float(around.get("confidence", 0)), 0.5)}
    elif booked is not None and len(booked) == 1:  # "cancel tomorrow's battery job on the Citroen": the one booked
        top = booked[0]
        if ctx.parse.intent in SAYS_BACK:
            ctx.unsure_vehicle = top  # a move is said back whole, the vehicle named, for a yes
    elif booked:  # two Citroëns booked for it: which of those two (not of every Citroën on file)
        raise _which(ctx, "vehicle", booked[:3], [T.spoken_vehicle(m, ctx.lang) for m in booked[:3]])
    elif tied and not write and not s.get("plate") and (by_plate := _plate_bits_heard(ctx, matches)) is not None:
        top = by_plate  # "la Moskvich, Geno Vazara 4.03 Torino Genova": of the two 412s, GZ403TG's digits were heard
    elif tied:
        raise _which(ctx, "vehicle", matches[:3], [T.spoken_vehicle(m, ctx.lang) for m in matches[:3]])
    floor = WRITE_PLATE_CONFIDENCE if write else READ_PLATE_CONFIDENCE
    if top.get("repaired") and not write:
        floor = READ_REPAIRED_CONFIDENCE
    unsure = top.get("match") == "fuzzy" and float(top.get("confidence", 0)) < floor
    if around is not None and not write:
        unsure = False  # named twice, by a part of its plate and by its owner or model: a read answers it, named
    # a write said back whole anyway: a near plate whose car the words around it name too is named in the question
    folded = unsure and write and said_back and _named_besides_plate(ctx, desc, top)
    if unsure and not folded and not (write and ctx.parse.intent in SAID_BACK_WHOLE):
        raise vehicle_question(ctx, top)
    if s.get("plate") and desc is not None and not _fits(desc, top) and not confirmed:
        twin = await _twin_on_file(ctx, top, desc)
        if twin is not None and not (write and ctx.parse.intent in SAID_BACK_WHOLE):
            raise vehicle_question(ctx, twin)  # "the blue Octavia FP927DS": FB927DS is the blue Octavia, bi heard pi
        if twin is not None:  # the write said back whole with the twin the description names, for a yes
            top = ctx.unsure_vehicle = twin
    if (
        s.get("plate") and desc is not None and not _fits(desc, top)
        and not _model_on_file_said(ctx, top) and not _model_heard_like(ctx, desc, top)
        and not _model_read_from_owner(ctx, desc, top)
    ):  # fmt: skip
        if not _car_on_file_heard_like(ctx, desc, top):
            raise Stop(
                T.say("plate_mismatch", ctx.lang, plate=top.get("plate"),
                      vehicle=T.spoken_vehicle(top, ctx.lang, with_plate=False), said=desc.spoken(ctx.lang)),
                clarify=True,
                reason="plate_description_mismatch",
                kind="vehicle",
                options=[top],
            )  # fmt: skip
        if write:  # "alla gonda blu, FT 274 ZW": the Lagonda on file, read as a Honda; said back, the car named
            ctx.careful = ctx.careful or "model"
    if (
        write and ctx.parse.intent in SAYS_BACK and s.get("customer")
        and evidence.owner_heard(s["customer"], top) is False and not _car_named_as_owner(ctx, top)
    ):  # fmt: skip
        # "il Kodiaq di Ciotto, GD 694 KF" and the Kodiaq is Cozzolino's: a name or a plate misheard. Never
        # written unheard: said back whole, the owner named, for a yes (a cancellation always waits for one)
        ctx.careful = ctx.careful or "owner"
    if unsure and not folded:  # the write is said back whole with this vehicle for a yes (`Context.write`)
        ctx.unsure_vehicle = top
    elif write and ctx.parse.intent in SAYS_BACK and not confirmed:
        twin = await _twin_on_file(ctx, top, desc)
        if twin is not None:  # "FP927DS" heard exactly, FB927DS on file too: the car is named back for a yes
            ctx.careful = ctx.careful or "twin"
            ctx.careful_said = {**ctx.careful_said, "twin": str(twin["plate"])}
    if write and desc is not None and not s.get("plate") and not s.get("customer") and not tied:
        # "un cambio gomme per una 600 bianca domani, il cliente passa dopo con il libretto": the one white 600 on file
        # may be no car of this customer's (one new to the workshop); said back whole, its plate and owner named
        ctx.careful = ctx.careful or "described"
    if ctx.careful == "words" and ctx.parse.careful != "words" and _unread_on_file(ctx, top):
        # "la Journey color vinaccia di Corradetti, GS 995 GL: …": the words no table knows are the car's own on file
        ctx.careful = ctx.parse.careful
    ctx.vehicle = top
    return top


def _car_words(vehicle: dict[str, Any]) -> list[list[str]]:
    """The words of a vehicle on file a person names it by: its make, model and colour, and its owner's name."""
    owner = vehicle.get("customer") or {}
    said = (vehicle.get("make"), vehicle.get("model"), vehicle.get("colour"), owner.get("full_name"))
    return [tokenize(str(name)) for name in said if name]


def _model_on_file_said(ctx: Context, vehicle: dict[str, Any]) -> bool:
    """Is the model on file of the car the plate found said in so many words, with a word of it no table knows ("lo
    Spider rosso corsa …, ED 653 ZC": the tables read the Opel "Corsa" in its colour; "l'Hiace bianco", "la E-Pace")?
    Then what was said fits that car, whatever the tables made of it. A model of known words only ("Tipo", "Note")
    may be said as a word of the sentence, so it proves nothing."""
    model = tokenize(str(vehicle.get("model") or ""))
    if not model or all(w in known_words() or not any(c.isalpha() for c in w) for w in model):
        return False
    model = _unhyphened(model)
    # as written: the repairs may have made another model of it ("Espace"), and whisper may join it to the colour
    # ("lo Spider-Rosso Corsa")
    said = _unhyphened(tokenize(ctx.parse.text))
    return _words_said(said, model) or _joined_model_said(said, "".join(model))


_JOINED_REACH = 3
"""The most words a model written as one on file is said in ("XUV 500" for the XUV500, "240 z" for the 240Z)."""


def _joined_model_said(tokens: list[str], joined: str) -> bool:
    """Is a model written as one word of letters and digits on file ("XUV500", "240Z", "T10X") said apart, its
    letters and digits as words of their own ("la XUV 500 bianco ghiaccio": the tables read a Fiat 500 in it)?"""
    if not (any(c.isalpha() for c in joined) and any(c.isdigit() for c in joined)):
        return False
    return any(
        "".join(tokens[i : i + n]) == joined
        for n in range(2, _JOINED_REACH + 1) for i in range(len(tokens) - n + 1)
    )  # fmt: skip


def _words_said(tokens: list[str], words: list[str]) -> bool:
    """Are `words` said in a row among `tokens`?"""
    return any(tokens[i : i + len(words)] == words for i in range(len(tokens) - len(words) + 1))


def _model_heard_like(ctx: Context, desc: VehicleDescription, vehicle: dict[str, Any]) -> bool:
    """Was the model read from a word only a sound from it, and is the one-word model of the car the plate found a
    sound from a word said too, alone or run into the short word after it ("la Karen's beige …, FN 889 KA": the
    Carens, though the Carmen on file is as near to "Karen")? Then of two models heard alike the plate tells which. A
    model said in so many words ("the Santa Fe, AB 123 CD" for a Panda) is what was said, and still asked about.
    Models of five letters or more (shorter ones are a sound from too many words)."""
    model = tokenize(str(vehicle.get("model") or ""))
    if len(model) != 1 or len(model[0]) < 5 or not model[0].isalpha():
        return False
    tokens = tokenize(ctx.parse.text)
    read = tokenize(desc.model or "")
    if not read or _words_said(tokens, read):
        return False
    said = tokens + [a + b for a, b in pairwise(tokens) if len(b) <= 2]
    return any(len(w) >= 4 and one_sound_apart(w, model[0]) for w in said)


def _model_read_from_owner(ctx: Context, desc: VehicleDescription, vehicle: dict[str, Any]) -> bool:
    """Was the model read from a word that is the name of the owner of the car the plate found, or sounds as its
    model does ("… dell'essel della Torisi, GD 267 JM": the tables heard a KGM Torres in the Corsair's owner,
    Torrisi; "la scala …, DD 083 LT" for the Skala on file)? Then the plate and the rest of what was said agree:
    no other car was named. Every word said the model may have been read from (a third of its sounds off at most)
    must be the owner's name by `plate_evidence.owner_heard`; a model said in so many words only as the end of the
    owner's name said in two ("buona mini" for Bonannini)."""
    said = tokenize(ctx.parse.text)
    tokens = [w for w in said if len(w) >= 4 and w.isalpha()]
    model = tokenize(str(vehicle.get("model") or ""))
    if len(model) == 1 and len(model[0]) >= 4 and any(sound_key(w) == sound_key(model[0]) for w in tokens):
        return True  # "scala" said, the Skala on file: the same sounds
    read = tokenize(desc.model or desc.make or "")
    if len(read) != 1 or len(read[0]) < 4:
        return False
    if read[0] in tokens:  # said in so many words: another car named, unless it ends the owner's name said apart
        # ("la moppetta della buona mini": Bonannini's Mopetta, no Mini)
        runs = [said[i - 1] + w for i, w in enumerate(said) if i and w == read[0]]
        return bool(runs) and all(evidence.owner_heard(run, vehicle) for run in runs)
    sources = [w for w in tokens if _near_sound(w, read[0])]
    return bool(sources) and all(evidence.owner_heard(w, vehicle) for w in sources)


def _car_on_file_heard_like(ctx: Context, desc: VehicleDescription, vehicle: dict[str, Any]) -> bool:
    """Is the make or the model on file of the car the plate found said as a word a sound or so from it, where the
    tables read another car from what was said ("alla gonda blu, FT 274 ZW": the Lagonda, read as a Honda; "il
    rancio di Cappellazzo" for the Matra Rancho, read as a Lancia; "la sala" for the LaSalle; "la epacenero" for the
    black E-Pace)? Then what was said fits the car the plate found better than anything the tables made of it. A word
    of the sentence, or two run together, or one run into the colour on file; a name of four letters or more, letters
    only, a third of its sounds off at most (one for a short one). A car the tables read said in so many words ("la
    Panda, DV 913 CB" for a Fluence) is what was said, and still asked about."""
    tokens = tokenize(ctx.parse.text)
    read = tokenize(desc.model or desc.make or "")
    if not read or _words_said(tokens, read):
        return False
    names = [
        joined for name in (vehicle.get("make"), vehicle.get("model")) if name
        for joined in ["".join(_unhyphened(tokenize(str(name))))] if len(joined) >= 4 and joined.isalpha()
    ]  # fmt: skip
    colour = tokenize(str(vehicle.get("colour") or ""))[:1]
    said = [w for w in tokens if len(w) >= 4] + [a + b for a, b in pairwise(tokens) if len(a + b) >= 4]
    return any(
        _near_sound(w, name, floor=1) or (colour and _near_sound(w, name + colour[0], floor=1, reach=name))
        for name in names for w in said
    )  # fmt: skip


def _near_sound(heard: str, word: str, *, floor: int = 2, reach: str | None = None) -> bool:
    """A third of the sounds of `reach` (the word itself unless given) off at most, `floor` for a short word: how far
    the tables may read a model from a word."""
    a, b = sound_key(heard), sound_key(word)
    limit = max(floor, len(sound_key(reach or word)) // 3)
    return edit_distance(a, b, limit) <= limit


def _car_named_as_owner(ctx: Context, vehicle: dict[str, Any]) -> bool:
    """Is the "owner" heard the car's own make or model on file, the plate heard exactly ("la diagnosi della Fluence,
    DV 913 CB, …", "il cambio gomme della Scirocco di Tettamanzi": a model the tables do not know, after "della",
    read as whose car)? Then no name was said that is not the owner's: the car was named twice, by its model and its
    plate, and they agree."""
    plate = ctx.slots.get("plate")
    if not plate or vehicle.get("plate") != plate:  # the plate as heard (the name said may have made it "fuzzy")
        return False
    said = _unhyphened(tokenize(str(ctx.slots.get("customer") or "")))
    names = {w for name in (vehicle.get("make"), vehicle.get("model")) if name for w in _unhyphened(tokenize(str(name)))}
    return bool(said) and all(w in names for w in said)


def _unhyphened(words: list[str]) -> list[str]:
    return [part for word in words for part in word.split("-") if part]


def _unread_on_file(ctx: Context, vehicle: dict[str, Any]) -> bool:
    """Are the words no table knows, that a write was taken despite ("words": said back whole), all words of the car
    the plate heard exactly found — its model, colour or owner on file ("la Matiz verde menta della Pellizzeri, GT 024
    ZJ")? Then nothing said is unread: the plate and the car's own names agree."""
    plate = ctx.slots.get("plate")
    if not ctx.parse.unknown or not plate or vehicle.get("match") != "exact" or vehicle.get("plate") != plate:
        return False
    on_file = {w for words in _car_words(vehicle) for w in words}
    return all(w in on_file for w in ctx.parse.unknown)


async def _twin_on_file(
    ctx: Context, top: dict[str, Any], desc: VehicleDescription | None, *, booked_in: dict[str, Any] | None = None
) -> dict[str, Any] | None:
    """A plate on file one letter name from the plate heard exactly (FB927DS when FP927DS was heard: bi and pi sound
    alike) that the write may be meant for: what was said of the car (model, colour, owner) fits it too, and for a
    job on file (a move, a message) it has one coming too. None when there is none, or the plate was not heard
    exactly. In a real workshop such twins are rare; where they are, the car is named back before a write. With
    `booked_in` (the search of an appointment the plate heard has none in: "di martedì 3"), the twin must have one
    there still to come, for the job said if one was."""
    plate = str(top.get("plate") or "")
    if top.get("match") != "exact" or plate != ctx.slots.get("plate"):
        return None
    forms = hearing.twins(plate)
    found = await ctx.call("find_vehicle", {"plate": plate, "heard_forms": forms, "limit": 10}, shown=False)
    twins = [m for m in (found.data.get("matches", []) if found.ok else []) if m.get("plate") in forms]
    customer = ctx.slots.get("customer")
    twins = [
        m for m in twins
        if (desc is None or (_fits(desc, m) and evidence.colour_fits(desc, m) is not False))
        and (not customer or evidence.owner_fits(customer, m) is not False)
    ]  # fmt: skip
    if booked_in is None and ctx.parse.intent not in evidence.APPOINTMENT_INTENTS:  # a booking, a read: any that fits
        return twins[0] if twins else None
    for twin in twins:
        if booked_in is None:
            args = {"plate": twin["plate"], "date_from": ctx.now().date().isoformat(), "limit": 1}
        else:
            args = {**booked_in, "vehicle_id": twin["vehicle_id"]}
        booked = await ctx.call("search_appointments", args, shown=False)
        held = booked.data.get("appointments", []) if booked.ok else []
        if booked_in is not None:
            held = await _coming_for_the_job(ctx, held)
        if held:
            return twin
    return None


async def _coming_for_the_job(ctx: Context, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The appointments of `found` still to come, for the job said if one was."""
    now = ctx.now()
    coming = [
        a for a in found
        if a.get("status") in ("pending", "approved") and datetime.fromisoformat(str(a["start"])) >= now
    ]  # fmt: skip
    if coming and ctx.slots.get("service"):
        ids = await service_ids(ctx, ctx.slots["service"])
        coming = [a for a in coming if not ids or a.get("service_id") in ids]
    return coming


SHORT_PLATE = 4
"""A plate heard by this many symbols or fewer ("GD47", "la 47") is a fragment: most of it was not heard."""
SHORT_PLATE_LEAD = 0.3
"""How far ahead of the next plate on file the one repaired from such a fragment must be for a read to answer it."""


def _few_symbols(plate: Any) -> bool:
    """Was the plate heard by `SHORT_PLATE` symbols or fewer?"""
    return bool(plate) and sum(c.isalnum() for c in str(plate)) <= SHORT_PLATE


def _clearly_first(found: dict[str, Any]) -> bool:
    """Is the first of a repair's candidates clearly ahead of the next (`SHORT_PLATE_LEAD`)? Alone, only when the
    readings found it on file themselves: one found only among this week's appointments was never weighed against
    the plates on file that the fragment fits as well."""
    matches = found.get("matches", [])
    if len(matches) < 2:
        return bool(found.get("on_file"))
    return float(matches[0].get("confidence", 0)) - float(matches[1].get("confidence", 0)) >= SHORT_PLATE_LEAD


def _rosa_after_model(ctx: Context, desc: VehicleDescription) -> bool:
    """Was "Rosa" heard right after the model said, no colour said ("la Punto Rosa di Ferri")? Whisper writes the
    colour "rossa" so, capitalised as the name."""
    if desc.colour is not None or desc.model is None:
        return False
    tokens = heard_tokens(ctx.parse.text)
    heard = find_vehicle_description(tokens)
    return heard.model == desc.model and tokens[heard.end : heard.end + 1] == ["rosa"]


async def _rosa_as_red(ctx: Context, desc: VehicleDescription) -> VehicleDescription:
    """The description with "Rosa" read as red when the workshop has that model in red, no pink one and no owner
    named Rosa of one (three hidden lookups); else as it was (the lookup by model, and the question, as before). A
    pink car and a customer called Rosa are both as real as the red car: only where neither exists is it the red."""
    model = VehicleDescription(make=desc.make, model=desc.model, body=desc.body)
    red = VehicleDescription(colour="red", make=desc.make, model=desc.model, body=desc.body)
    found = await asyncio.gather(
        ctx.call("find_vehicle", {"description": red.query(ctx.lang), "limit": 1}, shown=False),
        ctx.call("find_vehicle", {"description": f"{model.query(ctx.lang)} rosa", "limit": 20}, shown=False),
        ctx.call("find_vehicle", {"description": model.query(ctx.lang), "customer": "Rosa", "limit": 20}, shown=False),
    )
    reds, pinks, owners = ([m for m in r.data.get("matches", []) if _described(model, m)] if r.ok else [] for r in found)
    pinks = [m for m in pinks if str(m.get("colour") or "").lower().startswith("rosa")]
    named = [m for m in owners if evidence.owner_fits("Rosa", m)]
    if not reds or pinks or named:
        return desc
    return red


def _body_only(desc: VehicleDescription | None) -> bool:
    """A vehicle described by its body ("station wagon", "furgone", "SUV"), maybe its colour, no make nor model."""
    return desc is not None and bool(desc.body) and not desc.make and not desc.model


async def _owners_one(ctx: Context, desc: VehicleDescription | None) -> dict[str, Any] | None:
    """A plate heard too garbled to be found, the owner said ("il signor Gerosa … 1650 p 2 p av" for DE 651 PW):
    the one vehicle of that owner's, when there is exactly one, nothing said contradicts it and its plate shares
    most characters with what was heard (`_SHARED_WITH_HEARD`), to be asked about ("Intendi la Navara nera
    DE651PW?"), never written unasked; else None.

    With no owner read out of the words, or one that names nobody, a surname said the way a counter says it ("la
    Colciago vuole anticipare", "alla Terraneo serve la conferma … della Xingluide", set 44) is still a name: the
    words no table knows are looked up as names (`_names_said`), and the one car of all the people they find whose
    plate shares most characters with the one heard is asked about the same way."""
    customer, heard = ctx.slots.get("customer"), str(ctx.slots.get("plate") or "")
    if not heard:
        return None
    people: list[dict[str, Any]] = []
    if customer:
        found = await ctx.call("find_customer", {"query": customer, "limit": 2}, shown=False)
        people = list(found.data.get("customers", [])) if found.ok else []
    if people:
        sharing = [v for person in people for v in person.get("vehicles", [])]
        if len(people) != 1 or len(sharing) != 1:
            return None
    else:  # no owner read, or the one read names nobody ("della Xingluide": the model heard as a surname)
        sharing = await _cars_of_names_said(ctx, heard)
        if len(sharing) != 1:
            return None
    plate = str(sharing[0].get("plate", ""))
    if _symbols_shared(heard, plate) < _SHARED_WITH_HEARD or (desc is not None and not _said_fits(desc, None, sharing)):
        return None
    return await _to_ask_about(ctx, plate)


async def _owners_one_instead(ctx: Context, desc: VehicleDescription | None, repaired: ToolResult) -> dict[str, Any] | None:
    """For a write, the owner said's one car sharing the heard plate's characters (the owner read: `_owners_one`; else
    a word right after "di"/"della" that no table knows, looked up as a name) when the plate repaired from what was
    heard is another person's car and no candidate's owner sounds like any word said ("… sulla Sehol di Manfrotto, di
    doppia vuoto 110 NG": the repair found Mancini's C3 VB161RG; Manfrotto's one car is DW816NG, set 45 spoken), to be
    asked about ("Intendi …?"); None (the repair's answer as before) otherwise. Any word said is not enough: "za
    salma della anni" found a stranger's DS 3 over the right repaired car (set 29, noisy)."""
    customer = ctx.slots.get("customer")
    matches = list(repaired.data.get("matches") or []) if repaired.ok else []
    said = str(customer or ctx.parse.text)
    if not matches or any(evidence.owner_heard(said, m) is not False for m in matches):
        return None
    if _car_named_as_owner(ctx, matches[0]):
        return None  # "la diagnosi della Fluence, DV 913 CB": the "owner" the car's own model
    if customer:
        theirs = await _owners_one(ctx, desc)
    else:
        heard = str(ctx.slots.get("plate") or "")
        cars = await _cars_of_names_said(ctx, heard, _owner_names_said(ctx, heard))
        fits = len(cars) == 1 and (desc is None or bool(_said_fits(desc, None, cars)))
        theirs = await _to_ask_about(ctx, str(cars[0].get("plate", ""))) if fits else None
    return theirs if theirs is not None and theirs.get("plate") not in {m.get("plate") for m in matches} else None


_OWNER_PARTICLES = frozenset({"di", "del", "della", "dello", "dell"})


def _owner_names_said(ctx: Context, heard: str) -> list[str]:
    """The words `_names_said` would look up that come right after an owner's "di"/"della" ("sulla Sehol di
    Manfrotto")."""
    words = tokenize(ctx.parse.text)
    after = {w for before, w in pairwise(words) if before in _OWNER_PARTICLES}
    return [w for w in _names_said(ctx, heard) if w in after]


_NAMES_TRIED = 3
"""Words looked up as names at most, when no owner was read out of the words: each is a hidden lookup."""
_PEOPLE_PER_NAME = 3
"""People a word looked up as a name may find: a word that is the prefix of more names names none of them."""
_NAME_LETTERS = 5
"""Letters a word must have to be looked up as a surname: shorter ones are whisper's pieces of other words."""


async def _cars_of_names_said(ctx: Context, heard: str, words: list[str] | None = None) -> list[dict[str, Any]]:
    """The cars of the people the words said may name (`words`, else `_names_said`) whose plate shares most characters
    with the one heard."""
    cars: dict[str, dict[str, Any]] = {}
    for word in _names_said(ctx, heard) if words is None else words:
        found = await ctx.call("find_customer", {"query": word, "limit": _PEOPLE_PER_NAME + 1}, shown=False)
        people = list(found.data.get("customers", [])) if found.ok else []
        for person in people if len(people) <= _PEOPLE_PER_NAME else []:
            for car in person.get("vehicles", []):
                cars.setdefault(str(car.get("plate", "")), car)
    return [car for plate, car in cars.items() if _shared_in_order(heard, plate) >= _SHARED_WITH_HEARD]


def _shared_in_order(heard: str, plate: str) -> int:
    """How many of a plate's characters the plate heard has in the same order (their longest common subsequence):
    "FX412GA" has five of FX042DG's (F, X, 4, 2, G), "GF0172AVB" three of GP751WA's. A car found only by a word
    that may be a name is asked about on this stricter count (`_cars_of_names_said`): a surname's first letters find
    other people too ("castell": Castelli, Castellano)."""
    row = [0] * (len(plate) + 1)
    for h in heard:
        diagonal = 0
        for j, p in enumerate(plate, start=1):
            diagonal, row[j] = row[j], diagonal + 1 if h == p else max(row[j], row[j - 1])
    return row[-1]


def _names_said(ctx: Context, heard: str) -> list[str]:
    """The words of the utterance that may be a surname said without "di" ("la Colciago", "alla Terraneo"): of five
    letters or more, no number, no word any table knows, no piece of the plate heard; the first few only."""
    known = known_words()
    heard_low = heard.lower()
    out: list[str] = []
    for word in tokenize(ctx.parse.text):
        if len(word) < _NAME_LETTERS or not word.isalpha() or word in known or word in heard_low or word in out:
            continue
        out.append(word)
    return out[:_NAMES_TRIED]


async def _booked_for_owner_heard(
    ctx: Context, desc: VehicleDescription | None, customer: str
) -> dict[str, Any] | None:
    """A message, move or cancellation about someone whose name as heard names nobody on file, no plate said ("text
    Mr Ornagi to confirm … on Monday the 1st of March", set 44): of the appointments of the day said, the one car
    whose owner's name sounds like the one heard (`evidence.owner_heard`), nothing said contradicting it, to be asked
    about ("Do you mean the green D7 EX562MV?"), never written unasked; else None. With no day said, None: a busy
    week holds too many names for one heard a third of its sounds off to pick one ("Mrs Carlsey-Ego … two days ahead"
    would be asked about another woman's Partner)."""
    day = ctx.slots.get("old_date")
    if not day:
        return None
    booked = await appointments_on(ctx, date.fromisoformat(day))
    plates = {
        str(a["plate"]) for a in booked
        if a.get("plate") and evidence.owner_heard(customer, {"customer": {"full_name": a.get("customer")}})
    }  # fmt: skip
    if len(plates) != 1:
        return None
    plate = plates.pop()
    car = await _to_ask_about(ctx, plate)
    if car is None or (desc is not None and not _said_fits(desc, None, [car])):
        return None
    return car


async def _to_ask_about(ctx: Context, plate: str) -> dict[str, Any] | None:
    """The whole record of the car of `plate` (a hidden lookup), as a car found only nearly, to be asked about."""
    result = await ctx.call("find_vehicle", {"plate": plate}, shown=False)
    exact = [m for m in result.data.get("matches", []) if m.get("plate") == plate] if result.ok else []
    return {**exact[0], "match": "fuzzy", "confidence": 0.5} if exact else None


_MODEL_LOOKUP_LIMIT = 20
"""Vehicles of the model said looked up at most: a model with that many on file is too common for a part of a plate
to pick one of them, as the ones not listed might share it too."""


async def _models_one(ctx: Context, desc: VehicleDescription | None) -> dict[str, Any] | None:
    """A plate heard too garbled to be found, the car's make or model said ("batteria per la Matra, 1698 ZL" for
    GC 698 ZL): the one vehicle of that model on file whose plate has a part of the one heard (its three digits, or
    its last two letters last) and shares most characters with it, to be asked about ("Intendi la Rancho rossa
    GC698ZL?"), never written unasked; None when the model is common, or none or several such plates are on file."""
    heard = str(ctx.slots.get("plate") or "")
    if desc is None or not (desc.make or desc.model) or not heard:
        return None
    args = {"description": desc.query(ctx.lang), "limit": _MODEL_LOOKUP_LIMIT}
    result = await ctx.call("find_vehicle", args, shown=False)
    listed = list(result.data.get("matches", [])) if result.ok else []
    if len(listed) >= _MODEL_LOOKUP_LIMIT:
        return None
    sharing = [
        m for m in listed
        if _described(desc, m) and _part_heard(heard, str(m.get("plate", "")))
        and _symbols_shared(heard, str(m["plate"])) >= _SHARED_WITH_HEARD
    ]  # fmt: skip
    return {**sharing[0], "match": "fuzzy", "confidence": 0.5} if len(sharing) == 1 else None


def _symbols_shared(heard: str, plate: str) -> int:
    """How many of a plate's characters the plate heard has, each counted as often as both have it."""
    return sum(min(heard.count(c), plate.count(c)) for c in set(plate))


_SHARED_WITH_HEARD = 4
"""Characters a plate heard must share with the owner's one vehicle's plate (as `plate_hearing`'s candidates
do) before that vehicle is asked about: a plate heard wholly otherwise may be another car of theirs, not on file."""


_PARTICLE_TRIES = 3
"""Forms of a run-on surname tried at most ("Dellavalle": Della Valle, Del Lavalle, D'Ellavalle)."""


async def _particle_put_apart(ctx: Context, args: dict[str, Any], customer: str) -> ToolResult | None:
    """The lookup again with the surname's particle put apart ("Deluca" → De Luca, "Dangelo" → D'Angelo), as
    whisper runs them together and neither backend's search splits them: the first form that finds, else None."""
    for form in surnames.particle_forms(customer)[:_PARTICLE_TRIES]:
        again = await ctx.call("find_vehicle", {**args, "customer": form}, shown=False)
        if again.ok:
            return again
    return None


async def _owner_misheard(ctx: Context, args: dict[str, Any], customer: str) -> ToolResult | None:
    """ "WhatsApp Mrs Tanolo a reminder … for the Crossland": no customer of the name heard on file; the vehicles of
    the description whose owner's name sounds like it (whisper's "Tanolo" for Tonolo), else None. A name that
    sounds like no owner's finds nothing, as before."""
    lookup = {k: v for k, v in args.items() if k != "customer"}
    again = await ctx.call("find_vehicle", {**lookup, "limit": 20}, shown=False)
    if not again.ok:
        return None
    heard = [m for m in again.data.get("matches", []) if evidence.owner_heard(customer, m)]
    if not heard:
        return None
    return ToolResult.success({"matches": heard, "ambiguous": len(heard) > 1}, again.display)


async def ask_naming_vehicle(ctx: Context, key: str, words: dict[str, str] | None = None) -> str:
    """Never returns: the question `key` (i18n.fastpath, filled with `words`) for what the request lacks,
    naming the vehicle it is about once found as its write would find it ("Che giorno per la Panda grigia
    AB123CD di Mario Rossi?"); or, as the write would, the question or the answer about that vehicle (not
    found, which one, a plate heard only nearly). A question with no naming form is asked as it is.

    A write said back whole for a yes after the answer (`ctx.careful` already set when asking: a guessed intent,
    noise, words no table knows; the answer's turn keeps it) names a vehicle heard only nearly, that its owner or
    model said names too, in this question rather than asking about it first: one question, not two, and the car
    is named again in the write said back ("la paican della cimino, ti doppia avuto 346 accadi …": "Quale servizio
    per la Paykan rosso cinabro TW346HD di Rosalinda Cimmino?" … "Prenoto: … Confermi?")."""
    vehicle = await find_vehicle(ctx, write=True, said_back=bool(ctx.careful))  # else a near plate asked about first
    named = f"{key}_for"
    question = (
        T.say(named, ctx.lang, vehicle=T.spoken_vehicle(vehicle, ctx.lang), owner=T.owner_suffix(vehicle, ctx.lang),
              **(words or {}))
        if named in T.TEXTS
        else T.say(key, ctx.lang, **(words or {}))
    )
    raise Stop(question, clarify=True, reason=ctx.parse.reason, kind="slots", options=[vehicle])


def _without_taken_back(result: ToolResult, plate: str | None, taken: tuple[str, ...]) -> ToolResult:
    """The lookup without the vehicles the person took back: "AB 123 CD, no, CE" with no AB123CE on file
    must not offer AB123CD back, nor any plate that keeps what was put right (AP123CD keeps the D). A plate
    keeps it when, in a place where the plate taken back and the plate said differ, it has the character
    taken back. With none left, the plate is not found (and the person is asked to spell it)."""
    if not taken or not plate or not result.ok:
        return result
    matches = list(result.data.get("matches", []))
    kept = [m for m in matches if not any(_keeps(str(m.get("plate", "")), t, plate) for t in taken)]
    if len(kept) == len(matches):
        return result
    _LOGGER.debug("taken back %s: %s left out", taken, [m.get("plate") for m in matches if m not in kept])
    return ToolResult.success(
        {**result.data, "matches": kept, "ambiguous": bool(result.data.get("ambiguous")) and len(kept) > 1}
    )


def _keeps(candidate: str, taken: str, plate: str) -> bool:
    if candidate == plate:
        return False
    places = zip(candidate, taken, plate, strict=False)
    return any(t not in ("?", p) and c == t for c, t, p in places)


def vehicle_question(ctx: Context, vehicle: dict[str, Any]) -> Stop:
    """ "Intendi la Panda grigia AB123CD?": a plate heard only nearly, asked about on its own."""
    return Stop(
        T.say("confirm_vehicle", ctx.lang, vehicle=T.spoken_vehicle(vehicle, ctx.lang)),
        clarify=True,
        reason="fuzzy_plate",
        kind="vehicle",
        options=[vehicle],
    )


async def repair_plate(ctx: Context, args: dict[str, Any], found: list[hearing.Reading]) -> ToolResult | None:
    """The vehicles the readings of a heard plate span may stand for, ranked by the mishearing model
    with a calibrated confidence (appointments of today and this week likelier)."""
    forms = [f for f in hearing.italian_forms(found) if f != ctx.slots["plate"]]
    forms = [f for f in (forms or [r.text for r in found[:4]]) if 2 <= len(f) <= 12][:12]
    # the owner's name said is evidence for the ranking, not a filter of the candidates
    lookup = {k: v for k, v in args.items() if k != "customer"}
    result = await ctx.call("find_vehicle", {**lookup, "heard_forms": forms, "limit": 20}, shown=False)
    vehicles = {str(m["plate"]): m for m in result.data.get("matches", [])} if result.ok else {}
    on_file = len(vehicles)  # found by the readings themselves, before this week's appointments are weighed in
    priors = await appointment_priors(ctx)
    known = [*vehicles, *priors]
    evidence = await said_and_asked(ctx, found, known, priors, vehicles)
    ranked = hearing.rank(found, known, priors=priors, evidence=evidence)
    unseen = [r.plate for r in ranked[:_WEIGHED] if r.plate not in vehicles and r.confidence >= _WORTH_WEIGHING]
    if unseen:
        # plates of this week's appointments among the likeliest, never weighed against what was said of the
        # vehicle: looked up and weighed ("la Compass bianca di …" against this week's blue Tiguan a letter away)
        for plate in unseen:
            await _look_up_into(ctx, plate, vehicles)
        evidence = await said_and_asked(ctx, found, known, priors, vehicles)
        ranked = hearing.rank(found, known, priors=priors, evidence=evidence)
    if not ranked or ranked[0].confidence < hearing.MIN_CONFIDENCE:
        return result if result.ok else None
    if ranked[0].plate not in vehicles:  # a plate of this week's appointments, not among the candidates
        await _look_up_into(ctx, ranked[0].plate, vehicles)
    matches = [
        {**vehicles[r.plate], "match": "fuzzy", "confidence": r.confidence, "repaired": True}
        for r in ranked[:5]
        if r.plate in vehicles and r.confidence >= 0.01
    ]
    if not matches:
        return None
    close = len(matches) > 1 and matches[0]["confidence"] - matches[1]["confidence"] < hearing.MARGIN
    return ToolResult.success({"matches": matches, "ambiguous": close, "repaired": True, "on_file": on_file})


_WEIGHED = 4
_WORTH_WEIGHING = 0.02
"""How many of the likeliest plates by sound (each at least this likely) are weighed against what was said of the
vehicle, looked up if need be: a few hidden lookups, only where this week's appointments put a plate among them."""


async def _look_up_into(ctx: Context, plate: str, vehicles: dict[str, dict[str, Any]]) -> None:
    """The vehicle of `plate` (exactly), added to `vehicles` (a hidden lookup)."""
    exact = await ctx.call("find_vehicle", {"plate": plate}, shown=False)
    for m in exact.data.get("matches", []) if exact.ok else []:
        vehicles.setdefault(str(m["plate"]), m)


async def said_and_asked(
    ctx: Context,
    found: list[hearing.Reading],
    known: list[str],
    priors: dict[str, float],
    vehicles: dict[str, dict[str, Any]],
) -> hearing.Evidence:
    """The evidence besides the plate's sound (engine.fastpath.plate_evidence): the description and the
    owner said, and for a request about an appointment, which candidates have one (the candidates
    ranked by the plate alone, likeliest first, are the ones asked about)."""
    s = ctx.slots
    desc = VehicleDescription(**s["vehicle_description"]) if s.get("vehicle_description") else None
    parts = [evidence.said_evidence(desc, s.get("customer"), vehicles)]
    if ctx.parse.intent in evidence.APPOINTMENT_INTENTS:
        plates = [r.plate for r in hearing.rank(found, known, priors=priors)]
        booked = await upcoming_days(ctx, plates, s.get("old_date"))
        parts.append(evidence.appointment_evidence(plates, booked, s.get("old_date")))
    return evidence.combined(*parts)


async def service_ids(ctx: Context, slot: dict[str, Any]) -> set[Any]:
    """The catalogue's services a service said stands for (`match_catalogue`), by id: "la convergenza" is the
    "Equilibratura e convergenza", not every tyre job."""
    return {c.get("service_id") for c in match_catalogue(slot["key"], slot["category"], await service_catalogue(ctx))}


async def find_service(ctx: Context, vehicle: dict[str, Any] | None = None) -> dict[str, Any]:
    """The catalogue's one service the request names; two or three alike ("the brakes": discs and pads, or pads)
    asked about, naming the `vehicle` found for the write, if any (set 45's "Which service: …?" said no word of which
    car the answer would book)."""
    if "service" in ctx.pinned:
        return ctx.pinned["service"]
    slot = ctx.slots["service"]
    found = match_catalogue(slot["key"], slot["category"], await service_catalogue(ctx))
    if not found:
        raise Stop(T.say("service_unknown", ctx.lang, service=slot["name"]), reason="service_unknown")
    if len(found) > 1:
        kind = KINDS_BY_KEY[slot["key"]]
        named = named_by_words(found, heard_tokens(ctx.parse.text), kind)
        if named is not None:
            return named
        exact = [s for s in found if str(s.get("name", "")).lower() in (kind.name_it, kind.name_en.lower())]
        if len(exact) == 1:
            return exact[0]
        first_word = [s for s in found if str(s.get("name", "")).lower().startswith(kind.name_words[0])]
        if len(first_word) == 1:
            return first_word[0]
        raise _which(ctx, "service", found[:3], [str(s.get("name")) for s in found[:3]], vehicle)
    return found[0]


def _which(
    ctx: Context, kind: str, options: list[dict[str, Any]], said: list[str], vehicle: dict[str, Any] | None = None
) -> Stop:
    """The question "which one?" among up to three `options` of `kind` (vehicle, service, appointment),
    each said as in `said`, naming the `vehicle` it is for when given; the person's answer picks one
    (engine/fastpath/choices.py)."""
    listed = T.spoken_list(said, ctx.lang, T.OR)
    question = (
        T.say(
            f"which_{kind}_for", ctx.lang, options=listed,
            vehicle=T.spoken_vehicle(vehicle, ctx.lang), owner=T.owner_suffix(vehicle, ctx.lang),
        )
        if vehicle is not None
        else T.say(f"which_{kind}", ctx.lang, options=listed)
    )  # fmt: skip
    return Stop(
        question,
        clarify=True,
        reason=f"ambiguous_{kind}",
        kind=kind,
        options=options,
    )


_OF_A_BOOKING = frozenset({"move", "cancel", "send_confirmation", "send_reminder"})
"""Requests about an appointment on file: its day and service tell which of several vehicles described alike."""


async def _described_and_booked(
    ctx: Context, desc: VehicleDescription | None, among: list[dict[str, Any]]
) -> list[dict[str, Any]] | None:
    """For a move, cancel, confirmation or reminder of a job said by its day (and service, if said), its vehicle only
    described ("cancel tomorrow's battery job on the Citroen", "sposta la revisione di domani della Panda grigia a
    lunedì"), where the description fits several vehicles on file: the vehicles booked that day (for that service)
    that the description fits, the owner said too (`among`: the owner's when several of theirs fit); none: None, and
    the person is asked which of those on file. A busy workshop holds hundreds of grey Pandas but books a handful of
    jobs of one kind a day, so the day's appointments are what is looked up: each vehicle of those appointments by its
    plate (at most `_BOOKED_LOOKED_UP`, together), the vehicles the description's lookup already returned not again."""
    s = ctx.slots
    if desc is None or ctx.parse.intent not in _OF_A_BOOKING or not s.get("old_date"):
        return None
    services = await service_ids(ctx, s["service"]) if s.get("service") else None
    day = date.fromisoformat(s["old_date"])
    now = ctx.now()
    booked = [
        a for a in await appointments_on(ctx, day)
        if a.get("plate") and (services is None or a.get("service_id") in services)
        and datetime.fromisoformat(str(a["start"])) >= now
    ]  # fmt: skip
    if not booked or len(booked) > _BOOKED_LOOKED_UP:
        return None
    known = {m.get("plate"): m for m in among}
    owner = s.get("customer")
    plates = list(dict.fromkeys(str(a["plate"]) for a in booked))
    unknown = [p for p in plates if p not in known]
    looked_up = await asyncio.gather(*(ctx.call("find_vehicle", {"plate": p}, shown=False) for p in unknown))
    for plate, result in zip(unknown, looked_up, strict=True):
        matches = result.data.get("matches", []) if result.ok else []
        exact = [m for m in matches if m.get("plate") == plate and m.get("match") == "exact"]
        if exact:
            known[plate] = exact[0]
    fits = [
        known[p] for p in plates
        if p in known and _fits(desc, known[p]) and evidence.colour_fits(desc, known[p]) is not False
        and (not owner or evidence.owner_heard(owner, known[p]) is not False)
    ]  # fmt: skip
    unique = list({m.get("vehicle_id"): m for m in fits}.values())
    return unique or None


_BOOKED_LOOKED_UP = 16
"""The most appointments of the day said whose vehicles are looked up to tell which of several described alike is
meant (a day's jobs of one kind, or a quiet day's all): a busier day is not guessed from, the person is asked."""


async def find_appointment(ctx: Context, vehicle: dict[str, Any] | None) -> dict[str, Any]:
    """The one upcoming appointment the person means."""
    if "appointment" in ctx.pinned:
        return ctx.pinned["appointment"]
    s = ctx.slots
    args: dict[str, Any] = {"date_from": s.get("old_date") or ctx.today.isoformat(), "limit": 20}
    if s.get("old_date"):
        args["date_to"] = s["old_date"]
        if _todays_weekday_said(ctx, s["old_date"]):
            args["date_from"] = ctx.today.isoformat()  # "di mercoledì" on a Wednesday: today's or next week's
    if vehicle is not None:
        args["vehicle_id"] = vehicle["vehicle_id"]
    result = await ctx.call("search_appointments", args)
    if not result.ok:
        raise Stop(T.say("refused", ctx.lang, why=why(result, ctx.lang)), reason="search_failed")
    found = [a for a in result.data.get("appointments", []) if a.get("status") in ("pending", "approved")]
    if s.get("old_time"):
        found = [a for a in found if str(a.get("start", ""))[11:16] == s["old_time"]]
    now = ctx.now()
    found = [a for a in found if datetime.fromisoformat(str(a["start"])) >= now]
    ids: set[Any] | None = None
    if s.get("service") and (len(found) > 1 or (vehicle is not None and len(found) == 1)):
        slot = s["service"]
        ids = await service_ids(ctx, slot)
    if len(found) > 1 and ids:  # "the battery job" of a car booked for brakes too: the battery one
        found = [a for a in found if a.get("service_id") in ids] or found
    if not found and vehicle is not None and s.get("old_date") and _weekday_alone(ctx, s["old_date"]):
        found = await _same_weekday_after(ctx, vehicle, s["old_date"])
        if (
            len(found) == 1 and not _moved_past_it(ctx, found[0]) and not _brought_forward_to_it(ctx, found[0])
            and not await _its_job_said(ctx, found[0])
        ):
            ctx.careful = ctx.careful or "later_week"  # "l'appuntamento di venerdì" for Friday week: said back
    numbered = _weekday_and_number_alone(ctx, s["old_date"]) if not found and s.get("old_date") else None
    if numbered is not None and vehicle is not None:
        # "il cambio gomme di giovedì 24" with no month: read as the next Thursday the 24th, while the car's one
        # upcoming job on a Thursday the 24th is months away; that one is the job meant (two such: none picked)
        fitting = await _on_weekday_and_number(ctx, vehicle, *numbered)
        found = fitting if len(fitting) == 1 else []
        if found and s.get("service"):
            ids = await service_ids(ctx, s["service"])  # another job than the one said: said back (below)
    if not found and vehicle is not None and "vehicle" not in ctx.pinned:
        desc = VehicleDescription(**s["vehicle_description"]) if s.get("vehicle_description") else None
        twin = await _twin_on_file(ctx, vehicle, desc, booked_in=args)  # has one on the days searched, for the job
        if twin is not None:  # "cancel ED653ZC's appointment": none, but EB653ZC, a letter name apart, has one
            raise vehicle_question(ctx, twin)
    if not found:
        what = _spoken_target(s, vehicle, ctx.lang, ctx.today)
        raise Stop(T.say("no_appointment", ctx.lang, what=what), reason="no_appointment")
    if len(found) > 1:
        said = [_appointment_said(ctx, a, with_plate=vehicle is None) for a in found[:3]]
        raise _which(ctx, "appointment", found[:3], said)
    if vehicle is None and ctx.parse.intent == "cancel":
        raise _is_it_this_one(ctx, found[0])
    if ids is not None and found[0].get("service_id") not in ids:
        # "sposta la revisione della Kuga" of a Kuga booked only for tyres: its one appointment is not the job said,
        # so what is written is said back whole for a yes, the job on file named
        ctx.careful = ctx.careful or "other_service"
        ctx.careful_said = {**ctx.careful_said, "service": str(s["service"].get("name") or "")}
    return found[0]


def _is_it_this_one(ctx: Context, appointment: dict[str, Any]) -> Stop:
    """A cancel said by its day and hour alone, no car, plate or name said ("disdici l'appuntamento di giovedì alle
    10 e mezza"): the one job then is named with its car and owner and asked about before the cancel is even put for a
    yes. An hour misremembered would otherwise set up someone else's cancellation, and a cancel is not undone by the
    customer turning up; the yes to this question picks the job (engine/fastpath/choices.py), its cancel is then said
    back for a yes of its own."""
    return Stop(
        T.say(
            "this_appointment", ctx.lang, service=T.in_sentence(str(appointment.get("service", ""))),
            when=T.spoken_when(str(appointment["start"]), ctx.lang, ctx.today), vehicle=T.booked_car(appointment, ctx.lang),
        ),
        clarify=True,
        reason="ambiguous_appointment",
        kind="appointment",
        options=[appointment],
    )  # fmt: skip


def _appointment_said(ctx: Context, appointment: dict[str, Any], *, with_plate: bool) -> str:
    """ "Tagliando domani alle 8:30", and with no vehicle said its plate too ("… della SS381GF"): three jobs at
    8:30 tell apart by the car only."""
    said = f"{appointment.get('service')} {T.spoken_when(appointment['start'], ctx.lang, ctx.today)}"
    if with_plate and appointment.get("plate"):
        said += f" {'della' if ctx.lang == 'it' else 'for'} {appointment['plate']}"
    return said


def _todays_weekday_said(ctx: Context, day: str) -> bool:
    """Was `day` said as today's weekday alone ("la revisione di mercoledì" on a Wednesday, `day` next week's): the
    appointment may be today's too, so both days are looked at (two found are asked about, never one picked)."""
    said = extract_datetime(heard_tokens(ctx.parse.text), ctx.today).dates
    return any(
        m.weekday is not None and m.weekday == ctx.today.weekday() and m.day.isoformat() == day and m.ambiguous
        for m in said
    )


def _weekday_alone(ctx: Context, day: str) -> bool:
    """Was `day` said by its weekday alone ("di venerdì"), with no date that fixes the week?"""
    said = extract_datetime(heard_tokens(ctx.parse.text), ctx.today).dates
    return any(m.weekday is not None and m.day.isoformat() == day for m in said)


def _moved_past_it(ctx: Context, appointment: dict[str, Any]) -> bool:
    """Is this a move to a day after `appointment` ("sposta la revisione dell'Antara da giovedì a venerdì 11
    dicembre", its one Thursday job the week after next)? The new day tells which week's weekday was meant, the
    week before holding none: no doubt left to say back."""
    new = ctx.slots.get("date")
    return ctx.parse.intent == "move" and isinstance(new, str) and new > str(appointment.get("start") or "")[:10]


_EARLIER = frozenset({"forward", "earlier", "sooner", "anticipa", "anticipare", "anticipiamo", "anticipi",
                      "anticipato", "anticipata"})  # fmt: skip
"""Words that make a move an earlier one ("bring the Mustang forward", "anticipa la Panda")."""


def _brought_forward_to_it(ctx: Context, appointment: dict[str, Any]) -> bool:
    """Is this a move brought forward to a date after this week's weekday said but before `appointment` ("bring the
    Mustang forward from Friday to Wednesday the 2nd", its one Friday job the week after next)? Nothing is brought
    forward from this week's Friday to a later day: the weekday said is a later week's, the one holding its job, no
    doubt left to say back; so too to that very day said otherwise ("… forward from Thursday to tomorrow", tomorrow
    a Thursday). A new day said by its weekday alone leaves its own week in doubt, so it is said back."""
    new, old = ctx.slots.get("date"), ctx.slots.get("old_date")
    if ctx.parse.intent != "move" or not isinstance(new, str) or not isinstance(old, str):
        return False
    earlier = bool(_EARLIER & set(heard_tokens(ctx.parse.text)))
    return earlier and old <= new < str(appointment.get("start") or "")[:10] and not _new_weekday_alone(ctx, new, old)


def _new_weekday_alone(ctx: Context, new: str, old: str) -> bool:
    """Was the new day of a move said by its weekday alone? The old one said so on the same day ("from Thursday to
    tomorrow") is the old one's: the new then needs a mention of its own by no weekday."""
    if new != old:
        return _weekday_alone(ctx, new)
    said = extract_datetime(heard_tokens(ctx.parse.text), ctx.today).dates
    return not any(m.weekday is None and m.day.isoformat() == new for m in said)


async def _its_job_said(ctx: Context, appointment: dict[str, Any]) -> bool:
    """Was the appointment's job said beside its weekday ("la batteria del Carnival, da venerdì la spostiamo a lunedì
    30", booked for the battery on Friday week, none this Friday)? Weekday and job both name it: no doubt left to
    say back. A weekday alone ("l'appuntamento di venerdì") may be this week's said wrong, and a move to a weekday
    alone ("da martedì a mercoledì") leaves the new day's week in doubt: both are said back."""
    s = ctx.slots
    if ctx.parse.intent == "move" and (
        _weekday_alone(ctx, s["date"]) if s.get("date") else not s.get("time_shift")
    ):  # "da martedì a mercoledì": which week's Wednesday is as much in doubt as the Tuesday ("mezz'ora più
        # tardi" is that appointment's day)
        return False
    return bool(s.get("service")) and appointment.get("service_id") in await service_ids(ctx, s["service"])


def _weekday_and_number_alone(ctx: Context, day: str) -> tuple[int, int] | None:
    """(weekday, day of month) when `day` was said as a weekday and its number with no month ("giovedì 24", "Tuesday
    the 22nd"): the month is the parser's guess, the nearest that fits."""
    tokens = heard_tokens(ctx.parse.text)
    for m in extract_datetime(tokens, ctx.today).dates:
        said = tokens[m.start : m.end]
        if (
            m.day.isoformat() == day and m.weekday is None and m.until is None and said and said[0] in WEEKDAYS
            and not any(t in MONTHS for t in tokens[m.start : m.end + 2])
        ):  # fmt: skip
            return m.day.weekday(), m.day.day
    return None


_YEAR_AHEAD = 366
"""How far ahead a weekday and day of month said with no month may hold a car's job."""


async def _on_weekday_and_number(ctx: Context, vehicle: dict[str, Any], weekday: int, day_n: int) -> list[dict[str, Any]]:
    """The vehicle's upcoming appointments, within a year, on a day numbered `day_n` that falls on `weekday`."""
    args = {"date_from": ctx.today.isoformat(), "date_to": (ctx.today + timedelta(days=_YEAR_AHEAD)).isoformat(),
            "vehicle_id": vehicle["vehicle_id"], "limit": 100}  # fmt: skip
    result = await ctx.call("search_appointments", args, shown=False)
    found = result.data.get("appointments", []) if result.ok else []
    now = ctx.now()
    return [
        a for a in found
        if a.get("status") in ("pending", "approved") and (start := datetime.fromisoformat(str(a["start"]))) >= now
        and start.weekday() == weekday and start.day == day_n
    ]  # fmt: skip


async def _same_weekday_after(ctx: Context, vehicle: dict[str, Any], day: str) -> list[dict[str, Any]]:
    """The vehicle's upcoming appointments on the same weekday as `day` in the two weeks after it: the
    weekday said may be a later week's ("il tagliando di venerdì" on Wednesday, booked for Friday week)."""
    first = date.fromisoformat(day)
    args = {"date_from": (first + timedelta(days=1)).isoformat(), "date_to": (first + timedelta(days=14)).isoformat(),
            "vehicle_id": vehicle["vehicle_id"], "limit": 20}  # fmt: skip
    result = await ctx.call("search_appointments", args, shown=False)
    found = result.data.get("appointments", []) if result.ok else []
    return [
        a for a in found
        if a.get("status") in ("pending", "approved")
        and datetime.fromisoformat(str(a["start"])).weekday() == first.weekday()
    ]  # fmt: skip


async def taken_before_said_back(
    ctx: Context, service: dict[str, Any], start: str, *, moving: Any = None
) -> Stop | None:
    """For a booking or move about to be said back for a yes: None when `start` is free; else the answer the write
    would get (taken, with that day's next free times), so a "sì" is never met with "è già occupato". `moving`: the
    appointment a move is about, whose own time counts as free."""
    day = start[:10]
    args = {"service_id": service["service_id"], "date_from": day, "date_to": day, "limit": 50}
    if moving is not None:
        args["moving_appointment_id"] = moving
    check = await ctx.call("check_availability", args, shown=False)
    if not check.ok:
        return None  # the write itself will say why
    free = [str(x["start"])[:16] for x in check.data.get("slots", [])]
    if start[:16] in free:
        return None
    if not free:
        return await _nothing_that_day(ctx, service, start)
    later = [f for f in free if f > start[:16]] or free
    alternatives = [{"start": f} for f in later[:3]]
    taken = ToolResult.failure("slot_taken", "taken", alternatives=alternatives)
    return slot_refusal(ctx, taken, start)


_LOOK_AHEAD_DAYS = 14
"""How far past a day with nothing free the first free times are looked for."""


async def _first_free_from(
    ctx: Context, service: dict[str, Any], first: date, said: date
) -> list[dict[str, str]]:
    """The first three free starts for `service` from `first` up to two weeks after the day `said` (a hidden
    lookup), as offered options; none when the diary cannot be read."""
    after = await ctx.call(
        "check_availability",
        {"service_id": service["service_id"], "date_from": first.isoformat(),
         "date_to": (said + timedelta(days=_LOOK_AHEAD_DAYS)).isoformat(), "limit": 3},
        shown=False,
    )  # fmt: skip
    return [{"start": str(x["start"])[:16]} for x in after.data.get("slots", [])[:3]] if after.ok else []


async def closed_on(ctx: Context, day: date) -> bool:
    """Is the workshop closed on `day` (a holiday, a Sunday)? Known only by what the diary shows of a day to come: no
    appointment that day and no free start for the shortest job (hidden lookups). Today (its free times may be over)
    and a past day are never said closed, nor a day that cannot be read."""
    if day <= ctx.today or await appointments_on(ctx, day):
        return False
    services = sorted(await service_catalogue(ctx), key=lambda x: int(x.get("duration_min") or 60))
    if not services:
        return False
    free = await ctx.call(
        "check_availability",
        {"service_id": services[0]["service_id"], "date_from": day.isoformat(), "date_to": day.isoformat(), "limit": 1},
        shown=False,
    )
    return free.ok and not free.data.get("slots")


async def _nothing_that_day(ctx: Context, service: dict[str, Any], start: str) -> Stop:
    """A day with no free time at all ("martedì 8 dicembre", a holiday): the first free times of the days after are
    offered, and a day with no appointment either is said closed, never "già occupato" with no alternative (a full
    day always holds appointments; a closed one none)."""
    day = date.fromisoformat(start[:10])
    alternatives = await _first_free_from(ctx, service, day + timedelta(days=1), day)
    closed = not await appointments_on(ctx, day)
    refused = ToolResult.failure("slot_taken", "taken", alternatives=alternatives, reason="holiday" if closed else "")
    return slot_refusal(ctx, refused, start)


def slot_refusal(ctx: Context, result: ToolResult, start: str) -> Stop:
    """What a booking or move refused by the diary says. A time taken, outside hours or off the grid offers the nearest
    free times as a question ("kind" offer): the answer ("sì", "la seconda", "alle 11 e mezza", "allora
    venerdì") finishes the same request (engine.fastpath.front); so does another day after a past one."""
    err = result.error
    code = err.code if err else ""
    when = T.spoken_when(start, ctx.lang, ctx.today)
    details = (err.details or {}) if err else {}
    if details.get("reason") == "off_grid":  # "alle 15:15" where bookings start every half hour
        code = "off_grid"
    if details.get("reason") == "holiday":  # "martedì 8 dicembre": the workshop (or who does it) is closed that day
        code = "closed_day"
    if code in ("slot_taken", "outside_hours", "off_grid", "closed_day"):
        offered = [{"start": str(a["start"])[:16]} for a in details.get("alternatives", [])[:3]]
        if not offered:
            text = T.say("slot_taken_none", ctx.lang, when=when)
        else:
            alts = T.spoken_times([o["start"] for o in offered], ctx.lang, start, ctx.today)
            text = T.say(code, ctx.lang, when=when, alternatives=T.spoken_list(alts, ctx.lang, T.OR))
        return Stop(text, reason=code, kind="offer", options=offered, refused=start[:16])
    if code == "date_in_past":
        return Stop(T.say("date_in_past", ctx.lang), reason=code, kind="offer", refused=start[:16])
    return Stop(T.say("refused", ctx.lang, why=why(result, ctx.lang)), reason=code)


_PART_SAID = {"morning": {"it": " mattina", "en": " morning"}, "afternoon": {"it": " pomeriggio", "en": " afternoon"}}
"""The half of the day said, after the day ("venerdì 11 dicembre mattina"): a day full only in its morning is not
said full."""


async def no_slots(ctx: Context, service: dict[str, Any], vehicle: dict[str, Any] | None = None) -> Stop:
    """A day said ("venerdì mattina") with no free time for the job: the first free times after it (its other half
    first) offered, as for a time taken (the answer, "sì", "la seconda", finishes the request), never a dead end.
    The vehicle found for a booking is named (set 37: "Segnami l'Aiways di Ballarin, FH 9 8 1 FR, per la revisione
    mercoledì 9 nel pomeriggio" was offered other times with no word of which car the "sì" would book)."""
    part = _PART_SAID.get(str(ctx.slots.get("part_of_day")), {}).get(ctx.lang, "")
    whose = (
        T.say("for_vehicle", ctx.lang, vehicle=T.spoken_vehicle(vehicle, ctx.lang), owner=T.owner_suffix(vehicle, ctx.lang))
        if vehicle is not None
        else ""
    )
    said = T.say("no_slots", ctx.lang, service=service["name"], range=f"{range_words(ctx)}{part}{whose}")
    day = ctx.slots.get("date")
    if not day or ctx.slots.get("date_to"):
        return Stop(said, reason="no_slots")
    # "venerdì mattina" full: that day's afternoon comes first, then the days after
    said_day = date.fromisoformat(day)
    first = said_day + timedelta(days=0 if ctx.slots.get("part_of_day") else 1)
    offered = await _first_free_from(ctx, service, first, said_day)
    if not offered:
        return Stop(said, reason="no_slots")
    refused = f"{day}T00:00"
    alts = T.spoken_times([o["start"] for o in offered], ctx.lang, refused, ctx.today)
    text = T.say("no_slots_then", ctx.lang, service=service["name"], range=f"{range_words(ctx)}{part}{whose}",
                 alternatives=T.spoken_list(alts, ctx.lang, T.OR))  # fmt: skip
    return Stop(text, reason="no_slots", kind="offer", options=offered, refused=refused)


async def first_slot(ctx: Context, service: dict[str, Any], *, day_only: bool) -> dict[str, Any] | None:
    s = ctx.slots
    date_from = s.get("date") or ctx.today.isoformat()
    args: dict[str, Any] = {
        "service_id": service["service_id"],
        "date_from": date_from,
        "first_only": True,
    }
    if s.get("date_to"):
        args["date_to"] = s["date_to"]
    elif day_only and s.get("date"):
        args["date_to"] = s["date"]
    if s.get("part_of_day"):
        args["part_of_day"] = s["part_of_day"]
    result = await ctx.call("check_availability", args)
    if not result.ok:
        code = result.error.code if result.error else ""
        if code == "date_in_past":
            raise Stop(T.say("date_in_past", ctx.lang), reason=code)
        raise Stop(T.say("refused", ctx.lang, why=why(result, ctx.lang)), reason=code)
    slots = result.data.get("slots", [])
    return slots[0] if slots else None


def range_words(ctx: Context) -> str:
    s = ctx.slots
    if s.get("date") and s.get("date_to"):
        first = T.spoken_day(date.fromisoformat(s["date"]), ctx.lang, ctx.today)
        last = T.spoken_day(date.fromisoformat(s["date_to"]), ctx.lang, ctx.today)
        return f"tra {first} e {last}" if ctx.lang == "it" else f"between {first} and {last}"
    if s.get("date"):
        day = T.spoken_day(date.fromisoformat(s["date"]), ctx.lang, ctx.today)
        if ctx.lang == "it":
            return f"per {day}"
        return day if day in ("today", "tomorrow") else f"on {day}"
    return "nei prossimi 30 giorni" if ctx.lang == "it" else "in the next 30 days"


async def find_target_vehicle(ctx: Context, *, write: bool) -> dict[str, Any] | None:
    s = ctx.slots
    if s.get("plate") or s.get("vehicle_description") or s.get("customer"):
        return await find_vehicle(ctx, write=write)
    return None


def _exact(result: ToolResult, plate: str) -> bool:
    """The lookup found the vehicle with exactly this plate."""
    matches = result.data.get("matches", []) if result.ok else []
    return bool(matches) and matches[0].get("plate") == plate and matches[0].get("match") == "exact"


def heard_span(text: str, plate: str) -> tuple[list[str], bool]:
    """The words of `text` the parser read as `plate` (empty when the plate was not heard there), and
    whether they were read by the mishearing model rather than spelled plainly."""
    tokens = heard_tokens(text)
    for match in find_plates(tokens):
        if match.plate == plate:
            return tokens[match.start : match.end], match.misheard
    return [], False


def _said_fits(
    desc: VehicleDescription | None, customer: str | None, matches: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The vehicles of a plate heard alike that nothing said contradicts (model, colour, owner), when
    something was said: one left is the one meant, still only nearly heard (its write said back, a read
    asked about)."""
    if desc is None and not customer:
        return []
    return [
        m for m in matches
        if (desc is None or (evidence.model_fits(desc, m) is not False and evidence.colour_fits(desc, m) is not False))
        and (not customer or evidence.owner_fits(customer, m) is not False)
    ]  # fmt: skip


def _named_around(
    ctx: Context, pool: list[dict[str, Any]], desc: VehicleDescription | None
) -> dict[str, Any] | None:
    """Of plates heard alike ("Quale: la Outlander GN402GE, la Polo GN402GF …?"), the one car the words around its
    plate name too: its owner's surname heard ("di Scambarotti" for Sgambarotti) or its model said ("il Carnival"),
    a part of its plate heard (its digits, or its last two letters), nothing said contradicting it. Two pieces of
    evidence that agree on one car only; None when no car or two are so named (asked which, as before)."""
    tokens = tokenize(ctx.parse.text)
    heard = str(ctx.slots.get("plate") or "")
    named = [m for m in pool if _part_heard(heard, str(m.get("plate") or "")) and _words_name(tokens, m, desc)]
    return named[0] if len(named) == 1 else None


def _words_name(tokens: list[str], vehicle: dict[str, Any], desc: VehicleDescription | None) -> bool:
    """Do the words said name `vehicle` — its owner's surname heard ("di Scambarotti" for Sgambarotti) or its model
    said ("il Carnival") — with no model or colour said against it?"""
    if not (evidence.surname_heard(tokens, vehicle, known_words()) or evidence.model_said(tokens, vehicle)):
        return False
    return desc is None or (evidence.model_fits(desc, vehicle) is not False and evidence.colour_fits(desc, vehicle) is not False)


def _named_besides_plate(ctx: Context, desc: VehicleDescription | None, vehicle: dict[str, Any]) -> bool:
    """Do the words around a plate heard only nearly name its car too — its owner's surname heard or its model said —
    and nothing said (model, colour, owner) speak against it? ("la paican della cimino, ti doppia avuto 346 accadi":
    the Paykan of Cimmino, TW346HD.) A car named only by the near plate ("Miele 533 Vubi" said of Mongiardino's
    Eilwagen, the Octavia JZ533VB found) is not."""
    customer = ctx.slots.get("customer")
    if not _words_name(tokenize(ctx.parse.text), vehicle, desc):
        return False
    return not customer or evidence.owner_heard(str(customer), vehicle) is not False


def _plate_bits_heard(ctx: Context, pool: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Of the cars a description found alike and no plate was made of the words ("la Moskvich, Geno Vazara 4.03
    Torino Genova", "the Jade, Go for the 499 Zulu Yomiyo"), the one whose plate's three digits were heard in a row
    and as many of its letters as any other's, at least one: a read about it answers, its plate said. None when no
    car's digits or two cars' were heard, or none of its letters (asked which, as before). Never for a write (`find_vehicle`)."""
    tokens = tokenize(ctx.parse.text)
    runs: list[str] = []
    for digits in ("".join(c for c in tok if c.isdigit()) for tok in tokens):
        runs.append(runs.pop() + digits if digits and runs and runs[-1] else digits)
    letters = letters_heard(tokens)

    def letters_of(vehicle: dict[str, Any]) -> int:
        return sum(c in letters for c in str(vehicle.get("plate") or "") if c.isalpha())

    heard = [m for m in pool if _its_digits(m) and any(_its_digits(m) in run for run in runs)]
    if len(heard) != 1 or not letters_of(heard[0]) or any(letters_of(m) > letters_of(heard[0]) for m in pool):
        return None
    return heard[0]


def _its_digits(vehicle: dict[str, Any]) -> str:
    """The three digits of an Italian plate (AB 123 CD), else ""."""
    plate = str(vehicle.get("plate") or "")
    return plate[2:5] if len(plate) == 7 and plate[2:5].isdigit() else ""


def _part_heard(heard: str, plate: str) -> bool:
    """Is a part of an Italian plate (AB 123 CD) in the plate heard: its three digits, or its last two letters last?"""
    digits, last = plate[2:5], plate[5:]
    return len(plate) == 7 and digits.isdigit() and (digits in heard or (last.isalpha() and heard.endswith(last)))


_NEARER_BY = 2
"""Letters by which one owner's name must be nearer the name said than the next owner's to be taken as the one."""


def _owner_said(customer: str | None, matches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Of the vehicles a description found alike, those whose owner is the one named, else those whose owner's name
    sounds like it (`evidence.owner_heard`); none when no name was said."""
    if not customer:
        return []
    named = [m for m in matches if evidence.owner_fits(customer, m)]
    heard = named or [m for m in matches if evidence.owner_heard(customer, m)]
    if len(heard) < 2:
        return heard
    # both "Rizzi" and "Rossi" sound like "rizi": the nearer by a clear margin is the one named, else both stay
    near = sorted((evidence.owner_nearness(customer, m) or 0, k) for k, m in enumerate(heard))
    return [heard[near[0][1]]] if near[1][0] - near[0][0] >= _NEARER_BY else heard


def _described(desc: VehicleDescription, vehicle: dict[str, Any]) -> bool:
    """Is a vehicle found by its description what was said: its model (or make) and, said with a model, its
    make ("the Mazda 2" is no BMW Serie 2)?"""
    if evidence.model_fits(desc, vehicle) is False:
        return False
    return desc.model is None or desc.make is None or evidence.model_fits(VehicleDescription(make=desc.make), vehicle) is not False


def _fits(desc: VehicleDescription, vehicle: dict[str, Any]) -> bool:
    """Does what was said about the vehicle agree with the vehicle found by plate?"""
    return evidence.model_fits(desc, vehicle) is not False


def _spoken_target(slots: dict[str, Any], vehicle: dict[str, Any] | None, lang: str, today: date) -> str:
    parts = []
    if vehicle is not None:
        parts.append(("per " if lang == "it" else "for ") + T.spoken_vehicle(vehicle, lang))
    if slots.get("old_date"):
        day = T.spoken_day(date.fromisoformat(slots["old_date"]), lang, today)
        parts.append(("per " if lang == "it" else "on ") + day)
    return " ".join(parts)
