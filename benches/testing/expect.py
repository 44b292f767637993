"""Assertions over an agent turn's events, in order: "this tool with these arguments, then a message containing…"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from engine.agent.events import (
    AgentEvent,
    ConfirmationNeeded,
    RoundDone,
    ToolCallFinished,
    ToolCallStarted,
)
from engine.confirmation import PendingConfirmation, ToolCallRecord

_INTERESTING = (ToolCallStarted, ToolCallFinished, ConfirmationNeeded, RoundDone)


def _describe(event: AgentEvent) -> str:
    if isinstance(event, ToolCallStarted):
        return f"tool call {event.name}({event.arguments})"
    if isinstance(event, ToolCallFinished):
        r = event.record.result
        return f"tool result {event.record.name} ok={r.ok}" + (
            "" if r.ok else f" ({r.error.code if r.error else ''})"
        )
    if isinstance(event, ConfirmationNeeded):
        return f"confirmation {event.pending.tool}({event.pending.arguments})"
    if isinstance(event, RoundDone):
        return f"message {event.text!r}"
    return type(event).__name__


def _matches(actual: Any, expected: Any) -> bool:
    """Expected dicts match a subset of keys; strings compare case-insensitively after stripping spaces."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return all(k in actual and _matches(actual[k], v) for k, v in expected.items())
    if isinstance(expected, str) and isinstance(actual, str):
        return expected.replace(" ", "").lower() == actual.replace(" ", "").lower()
    return actual == expected


class RunExpect:
    """A cursor over a turn's events; each `next_*` skips to the next event of that family and checks it."""

    def __init__(self, events: Sequence[AgentEvent]) -> None:
        self._events = [e for e in events if isinstance(e, _INTERESTING) and not _empty_message(e)]
        self._pos = 0

    def _remaining(self) -> str:
        rest = [_describe(e) for e in self._events[self._pos :]]
        return "; ".join(rest) or "nothing"

    def _take(self, kind: type, what: str) -> Any:
        while self._pos < len(self._events):
            event = self._events[self._pos]
            self._pos += 1
            if isinstance(event, kind):
                return event
            if isinstance(event, ToolCallStarted | RoundDone) and kind is not ToolCallFinished:
                # a call or message of another family comes first: that is a different order than expected
                raise AssertionError(f"expected {what}, got {_describe(event)}")
        raise AssertionError(f"expected {what}, but the turn had no more events")

    def next_tool_call(self, name: str, **arguments: Any) -> ToolCallStarted:
        """The next tool call is `name`, with at least these arguments (values compared loosely for strings)."""
        event = self._take(ToolCallStarted, f"tool call {name}({arguments})")
        if event.name != name or not _matches(event.arguments, arguments):
            raise AssertionError(f"expected tool call {name}({arguments}), got {_describe(event)}")
        return event

    def next_tool_result(
        self, name: str | None = None, *, ok: bool | None = None, code: str | None = None
    ) -> ToolCallRecord:
        """The next tool result (optionally: of this tool, ok or not, with this error code)."""
        event = self._take(ToolCallFinished, f"tool result {name or ''}")
        record: ToolCallRecord = event.record
        if name is not None and record.name != name:
            raise AssertionError(f"expected the result of {name}, got {_describe(event)}")
        if ok is not None and record.result.ok != ok:
            raise AssertionError(
                f"expected ok={ok} from {record.name}, got {_describe(event)}: {record.result}"
            )
        if code is not None and (record.result.error is None or record.result.error.code != code):
            raise AssertionError(f"expected error {code!r} from {record.name}, got {record.result.error}")
        return record

    def next_confirmation(self, tool: str, **arguments: Any) -> PendingConfirmation:
        """The next event is a pending confirmation for `tool` (which therefore did NOT run); the model's
        call of that tool just before it may be skipped."""
        upcoming = self._events[self._pos] if self._pos < len(self._events) else None
        if isinstance(upcoming, ToolCallStarted) and upcoming.name == tool:
            self._pos += 1
        event = self._take(ConfirmationNeeded, f"confirmation for {tool}")
        if event.pending.tool != tool or not _matches(event.pending.arguments, arguments):
            raise AssertionError(f"expected confirmation {tool}({arguments}), got {_describe(event)}")
        return event.pending

    def next_message(self, *, contains: str | Sequence[str] | None = None) -> str:
        """The next thing the model said; optionally containing (case-insensitive) this text or all of these."""
        event = self._take(RoundDone, f"a message containing {contains!r}")
        wanted = [contains] if isinstance(contains, str) else list(contains or [])
        missing = [w for w in wanted if w.lower() not in event.text.lower()]
        if missing:
            raise AssertionError(f"expected a message containing {missing!r}, got {event.text!r}")
        return event.text

    def no_more_tool_calls(self) -> None:
        """No tool is called after this point."""
        later = [e for e in self._events[self._pos :] if isinstance(e, ToolCallStarted)]
        if later:
            raise AssertionError(f"expected no more tool calls, got {_describe(later[0])}")

    def done(self) -> None:
        """Nothing of interest is left."""
        if self._pos < len(self._events):
            raise AssertionError(f"expected the turn to be over, left: {self._remaining()}")


def _empty_message(event: AgentEvent) -> bool:
    return isinstance(event, RoundDone) and not event.text.strip()
