"""Records shared by the agent, the fast path, the pipeline and the app: tool calls and pending confirmations."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from wp_api.contract import ToolResult


@dataclass
class ToolCallRecord:
    """One tool call as it happened: what was asked, what came back, how long it took."""

    name: str
    arguments: dict[str, Any]
    result: ToolResult
    duration_s: float
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])


@dataclass
class PendingConfirmation:
    """A `confirm` tool call that was NOT run: the person must accept it in the app.

    Only the app (a click, or a spoken "sì, conferma" recognised by the pipeline, never the model)
    turns it into a call with `CallContext(confirmed=True)`.
    """

    tool: str
    arguments: dict[str, Any]
    summary: str
    """What will happen, to whom, how many: one or two sentences in the user's language."""
    display: dict[str, Any] = field(default_factory=dict)
    """Card data (kind="confirmation", what, who, count...)."""
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
