"""The front of the fast path: the object the pipeline holds. It parses what was said, asks back when
a request is missing something, takes the answer to its own question, and hands every parse it can act
on to an `Execution` (engine.fastpath.execution)."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from engine.fastpath import plate_evidence as evidence
from engine.fastpath import steps
from engine.fastpath.choices import (
    at_start,
    dismisses,
    offer_answer,
    pick,
    says_no,
    says_only_yes,
    with_vehicle,
)
from engine.fastpath.context import Context, Memory
from engine.fastpath.execution import Execution
from engine.fastpath.intents import plate_unreadable
from engine.fastpath.normalize import tokenize
from engine.fastpath.on_file import ModelsOnFile
from engine.fastpath.outcome import FastPathOutcome
from engine.fastpath.parser import (
    ANSWERABLE,
    Parse,
    answer_to,
    days_meant,
    names_someone,
    parse,
    taken_alone,
    vehicle_named,
)
from engine.fastpath.vehicles import COLOURS, VehicleDescription
from i18n import dates as D
from i18n import fastpath as T
from i18n.timezone import workshop_wall_clock
from wp_api.contract import CallContext, ToolBackend

_LOGGER = logging.getLogger(__name__)

_NOT_CAUGHT_WORDS = 4
"""At most this many words heard, an answer not caught is asked again (`FastPath._not_caught`); more is a request."""
OPEN_QUESTION_S = 120
"""How long an unanswered question of the fast path can still be answered by `resume()`."""
MODELS_ON_FILE_S = 600
"""How long the workshop's models read from the backend are used before they are read again (a car of a new model
added meanwhile is known from then on)."""
MODELS_READ = 2000
"""At most this many makes and models read (most vehicles first): the ones the tables do not know are the rare ones,
one or two cars each, so a workshop's whole list (a few hundred) is read, not its commonest."""
FOCUS_S = 180
"""How long the vehicle the last request was about stays the one a request naming none means ("prenotale un
tagliando venerdì", "quando gli abbiamo fatto le gomme?", "di chi è?" right after its card was shown)."""


