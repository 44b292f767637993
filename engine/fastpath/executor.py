"""The fast path at work: a parse becomes tool calls on the backend and a templated answer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from engine.confirmation import PendingConfirmation, ToolCallRecord
from engine.fastpath import templates as T
from engine.fastpath.choices import pick, with_vehicle
from engine.fastpath.parser import ANSWERABLE, Parse, answer_to, parse
from engine.fastpath.plate_hearing import PRIOR_TODAY, PRIOR_WEEK
from engine.fastpath.run import WRITES, Run, Stop, why
from wp_api.contract import CallContext, ToolBackend
from wp_api.errors import WorkshopError

_LOGGER = logging.getLogger(__name__)

OPEN_QUESTION_S = 120
"""How long an unanswered question of the fast path can still be answered by `resume()`."""
WORKSHOP_TZ = "Europe/Rome"


@dataclass
class FastPathOutcome:
    """What the fast path did with one utterance."""

    handled: bool
    reply_text: str = ""
    tool_calls: list[ToolCallRecord] = field(default_factory=list)
    pending: PendingConfirmation | None = None
    parse: dict[str, Any] = field(default_factory=dict)
    clarification: str | None = None
    """One short question for the person, when the fast path could not decide (no LLM to ask)."""
    reason: str | None = None


@dataclass
class _OpenQuestion:
    """The question the fast path asked last turn, kept for `FastPath.resume()`."""

    parse: Parse
    kind: str
    """"slots" (a missing or ambiguous slot), "vehicle", "service" or "appointment"."""
    options: list[dict[str, Any]]
    asked_at: datetime


def clarification_for(p: Parse) -> str | None:
    """The one question that would let the fast path act on a parse it did not take."""
    lang = p.language
    reason = p.reason or ""
    if reason.startswith("missing:"):
        first = reason.split(":", 1)[1].split(",")[0]
        return T.say(f"ask_{first}", lang) if f"ask_{first}" in T.TEXTS else T.say("ask_generic", lang)
    if reason.startswith("ambiguous:"):
        key = {"two_dates": "ask_two_dates", "which_day": "ask_two_dates", "two_services": "ask_two_services", "two_plates": "ask_two_plates", "two_vehicles": "ask_vehicle",
               "two_times": "ask_time", "stray_number": "ask_time", "time_window": "ask_time", "night": "ask_time",
               "time_vs_part_of_day": "ask_time_part"}.get(reason.split(":", 1)[1], "ask_generic")  # fmt: skip
        return T.say(key, lang)
    if reason == "out_of_scope:two_options":
        return T.say("ask_options", lang)
    if reason in ("no_intent", "low_confidence") or reason.startswith("composite"):
        return T.say("ask_generic", lang)
    return None


class FastPath:
    """Runs the commands the parser understood directly on the tools; everything else is left to the model."""

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
        self._now = now or workshop_now
        self._services: list[dict[str, Any]] | None = None
        self._open: _OpenQuestion | None = None
        self._priors: tuple[datetime, dict[str, float]] | None = None

    def now(self) -> datetime:
        """The workshop's wall-clock time (naive, Europe/Rome) this fast path works with."""
        return self._now()

    def parse(self, text: str) -> Parse:
        return parse(text, language=self.language, today=self._now().date())

    async def handle(self, text: str, context: CallContext) -> FastPathOutcome:
        """Understand `text`; when sure, run the tools and answer; else say why not (and what to ask).

        Any question left open by the previous turn is dropped: only `resume()` answers it.
        """
        self._open = None
        p = self.parse(text)
        if not p.handled:
            clarification = clarification_for(p)
            if clarification and (p.reason or "").startswith(ANSWERABLE):
                self._open = _OpenQuestion(p, "slots", [], self._now())
            return FastPathOutcome(False, parse=p.to_dict(), clarification=clarification, reason=p.reason)
        return await self._execute(p, context, {})

    async def resume(self, text: str, context: CallContext) -> FastPathOutcome | None:
        """Take `text` as the answer to the question the fast path asked last turn ("la grigia",
        "domani alle 10", "sì"), and finish that request; None when there is no open question or
        `text` does not answer it. Call it only when the fast path's own question was spoken (no model)."""
        question, self._open = self._open, None
        if question is None or self._now() - question.asked_at > timedelta(seconds=OPEN_QUESTION_S):
            return None
        p = question.parse
        pinned: dict[str, dict[str, Any]] = {}
        if question.kind == "slots":
            answered = answer_to(p, text, today=self._now().date())
            if answered is None:
                return None
            if not answered.handled:
                clarification = clarification_for(answered)
                if clarification:
                    self._open = _OpenQuestion(answered, "slots", [], self._now())
                return FastPathOutcome(
                    False, parse=answered.to_dict(), clarification=clarification, reason=answered.reason
                )
            return await self._execute(answered, context, {})
        chosen = pick(question.kind, text, question.options, p.language, self._now().date(), p.text)
        if chosen is None:
            return None
        if question.kind == "vehicle":
            p = with_vehicle(p, str(chosen["plate"]))
            pinned["confirmed_plate"] = {"plate": str(chosen["plate"])}  # the person's choice: no repair
        else:
            pinned[question.kind] = chosen
        return await self._execute(p, context, pinned)

    async def _execute(
        self, p: Parse, context: CallContext, pinned: dict[str, dict[str, Any]]
    ) -> FastPathOutcome:
        run = Run(self, p, context)
        run.pinned = pinned
        try:
            reply = await run.execute()
        except Stop as stop:
            if stop.clarify:
                if stop.kind:
                    self._open = _OpenQuestion(p, stop.kind, stop.options, self._now())
                return FastPathOutcome(
                    False,
                    stop.text,
                    run.calls,
                    None,
                    p.to_dict(),
                    clarification=stop.text,
                    reason=stop.reason,
                )
            return FastPathOutcome(True, stop.text, run.calls, None, p.to_dict(), reason=stop.reason)
        except WorkshopError as exc:
            _LOGGER.warning("Fast path: backend failed: %s", exc)
            reply = T.say("backend_down", p.language)
            return FastPathOutcome(True, reply, run.calls, None, p.to_dict(), reason="backend_unavailable")
        except Exception:  # a bug must not lose the turn: say so if something was written, else hand over
            _LOGGER.exception("Fast path failed on %r", p.text)
            wrote = any(c.name in WRITES and getattr(c.result, "ok", False) for c in run.calls)
            reply = T.say("internal_error", p.language) if wrote else ""
            return FastPathOutcome(wrote, reply, run.calls, None, p.to_dict(), reason="internal_error")
        return FastPathOutcome(True, reply, run.calls, run.pending, p.to_dict())

    async def appointment_priors(self, run: Run) -> dict[str, float]:
        """Plates with an appointment today or in the next six days, and how much likelier each is to
        be the plate just spoken (read once a minute)."""
        now = self._now()
        if self._priors is not None and now - self._priors[0] < timedelta(seconds=60):
            return self._priors[1]
        today = now.date()
        args = {
            "date_from": today.isoformat(),
            "date_to": (today + timedelta(days=6)).isoformat(),
            "limit": 100,
        }
        result = await run.call("search_appointments", args)
        priors: dict[str, float] = {}
        for a in result.data.get("appointments", []) if result.ok else []:
            plate = str(a.get("plate") or "")
            if plate and a.get("status") in ("pending", "approved"):
                weight = PRIOR_TODAY if str(a.get("start", ""))[:10] == today.isoformat() else PRIOR_WEEK
                priors[plate] = max(priors.get(plate, 1.0), weight)
        self._priors = (now, priors)
        return priors

    async def services(self, run: Run) -> list[dict[str, Any]]:
        if self._services is None:
            result = await run.call("list_services", {})
            if not result.ok:
                raise Stop(
                    T.say("refused", run.lang, why=why(result, run.lang)), reason="list_services_failed"
                )
            self._services = list(result.data.get("services", []))
        return self._services


def workshop_now() -> datetime:
    """Naive wall-clock time in the workshop's time zone (Europe/Rome), as the backends store it."""
    try:
        from zoneinfo import ZoneInfo

        return datetime.now(ZoneInfo(WORKSHOP_TZ)).replace(tzinfo=None)
    except Exception:  # no tz database (Windows without tzdata): the machine's local time
        return datetime.now()
