"""Confirmation tokens for `confirm` tools: what they are bound to, how long they live, how they are refused.

A confirm tool's first call gets `confirmation_required` and a token; the token runs that call once:
same caller, same tool, same arguments (by hash), before it expires, never twice. The WordPress plugin
implements the same rules in PHP (`class-officina-confirmations.php`); the local backend stores its
tokens in SQLite (`wp_api.local.confirmations`). Only a hash of a token is stored.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from typing import Any, Protocol

from wp_api.contract import ConfirmationRequest, ToolResult, ToolSpec

__all__ = [
    "CONFIRMATION_TTL_S",
    "ConfirmationStore",
    "arguments_hash",
    "confirmation_refused",
    "confirmation_required",
    "new_token",
    "token_hash",
]

CONFIRMATION_TTL_S = 600
"""A token lives ten minutes: long enough for a person to read the card, short enough to go stale."""

REFUSALS = {
    "confirmation_invalid": (
        "This confirmation does not match the request (another action, other details, another user, "
        "or it was already used); nothing was done.",
        "Ask the person again: call the tool without a token to get a new confirmation.",
    ),
    "confirmation_expired": (
        "This confirmation has expired; nothing was done.",
        "Ask the person again: call the tool without a token to get a new confirmation.",
    ),
}


def new_token() -> str:
    """A fresh unguessable token: 256 bits in hex, URL-safe and never starting with "-" (a base64 token
    did one time in 64, and `officina tools call --confirm <token>` then read it as an option)."""
    return secrets.token_hex(32)


def token_hash(token: str) -> str:
    """What is stored and looked up instead of the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def arguments_hash(tool: str, arguments: Mapping[str, Any]) -> str:
    """The hash a token is bound to: the tool and its arguments, keys sorted at every level."""
    canonical = json.dumps(dict(arguments), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{tool}\n{canonical}".encode()).hexdigest()


def confirmation_required(spec: ToolSpec, request: ConfirmationRequest) -> ToolResult:
    """The first call's answer: not done, and the token the app keeps for the confirmed call."""
    result = ToolResult.failure(
        "confirmation_required",
        f"{spec.name} needs the person's confirmation in the app before it runs.",
        hint="Describe what will happen and wait for the person to confirm.",
    )
    result.confirmation = request
    return result


def confirmation_refused(code: str) -> ToolResult:
    """A second call whose token does not run it: `confirmation_invalid` or `confirmation_expired`."""
    message, hint = REFUSALS[code]
    return ToolResult.failure(code, message, hint=hint)


class ConfirmationStore(Protocol):
    """Where a backend that gates its own confirm tools keeps the tokens it issued."""

    async def issue(self, user: str, tool: str, args_hash: str) -> ConfirmationRequest:
        """A new token for this user, tool and arguments hash."""
        ...

    async def redeem(self, token: str, user: str, tool: str, args_hash: str) -> str | None:
        """Use the token up: None when it runs this call, else the refusal code (see REFUSALS)."""
        ...