@dataclass
class _OpenQuestion:
    """The question the fast path asked last turn, kept for `FastPath.resume()`."""

    parse: Parse
    kind: str
    """"slots" (a missing or ambiguous slot), "vehicle", "service", "appointment", "write" (a write
    said back whole for a yes) or "offer" (other times offered for one taken)."""
    options: list[dict[str, Any]]
    asked_at: datetime
    careful: str | None = None
    """Why the request's writes are said back first ("noisy"), carried to the answer's turn."""
    pinned: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The choices already made for this request (an earlier answer), kept for the next run."""
    said: str | None = None
    """The question as it was said, asked again when the answer is a bare yes ("A che ora?" "Sì.")."""
    refused: str | None = None
    """For an "offer": the start asked for that could not be had."""


def question_key(p: Parse) -> str | None:
    """The text key (i18n.fastpath) of the one question that would let the fast path act on a parse it
    did not take, or None."""
    reason = p.reason or ""
    if reason.startswith("missing:"):
        first = reason.split(":", 1)[1].split(",")[0]
        return f"ask_{first}" if f"ask_{first}" in T.TEXTS else "ask_generic"
    if reason.startswith("ambiguous:"):
        if reason == "ambiguous:which_day" and days_meant(p.slots):
            return "ask_weekday_or_date"  # "Giovedì 10 dicembre o giovedì 17 dicembre?"
        return {"two_dates": "ask_two_dates", "which_day": "ask_two_dates", "weekday_vs_date": "ask_weekday_or_date", "two_services": "ask_two_services", "two_plates": "ask_two_plates", "two_vehicles": "ask_vehicle",
                "two_times": "ask_time", "stray_number": "ask_time", "time_window": "ask_time", "night": "ask_time", "time_cut": "ask_time",
                "time_vs_part_of_day": "ask_time_part"}.get(reason.split(":", 1)[1], "ask_generic")  # fmt: skip
    if reason == "out_of_scope:two_options":
        return "ask_options"
    if reason == "composite_part_not_understood:message":
        return "ask_message_again"
    if reason in ("no_intent", "low_confidence") or reason.startswith("composite"):
        return "ask_generic"
    return None


def question_words(p: Parse) -> dict[str, str]:
    """What the question for `p` names besides the vehicle: the two days a weekday said with a date it does
    not fall on may mean ("Martedì 8 dicembre o mercoledì 9 dicembre?"), or a weekday said alone ("giovedì prossimo"
    on a Monday: "Giovedì 10 dicembre o giovedì 17 dicembre?"), in the order of the calendar."""
    other, said = p.slots.get("_weekday_said"), p.slots.get("_date_said") or p.slots.get("date")
    meant = days_meant(p.slots) if p.reason == "ambiguous:which_day" else []
    if meant:
        other, said = meant  # "giovedì prossimo" said on a Monday: this week's or next week's
    if not other or not said:
        return {}
    first, second = sorted((date.fromisoformat(other), date.fromisoformat(said)))
    return {"first": D.day_text(first, p.language), "second": D.day_text(second, p.language)}


def clarification_for(p: Parse) -> str | None:
    """The one question that would let the fast path act on a parse it did not take."""
    key = question_key(p)
    return T.say(key, p.language, **question_words(p)) if key else None


VEHICLE_ONLY = "vehicle_only"
"""The reason of an answer that says the car of a request not understood and asks what to do
(`FastPath._vehicle_only`), and of the look-up made for it."""


def _what_to_do_asked(found: FastPathOutcome, language: str) -> FastPathOutcome:
    """The car found said, and what to do with it asked: a question, so the next words are a request of their own."""
    said = f"{found.reply_text} {T.say('ask_what_for_vehicle', language)}"
    return dataclasses.replace(found, reply_text=said, clarification=said, reason=VEHICLE_ONLY)


_NOT_UNDERSTOOD = frozenset(
    {"no_intent", "out_of_scope:hypothetical", "out_of_scope:negation", "out_of_scope:self_correction"}
)
"""A parse's reasons for taking nothing that say its action was not understood (never one understood and not done
here: a price, a campaign, an undo): offline, the car it names is still said (`FastPath._vehicle_only`)."""

_VEHICLE_FIRST = {"book", "move", "cancel", "send_confirmation", "send_reminder"}
"""Writes whose handler looks up the vehicle the request names: asked for a missing slot, that lookup comes
first (`FastPath._ask`)."""
_VEHICLE_SLOTS = ("plate", "vehicle_description", "customer")


def _lacking_besides_vehicle(p: Parse) -> str | None:
    """For a request missing its vehicle and naming none (no plate, description or owner said, nor anyone by
    title: "prenotale un tagliando venerdì alle 10", "di chi è?", "prenotale un cambio gomme"), what else it lacks
    ("" for nothing, "date"); None for any other request."""
    kind, _, what = (p.reason or "").partition(":")
    missing = what.split(",") if kind == "missing" else []
    if p.handled or p.intent is None or any(p.slots.get(k) for k in _VEHICLE_SLOTS):
        return None
    if names_someone(p.text):  # "… alla signora bianco per la Y Blue": someone else's car, its name heard unread
        return None
    if not {"vehicle", "plate"} & set(missing):
        return None
    return ",".join(m for m in missing if m not in ("vehicle", "plate"))


def _same_car(vehicle: dict[str, Any] | None, other: dict[str, Any] | None) -> bool:
    return bool(vehicle and other and vehicle.get("plate") and vehicle.get("plate") == other.get("plate"))


def _another_car_seen(p: Parse, focus: dict[str, Any]) -> bool:
    """Is the request about a car seen whose plate cannot be read, or said by a colour the vehicle in focus is not
    ("Chi è il titolare di quella rossa davanti al cancello? La targa da qui non si legge." right after the blue Serie
    1 was looked up, uc39)? Then it is another car, never the one before: its plate is asked."""
    tokens = tokenize(p.text)
    if plate_unreadable(tokens):
        return True
    said = [COLOURS[t] for t in tokens if t in COLOURS]
    return any(evidence.colour_fits(VehicleDescription(colour=c), focus) is False for c in said)


def _names_vehicle(p: Parse) -> bool:
    """A write whose vehicle is said, and whose question is not about the vehicle."""
    kind, _, what = (p.reason or "").partition(":")
    about_vehicle = (kind == "missing" and bool({"vehicle", "plate"} & set(what.split(",")))) or (
        kind == "ambiguous" and what in ("two_plates", "two_vehicles")
    )
    return p.intent in _VEHICLE_FIRST and any(p.slots.get(k) for k in _VEHICLE_SLOTS) and not about_vehicle


_ANSWER_INTENTS = {"book": ("first_free_slot",)}
"""What a question about a request may be answered with that reads as a request of its own: "Che giorno per la
Panda?" "Domani, primo posto libero per il tagliando" (a free-time question, by its words) books the Panda."""


