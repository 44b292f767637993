"""Errors raised by every workshop backend (local SQLite and WordPress REST alike).

    WorkshopError
    ├── BackendUnavailable     the backend could not be reached or did not answer (transport failure)
    └── ToolRejected           the backend answered and refused the call; `.code` names why
                               (e.g. "slot_taken", "unknown_service", "invalid_arguments", "not_found",
                               "date_in_past", "confirmation_required", "forbidden", "rate_limited")

Tools normally *return* a refusal as `ToolResult.failure(...)` so the model can act on it; these
exceptions are for callers that want raising semantics (`ToolResult.raise_for_error()`), and for
transport failures that have no result at all.
"""

from __future__ import annotations

from typing import Any


class WorkshopError(Exception):
    """Root of the backend errors."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BackendUnavailable(WorkshopError):
    """The backend could not be reached, timed out, or answered with a server error."""


class ToolRejected(WorkshopError):
    """The backend refused the call. `code` is a stable snake_case reason; `status` the HTTP-like status."""

    def __init__(
        self, message: str, *, code: str, status: int = 400, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.details = details or {}
