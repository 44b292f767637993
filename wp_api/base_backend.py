"""BaseBackend: the preflight every backend runs before a tool (unknown tool, size, schema, confirmation).

Callers use `call_tool()`; backends write `_call_tool_impl()`, which receives only calls that passed
the preflight, so both backends refuse bad calls with the same codes and the same words.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any

from wp_api.confirmations import (
    ConfirmationStore,
    arguments_hash,
    confirmation_refused,
    confirmation_required,
)
from wp_api.contract import (
    TOOLS_BY_NAME,
    BackendHealth,
    CallContext,
    Safety,
    ToolResult,
    ToolSpec,
    validate_arguments,
)

__all__ = ["MAX_ARGUMENTS_BYTES", "BaseBackend"]

MAX_ARGUMENTS_BYTES = 64_000
"""Arguments bigger than this are refused before schema validation (no tool needs more)."""


class BaseBackend(ABC):
    """A `ToolBackend` whose `call_tool()` runs the shared preflight, then `_call_tool_impl()`.

    `confirmations` is the token store of a backend that is its own server (the local one): the
    preflight issues and redeems the tokens of confirm tools. A client of a remote server (WordPress)
    leaves it None: the server issues and checks the tokens, the client only carries them.
    """

    confirmations: ConfirmationStore | None = None

    def spec_for(self, name: str) -> ToolSpec | None:
        """The definition of tool `name` as this backend serves it, or None."""
        return TOOLS_BY_NAME.get(name)

    async def call_tool(self, name: str, arguments: Mapping[str, Any], *, context: CallContext) -> ToolResult:
        """Run one tool; every refusal is a result (never an exception) with a stable code."""
        spec = self.spec_for(name)
        if spec is None:
            return ToolResult.failure(
                "unknown_tool",
                f"There is no tool named {str(name)[:60]!r}.",
                hint="Use one of the listed tools.",
            )
        if not isinstance(arguments, Mapping):
            return ToolResult.failure("invalid_arguments", "Arguments must be a JSON object.")
        try:
            size = len(json.dumps(dict(arguments)))
        except (TypeError, ValueError):
            return ToolResult.failure("invalid_arguments", "Arguments must be plain JSON values.")
        if size > MAX_ARGUMENTS_BYTES:
            return ToolResult.failure(
                "invalid_arguments",
                f"The arguments for {name} are too large ({size} bytes; at most {MAX_ARGUMENTS_BYTES}).",
                hint="Send only the fields the tool needs.",
            )
        invalid = validate_arguments(spec, arguments)
        if invalid is not None:
            return invalid
        args = dict(arguments)
        if spec.safety is Safety.CONFIRM and self.confirmations is not None:
            gate = await self._confirmation_gate(self.confirmations, spec, args, context)
            if gate is not None:
                return gate
        return await self._call_tool_impl(spec, args, context)

    @staticmethod
    async def _confirmation_gate(
        store: ConfirmationStore, spec: ToolSpec, args: dict[str, Any], context: CallContext
    ) -> ToolResult | None:
        """None when the call carries a token for exactly this call; else the refusal to return."""
        digest = arguments_hash(spec.name, args)
        if context.confirmation is None:
            return confirmation_required(spec, await store.issue(context.actor, spec.name, digest))
        refusal = await store.redeem(context.confirmation, context.actor, spec.name, digest)
        return None if refusal is None else confirmation_refused(refusal)

    @abstractmethod
    async def _call_tool_impl(
        self, spec: ToolSpec, arguments: dict[str, Any], context: CallContext
    ) -> ToolResult:
        """Run a call that passed the preflight (known tool, arguments fit the schema, confirmed)."""

    @abstractmethod
    async def list_tools(self) -> list[ToolSpec]: ...

    @abstractmethod
    async def health(self) -> BackendHealth: ...

    @abstractmethod
    async def aclose(self) -> None: ...