def _new_request(own: Parse, asked: Parse) -> bool:
    """Is `own` (the words said after our question about `asked`) a request of its own rather than an answer? A
    whole one ("prenota le gomme alla ZA987YE" after "Intendi la ZA987YE?" for a look-up: a plate it names would
    otherwise answer the old one), and one of another kind lacking a detail of its own ("Dove lo posso mettere un
    cambio … di pomeriggio?" after "Per quale veicolo?" for a history read, its job garbled): its own question is
    asked, where the old one had been asked again as if the person had not spoken."""
    if own.intent in (asked.intent, *_ANSWER_INTENTS.get(str(asked.intent), ())):
        return False
    return own.handled or (own.intent is not None and (own.reason or "").startswith("missing:"))


class FastPath:
    """The front of the fast path: what the pipeline holds and calls (`handle`, `resume`, `parse`).

    It parses, keeps what lasts between turns (the question it asked, the service catalogue, the week's
    plates) and hands each parse it takes to an `Execution`; the intent handlers never see it. Commands
    the parser did not understand are left to the model."""

    def __init__(
        self,
        backend: ToolBackend,
        *,
        language: str = "it",
        now: Callable[[], datetime] | None = None,
        plate_repair: bool = True,
    ) -> None:
        self.backend = backend
        self.plate_repair = plate_repair
        """Re-rank misheard plates with the mishearing model (engine.fastpath.plate_hearing); off: the
        backend's fuzzy lookup alone (for measuring the lever)."""
        self.language = language
        self._now = now or workshop_wall_clock
        self._memory = Memory()
        self._open: _OpenQuestion | None = None
        self._focus: tuple[dict[str, Any], datetime] | None = None
        """The vehicle the last request carried out was about, and when (`FOCUS_S`)."""
        self._models: tuple[datetime, ModelsOnFile] | None = None
        """The workshop's models the tables do not know, and when they were read (`read_models`)."""
        self._reading: asyncio.Task[None] | None = None
        """The models being read again in the background, if they are."""

    def now(self) -> datetime:
        """The workshop's wall-clock time (naive, Europe/Rome) this fast path works with."""
        return self._now()

    @property
    def said_back(self) -> dict[str, Any] | None:
        """The write said back whole and waiting for a yes ({"tool", "arguments", "plate"}), or None."""
        question = self._open
        if question is None or question.kind != "write" or not question.options:
            return None
        return dict(question.options[0])

    @property
    def vehicle_asked(self) -> dict[str, Any] | None:
        """The one vehicle asked about and waiting for a yes ("Intendi la Panda grigia AB123CD?": a plate heard only
        nearly), or None."""
        question = self._open
        if question is None or question.kind != "vehicle" or len(question.options) != 1:
            return None
        return dict(question.options[0])

    def parse(
        self, text: str, *, unknown_ok: bool = False, vehicle_in_focus: bool = False, guess: bool | str = False
    ) -> Parse:
        """What `text` says, the workshop's own models read as models (engine.fastpath.on_file) once they were read."""
        models = self._models[1] if self._models is not None else ModelsOnFile()
        said, standing = models.stand_in(text)
        today = self._now().date()
        read = functools.partial(
            parse, language=self.language, today=today, unknown_ok=unknown_ok, vehicle_in_focus=vehicle_in_focus, guess=guess
        )
        p = read(said)
        if not standing:
            return p
        if not p.handled:  # "lo Spider rosso corsa": a colour named by a model too; the tables' own reading if it is one
            plain = read(text)
            if plain.handled:
                return plain
        return models.restore(p, text, standing)

    @property
    def models_read(self) -> bool:
        """Were the workshop's makes and models read (`read_models`)? Not yet, or the backend could not tell."""
        return self._models is not None

    async def read_models(self, context: CallContext) -> None:
        """Read the workshop's makes and models (`list_vehicle_models`) once, and again in the background when read more
        than `MODELS_ON_FILE_S` ago (the request goes on with the ones read before): the ones the tables do not know
        are read as models from then on. A backend that cannot tell (an older plugin, the database away) leaves the
        tables alone, and is asked again next time."""
        if self._models is None:
            await self._read_models(context)
        elif self._now() - self._models[0] >= timedelta(seconds=MODELS_ON_FILE_S) and self._reading is None:
            self._reading = asyncio.create_task(self._read_models(context))
            self._reading.add_done_callback(self._read)

    def _read(self, _task: asyncio.Task[None]) -> None:
        self._reading = None

    async def _read_models(self, context: CallContext) -> None:
        now = self._now()
        try:
            result = await self.backend.call_tool("list_vehicle_models", {"limit": MODELS_READ}, context=context)
        except Exception as exc:  # a lookup aid only: the request goes on without it
            _LOGGER.warning("The workshop's models could not be read: %s", exc)
            return
        if result.ok:  # read off the event loop: in the background it must not stall a turn under way
            self._models = (now, await asyncio.to_thread(ModelsOnFile.from_rows, result.data.get("models", [])))

    async def handle(
        self, text: str, context: CallContext, *, careful: str | None = None, alone: bool = False
    ) -> FastPathOutcome:
        """Understand `text`; when sure, run the tools and answer; else say why not (and what to ask).

        `careful` ("noisy": the words were heard over noise) makes every write of the request be said
        back whole for a yes before it is made. `alone`: no model will take what the fast path leaves,
        so a write request refused only for words no table knows (whisper's "vita ravede" for "Vitara
        verde") is taken, each of its writes said back whole for a yes ("words"), rather than refused
        for a model that is not there. Any question left open by the previous turn is dropped: only
        `resume()` answers it.
        """
        self._open = None
        await self.read_models(context)
        focus = self._in_focus()
        p = self.parse(text, vehicle_in_focus=focus is not None)
        if alone and dismisses(text):  # "No, lascia stare" after a question that ran its course: nothing is done
            return FastPathOutcome(True, T.say("not_done", p.language), parse=p.to_dict(), reason="declined")
        if alone and (says_only_yes(text) or (says_no(text) and len(p.text.split()) <= 2)):
            # "sì" with no question open (it ran out, or was answered): no model will take it either
            return FastPathOutcome(True, T.say("nothing_open", p.language), parse=p.to_dict(), reason="nothing_open")
        if alone:
            # words no table knows taken despite them ("words"), or the intent guessed where no rule read one
            p, taken_despite = taken_alone(self.parse, text, first=p, vehicle_in_focus=focus is not None)
            careful = careful or taken_despite
        careful = careful or p.careful
        lacking = _lacking_besides_vehicle(p) if focus is not None and not _another_car_seen(p, focus) else None
        if focus is not None and lacking is not None:
            # a request naming no vehicle, right after one was the subject: that vehicle, named in the answer;
            # a write is said back whole with it for a yes (the person may mean another car)
            taken = with_vehicle(p, str(focus["plate"]))
            pinned = {"vehicle": focus, "confirmed_plate": {"plate": str(focus["plate"])}}
            if lacking:  # "prenotale un cambio gomme": the day is asked, naming the vehicle in focus
                unhandled = dataclasses.replace(taken, handled=False, reason=f"missing:{lacking}")
                return await self._ask(unhandled, context, pinned, careful or "focus")
            return await self._execute(taken, context, pinned, careful or "focus")
        if alone and p.intent is None and p.reason in _NOT_UNDERSTOOD:
            named = await self._vehicle_only(p, context)
            if named is not None:
                return named
        if not p.handled:
            return await self._ask(p, context, {}, careful)
        return await self._execute(p, context, {}, careful)

    async def _vehicle_only(self, p: Parse, context: CallContext) -> FastPathOutcome | None:
        """For a request whose action was not understood but whose plate was (offline, set 39's blind run: 25 of 28
        clean Italian plates missed were in such turns), its car found on file said, and what to do asked
        ("La GE833FD è una Nevera grigio tempesta di Ettore Lovisolo. Non ho capito cosa devo fare per questa: …");
        the car stays in focus, so the request said again in other words needs no plate. A read only: nothing is
        written or prepared. None (the refusal as before) when the plate is not found for sure."""
        slots = vehicle_named(p.text)
        if not slots:  # "L'F22 di Uccellini, DH 830 YV, …": a model on file read as a second plate
            models = self._models[1] if self._models is not None else ModelsOnFile()
            plate = vehicle_named(models.stand_in(p.text)[0]).get("plate")
            slots = {"plate": plate} if plate else {}
        if not slots:
            return None
        lookup = Parse(p.text, "lookup_plate", slots, confidence=0.5, handled=True, reason=VEHICLE_ONLY, language=p.language)
        ctx = Context(self.backend, context, lookup, self._now, self._memory, self.plate_repair, {})
        execution = Execution(ctx)
        found = await execution.run()
        asked = execution.question
        if asked is not None and asked.kind == "vehicle" and len(asked.options) == 1 and found.clarification:
            # "Intendi la Air bianco marmo DP302XF?": a plate heard only nearly, asked about first; a yes says the car
            # and asks what to do (`resume`)
            self._open = _OpenQuestion(lookup, "vehicle", asked.options, self._now(), None, {}, found.clarification)
            return found
        vehicle = ctx.vehicle
        if not found.handled or found.reason or execution.question is not None or not vehicle or not vehicle.get("plate"):
            return None
        self._focus = (vehicle, self._now())
        return _what_to_do_asked(dataclasses.replace(found, parse=p.to_dict()), p.language)

    def _in_focus(self) -> dict[str, Any] | None:
        """The vehicle the last request was about, while it is recent enough to be meant again (`FOCUS_S`)."""
        if self._focus is None or self._now() - self._focus[1] > timedelta(seconds=FOCUS_S):
            return None
        return self._focus[0]

    async def resume(
        self, text: str, context: CallContext, *, careful: str | None = None, alone: bool = False
    ) -> FastPathOutcome | None:
        """Take `text` as the answer to the question the fast path asked last turn ("la grigia",
        "domani alle 10", "sì"), and finish that request; None when there is no open question or
        `text` does not answer it. Call it only when the fast path's own question was spoken (no model).
        `careful` as in `handle()`: the answer's own hearing; the question's request keeps its own too.
        `alone` as in `handle()`: with no model to take it, a short answer heard as no words of any request
        ("Martedì 8." heard "Martediozzo") asks the question again, still open (`_not_caught`)."""
        question, self._open = self._open, None
        if question is None or self._now() - question.asked_at > timedelta(seconds=OPEN_QUESTION_S):
            return None
        p = question.parse
        await self.read_models(context)
        own = self.parse(text)
        if _new_request(own, p):
            return None
        if question.kind == "offer":
            return await self._take_offer(question, text, context, careful)
        yes_or_no = question.kind != "slots" and len(question.options) == 1  # "Intendi la Fiesta rossa DP321TB?"
        if question.kind != "write" and not yes_or_no and question.said and says_only_yes(text):
            # "A che ora?" "Sì.": a yes answers no question for a detail; asked again, still open
            self._open = dataclasses.replace(question, asked_at=self._now())
            return FastPathOutcome(False, parse=p.to_dict(), clarification=question.said, reason="asked_again")
        careful = careful or question.careful
        pinned = dict(question.pinned)
        if question.kind == "slots":
            answered = answer_to(p, text, today=self._now().date())
            if answered is None and says_no(text):  # "A che ora?" "No, lascia stare.": nothing is done
                return FastPathOutcome(True, T.say("not_done", p.language), parse=p.to_dict(), reason="declined")
            if answered is None:
                return self._not_caught(question, own, alone)
            same = all(answered.slots.get(k) == p.slots.get(k) for k in _VEHICLE_SLOTS)
            if question.options and same:  # the vehicle the question named: not looked up again
                pinned["vehicle"] = question.options[0]
            if not answered.handled:
                return await self._ask(answered, context, pinned, careful)
            return await self._execute(answered, context, pinned, careful)
        chosen = pick(question.kind, text, question.options, p.language, self._now().date(), p.text)
        if chosen is None:
            if question.kind == "write" and says_no(text):  # "no": nothing is written, and it is said
                return FastPathOutcome(True, T.say("not_done", p.language), parse=p.to_dict(), reason="declined")
            return self._not_caught(question, own, alone)
        if question.kind == "write":  # the whole write was said back and accepted: exactly that is made
            if chosen.get("plate"):
                p = with_vehicle(p, str(chosen["plate"]))
                pinned["confirmed_plate"] = {"plate": str(chosen["plate"])}
            pinned["write"] = chosen
        elif question.kind == "vehicle":
            chosen_p = with_vehicle(p, str(chosen["plate"]))
            pinned["confirmed_plate"] = {"plate": str(chosen["plate"])}  # the person's choice: no repair
            if not p.handled:  # asked before the question about what the request lacks: that one next
                pinned["vehicle"] = chosen
                unhandled = dataclasses.replace(chosen_p, handled=False, reason=p.reason, confidence=p.confidence)
                return await self._ask(unhandled, context, pinned, careful)
            p = chosen_p
        else:
            pinned[question.kind] = chosen
        outcome = await self._execute(p, context, pinned, careful)
        if question.parse.reason == VEHICLE_ONLY and outcome.handled and not outcome.clarification:
            return _what_to_do_asked(outcome, p.language)  # the car of a request not understood, now sure
        return outcome

    def _not_caught(self, question: _OpenQuestion, own: Parse, alone: bool) -> FastPathOutcome | None:
        """An answer heard as no words of any request, short, with no model to take it ("Martedì 8." heard
        "Martediozzo", "Sì, la grigia" lost to noise): the question asked again and kept open, never dropped for
        "Questo non lo so fare" (the person would then say "sì" to nothing). A new request, a refusal of its
        own ("che tempo fa?"), or a long utterance is not an answer: None, and it is handled as itself."""
        short = 0 < len(own.text.split()) <= _NOT_CAUGHT_WORDS
        if not alone or not question.said or own.intent is not None or own.reason != "no_intent" or not short:
            return None
        self._open = dataclasses.replace(question, asked_at=self._now())
        said = T.say("not_caught_again", question.parse.language, question=question.said)
        return FastPathOutcome(False, parse=question.parse.to_dict(), clarification=said, reason="asked_again")

    async def _take_offer(
        self, question: _OpenQuestion, text: str, context: CallContext, careful: str | None
    ) -> FastPathOutcome | None:
        """The answer to the times offered for one taken: the same request run again at the time chosen
        or said. A bare yes to several times asks which; a no does nothing; anything else is a new request."""
        p = question.parse
        answer = offer_answer(
            text, question.options, question.refused or "", str(p.intent), p.language, self._now().date()
        )
        if answer is None:
            if says_no(text):
                return FastPathOutcome(True, T.say("not_done", p.language), parse=p.to_dict(), reason="declined")
            return None
        if answer.again or answer.start is None:
            starts = [str(o["start"]) for o in question.options]
            times = T.spoken_times(starts, p.language, question.refused or "", self._now().date())
            said = (
                T.say("offer_which", p.language, alternatives=T.spoken_list(times, p.language, T.OR))
                if times
                else T.say("offer_other", p.language)
            )
            self._open = dataclasses.replace(question, asked_at=self._now())
            return FastPathOutcome(True, said, parse=p.to_dict(), clarification=said, reason="asked_again")
        careful = careful or question.careful or ("same_time" if answer.time_kept else None)
        return await self._execute(at_start(p, answer.start), context, dict(question.pinned), careful)

    async def _ask(
        self, p: Parse, context: CallContext, pinned: dict[str, dict[str, Any]], careful: str | None
    ) -> FastPathOutcome:
        """The question for a parse not taken. A write missing something, that names its vehicle, has the
        vehicle looked up first, as its write would (a wrong or unknown plate is said now, not after the
        answer), and the question names it ("Per la Panda grigia AB123CD di Mario Rossi: che giorno?");
        the vehicle found is kept for the answer (`resume`). Nothing is written here."""
        key = question_key(p)
        answerable = key is not None and (p.reason or "").startswith(ANSWERABLE)
        if key is not None and answerable and _names_vehicle(p):
            ctx = Context(self.backend, context, p, self._now, self._memory, self.plate_repair, pinned)
            ctx.careful = careful
            execution = Execution(ctx)
            outcome = await execution.run(
                functools.partial(steps.ask_naming_vehicle, key=key, words=question_words(p))
            )
            if outcome.handled or outcome.clarification:  # the question, or why the vehicle is not there
                asked = execution.question
                if asked is not None and asked.kind == "slots" and asked.options and asked.options[0].get("plate"):
                    # the car named in the question is the one meant next, as after a write: a new request instead of
                    # the answer ("Prenotale un tagliando martedì") is still about it, and said back for a yes
                    self._focus = (asked.options[0], self._now())
                if execution.question is not None:
                    self._open = _OpenQuestion(
                        p, str(execution.question.kind), execution.question.options, self._now(), careful, pinned,
                        outcome.clarification,
                    )
                return outcome
        clarification = clarification_for(p)
        if answerable:
            self._open = _OpenQuestion(p, "slots", [], self._now(), careful, pinned, clarification)
        return FastPathOutcome(False, parse=p.to_dict(), clarification=clarification, reason=p.reason)

    async def _execute(
        self, p: Parse, context: CallContext, pinned: dict[str, dict[str, Any]], careful: str | None
    ) -> FastPathOutcome:
        ctx = Context(self.backend, context, p, self._now, self._memory, self.plate_repair, pinned)
        ctx.careful = careful
        execution = Execution(ctx)
        outcome = await execution.run()
        focus = self._in_focus()
        if ctx.vehicle is not None and ctx.vehicle.get("plate") and execution.question is None and outcome.handled:
            self._focus = (ctx.vehicle, self._now())
        elif any(p.slots.get(k) for k in _VEHICLE_SLOTS) and not _same_car(ctx.vehicle, focus):
            # another vehicle named, and not found for sure: no older one is meant next (the car in focus itself, asked
            # about again — other times offered for it, uc40 — stays: "no", and the request said again is still its)
            self._focus = None
        if execution.question is not None:
            asked = execution.question
            if asked.kind == "slots" and (asked.reason or "").startswith("missing:") and p.reason != asked.reason:
                # a slot the handler found lacking ("di chi è la Tipo grigia?" of dozens: "Quale targa?"): answered
                # as the parser's own missing slot is ("AB 123 CD")
                p = dataclasses.replace(p, reason=asked.reason, handled=False)
            self._open = _OpenQuestion(
                p, str(asked.kind), asked.options, self._now(), careful, pinned, outcome.clarification, asked.refused,
            )
        return outcome
