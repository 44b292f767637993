"""What the agent reports while it works: an `async for` stream of these."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine.confirmation import PendingConfirmation, ToolCallRecord


@dataclass
class RoundStarted:
    """A chat completion request is being sent."""

    round: int
    messages: int
    speculative: bool = False
    """Sent before the transcript was final (the key still held)."""


@dataclass
class FirstToken:
    """The first content or tool-call chunk of a round arrived."""

    round: int
    ttft_s: float
    """Seconds from the request to the first token."""
    tool_call: bool = False
    """The round begins with a tool call, before any words: the answer needs another round."""


@dataclass
class TextDelta:
    """A piece of the spoken answer (hand it to the sentence splitter / TTS)."""

    text: str
    round: int


@dataclass
class ToolCallStarted:
    """The model asked for a tool; it is about to run (or wait for confirmation)."""

    round: int
    call_id: str
    name: str
    arguments: dict[str, Any]


@dataclass
class ToolCallFinished:
    """A tool returned (or failed, or timed out)."""

    round: int
    record: ToolCallRecord


@dataclass
class ConfirmationNeeded:
    """A confirm-level tool was not run: the person must accept it."""

    round: int
    pending: PendingConfirmation
    call_id: str


@dataclass
class RoundDone:
    """A model round finished streaming."""

    round: int
    text: str
    finish_reason: str | None
    usage: dict[str, int]
    duration_s: float


@dataclass
class AgentResult:
    """The outcome of one agent turn."""

    text: str
    """Everything the model said, across rounds."""
    tool_calls: list[ToolCallRecord] = field(default_factory=list)
    pending: PendingConfirmation | None = None
    rounds: int = 0
    stopped: str = "answered"
    """"answered", "max_rounds" (the loop bound was hit), "empty" (the model said nothing and called no
    tool) or "cancelled"."""


AgentEvent = (
    RoundStarted
    | FirstToken
    | TextDelta
    | ToolCallStarted
    | ToolCallFinished
    | ConfirmationNeeded
    | RoundDone
)
