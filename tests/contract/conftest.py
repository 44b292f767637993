"""The contract suite's fixtures: one `backend` per registered backend, loaded with the same seed.

To run the suite against another backend, add a factory to BACKEND_FACTORIES (and its id to
BACKEND_IDS): it receives the seed (plain data from seed_data.build_seed, plus "clock": the
ContractClock every scenario moves, and optionally "language": the app's language the backend writes
its card titles in) and a temporary folder, and returns a ToolBackend. Optional
capabilities used by some scenarios: `run_outbox(now=None) -> dict` and `sent_messages() -> list`.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.contract.seed_data import TODAY, build_seed, now_for
from tests.support.contract import ContractClock, at, day, make_local
from wp_api.contract import CallContext, ToolBackend, ToolResult

__all__ = ["ContractClock", "at", "day", "make_local"]  # the suite's modules import these from here too


async def make_wordpress(seed: dict[str, Any], tmp_path: Path) -> ToolBackend:
    """The session's loopback WordPress + Bookly tables reset to the seed (skips without the packages)."""
    from tests.wordpress.site import make_contract_backend

    return await make_contract_backend(seed, tmp_path)


BACKEND_FACTORIES: dict[str, Callable[[dict[str, Any], Path], Awaitable[ToolBackend]]] = {
    "local": make_local,
    "wordpress": make_wordpress,
}
BACKEND_IDS = ["local", "wordpress"]


@pytest.fixture
def today() -> date:
    """TODAY, or the Monday in OFFICINA_CONTRACT_TODAY (for backends whose clock cannot be set)."""
    override = os.environ.get("OFFICINA_CONTRACT_TODAY")
    return date.fromisoformat(override) if override else TODAY


@pytest.fixture
def clock(today: date) -> ContractClock:
    return ContractClock(now_for(today))


@pytest.fixture
def seed(today: date, clock: ContractClock) -> dict[str, Any]:
    data = build_seed(today)
    data["clock"] = clock
    return data


@pytest.fixture(params=BACKEND_IDS)
async def backend(
    request: pytest.FixtureRequest, seed: dict[str, Any], tmp_path: Path
) -> AsyncIterator[ToolBackend]:
    made = await BACKEND_FACTORIES[request.param](seed, tmp_path)
    try:
        yield made
    finally:
        await made.aclose()


@pytest.fixture
def session() -> CallContext:
    return CallContext(session_id="contract-session", actor="contract@test")


@pytest.fixture
def call(backend: ToolBackend, session: CallContext) -> Callable[..., Awaitable[ToolResult]]:
    """`await call("tool", arg=...)`, optionally `context=...`, or `confirmed=True`: a person confirmed,
    so a confirm tool is called twice, the second time with the token its first call returned."""

    async def run(
        name: str, *, confirmed: bool = False, context: CallContext | None = None, **args: Any
    ) -> ToolResult:
        ctx = context or session
        if confirmed:
            first = await backend.call_tool(name, args, context=ctx)
            if first.confirmation is None:  # refused before any confirmation
                return first
            ctx = dataclasses.replace(ctx, confirmation=first.confirmation.token)
        return await backend.call_tool(name, args, context=ctx)

    return run
