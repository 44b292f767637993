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
    ) -> None:
        super().__init__(text)
        self.text = text
        self.clarify = clarify
        self.reason = reason
        self.kind = kind
        """What the question chooses between: "vehicle", "service" or "appointment" (None: not resumable)."""
        self.options = options or []


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
    today: date = field(init=False)

    def __post_init__(self) -> None:
        self.today = self.now().date()

    @property
    def lang(self) -> str:
        return self.parse.language

    @property
    def slots(self) -> dict[str, Any]:
        return self.parse.slots

    async def call(self, name: str, arguments: Mapping[str, Any]) -> ToolResult:
        """Call a tool on the backend and record the call."""
        args = dict(arguments)
        started = time.perf_counter()
        result = await self.backend.call_tool(name, args, context=self.call_context)
        self.calls.append(ToolCallRecord(name, args, result, time.perf_counter() - started))
        return result
