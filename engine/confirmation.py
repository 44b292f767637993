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
    shown: bool = True
    """False for a lookup made only to decide (the week's appointments weighing a misheard plate, the
    service catalogue): it is in the trace and the side panel, not a card in the conversation."""


@dataclass
class PendingConfirmation:
    """A tool call that was NOT run: the person must accept it in the app.

    Either a `confirm` tool call: the backend answered its first call with a token bound to these exact
    arguments. Only the app (a click on the card, or a spoken "sì, conferma" recognised by the pipeline,
    never the model) sends the second call with `CallContext(confirmation=token)`. The token stays
    here: it is in no trace, card or message the model reads.

    Or a `held` write (`token` empty): a write the model asked for on words heard over noise, said back
    whole; the app makes exactly this call (same arguments, same idempotency key) on the person's yes.
    """

    tool: str
    arguments: dict[str, Any]
    summary: str
    """What will happen, to whom, how many: one or two sentences in the user's language."""
    token: str = field(repr=False)
    """The backend's confirmation token for exactly this call (single use, expiring)."""
    display: dict[str, Any] = field(default_factory=dict)
    """Card data (kind="confirmation", what, who, count...)."""
    expires_at: str = ""
    """When the token stops working (ISO 8601), as the backend said."""
    held: bool = False
    """A write held by the app, not by the backend: no token; the yes makes the call itself."""
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @classmethod
    def from_result(
        cls, tool: str, arguments: dict[str, Any], result: ToolResult, summary: str, display: dict[str, Any]
    ) -> PendingConfirmation | None:
        """The pending confirmation a backend's `confirmation_required` answer allows, or None."""
        request = result.confirmation
        if result.ok or request is None:
            return None
        return cls(tool, arguments, summary, request.token, display, request.expires_at)
