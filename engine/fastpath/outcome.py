"""What the fast path did with one utterance, as the pipeline reads it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine.confirmation import PendingConfirmation, ToolCallRecord


@dataclass
class FastPathOutcome:
    """What the fast path did with one utterance."""

    handled: bool
    reply_text: str = ""
    tool_calls: list[ToolCallRecord] = field(default_factory=list)
    pending: PendingConfirmation | None = None
    parse: dict[str, Any] = field(default_factory=dict)
    clarification: str | None = None
    """One short question for the person, when the fast path could not decide (no LLM to ask); on a
    handled outcome, the whole write said back for a yes, which the fast path itself takes next turn."""
    reason: str | None = None
