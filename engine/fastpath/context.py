"""What an intent handler of the fast path works with: the request, the workshop's tools and clock, the
person's choices, and the record of what it did. Handlers receive a `Context`; they never see the front."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from engine.confirmation import PendingConfirmation, ToolCallRecord
from engine.fastpath.parser import Parse
from i18n import fastpath as T
from wp_api.contract import CallContext, ToolBackend, ToolResult

WRITES = {
    "create_appointment",
    "reschedule_appointment",
    "cancel_appointment",
    "send_message",
    "schedule_reminder",
}
SAYS_BACK = {"book", "move", "send_confirmation", "send_reminder"}
"""Intents whose write is said back whole for a yes when what was heard is not sure (`Context.write`);
a cancellation always waits for a yes (a pending confirmation)."""


class Stop(Exception):
    """Ends a handler early with an answer (a refusal) or a question (a clarification)."""

    def __init__(
        self,
        text: str,
        *,
        clarify: bool = False,
        reason: str | None = None,
        kind: str | None = None,
        options: list[dict[str, Any]] | None = None,
        refused: str | None = None,
    ) -> None:
        super().__init__(text)
        self.text = text
        self.clarify = clarify
        self.reason = reason
        self.kind = kind
        """What the question chooses between: "vehicle", "service", "appointment", "write" (a whole
        write said back for a yes), or "offer" (the times offered instead of one that could not be had)
        (None: not resumable)."""
        self.options = options or []
        self.refused = refused
        """For an "offer": the start asked for that could not be had ("2026-12-03T11:00")."""


def why(result: ToolResult, language: str) -> str:
    """The refusal's reason, spoken in `language`."""
    if result.error is None:
        return ""
    return T.refusal(result.error.code, result.error.message, language)


def idempotency_key() -> str:
    """A fresh key for one write, so a retried call is not done twice."""
    return f"fastpath-{uuid.uuid4().hex}"


@dataclass
class Memory:
    """What the fast path keeps between requests: the service catalogue (read once) and this week's
    appointments (read once a minute)."""

    services: list[dict[str, Any]] | None = None
    week: tuple[datetime, list[dict[str, Any]]] | None = None
    """The pending and approved appointments of today and the next six days, and when they were read."""


@dataclass
class Context:
    """One request being carried out: given to every intent handler and shared step."""

    backend: ToolBackend
    call_context: CallContext
    """Who is asking, for the backend (session, actor)."""
    parse: Parse
    now: Callable[[], datetime]
    """The workshop's wall-clock time (naive, Europe/Rome)."""
    memory: Memory
    plate_repair: bool = True
    """Re-rank misheard plates with the mishearing model (engine.fastpath.plate_hearing); off: the
    backend's fuzzy lookup alone (for measuring the lever)."""
    pinned: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Choices the person made answering a question ("confirmed_plate", "service", "appointment")."""
    calls: list[ToolCallRecord] = field(default_factory=list)
    pending: PendingConfirmation | None = None
    """A write that waits for the person's yes (a cancellation)."""
    vehicle: dict[str, Any] | None = None
    """The vehicle the request is about, once `steps.find_vehicle` found it."""
    careful: str | None = None
    """Why every write of this request is said back for a yes first, or None: "noisy" (heard over
    noise), "no_time" (a booking for a day with no time said: the first free time is offered), "owner" (the
    name said is not the owner's of the vehicle found), "already_booked" (a booking for a job the vehicle has
    booked already)."""
    careful_said: dict[str, str] = field(default_factory=dict)
    """What the lead of a write said back names, for the reasons that name something (the appointment on file
    of "already_booked")."""
    unsure_vehicle: dict[str, Any] | None = None
    """A vehicle taken from a plate heard only nearly (a fuzzy match below the write threshold): the write
    is said back with it for a yes; any other stop before the write asks about the vehicle instead."""
    today: date = field(init=False)
    _confirmed_used: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.today = self.now().date()

    @property
    def lang(self) -> str:
        return self.parse.language

    @property
    def slots(self) -> dict[str, Any]:
        return self.parse.slots

    @property
    def says_back(self) -> bool:
        """Whether the next write will be said back for a yes rather than made (`write`): not yet accepted, and
        what was heard not sure enough. A handler checks a time before saying it back (`steps.taken_before_said_back`)."""
        return "write" not in self.pinned and (bool(self.careful) or self.unsure_vehicle is not None)

    async def write(self, name: str, arguments: Mapping[str, Any], action: str) -> ToolResult:
        """Make a write, or, when what was heard is not sure enough (`careful`, `unsure_vehicle`), stop
        and say `action` back whole for a yes ("Prenoto … giovedì 3 dicembre alle 10:30. Confermi?").

        After the yes the same request runs again with the said-back call pinned: its first write is
        exactly that call (same arguments, same idempotency key, so a retry never books twice), and the
        writes after it (a confirmation message, a reminder) were in the sentence the person accepted."""
        confirmed = self.pinned.get("write")
        if confirmed is not None:
            if self._confirmed_used:  # the writes after the one said back were in the sentence accepted
                return await self.call(name, arguments)
            if confirmed.get("tool") == name:
                self._confirmed_used = True
                return await self.call(name, dict(confirmed["arguments"]))
            why_ = "changed"  # the request took another way since the yes: say this write back instead
        elif self.careful:
            why_ = self.careful
        elif self.unsure_vehicle is not None:  # a plate heard nearly, or none said and the vehicle booked that day
            why_ = "vehicle" if self.slots.get("plate") else "booked"
        else:
            return await self.call(name, arguments)
        raise Stop(
            T.say("say_back", self.lang, lead=T.say(f"say_back_{why_}", self.lang, **self.careful_said), action=action),
            clarify=True,
            reason=f"say_back:{why_}",
            kind="write",
            options=[{"tool": name, "arguments": dict(arguments),
                      "plate": (self.vehicle or {}).get("plate")}],
        )  # fmt: skip

    async def call(self, name: str, arguments: Mapping[str, Any], *, shown: bool = True) -> ToolResult:
        """Call a tool on the backend and record the call; `shown=False` for a lookup made only to decide
        (no card in the conversation: the answer says what it decided)."""
        args = dict(arguments)
        started = time.perf_counter()
        result = await self.backend.call_tool(name, args, context=self.call_context)
        self.calls.append(ToolCallRecord(name, args, result, time.perf_counter() - started, shown=shown))
        return result
