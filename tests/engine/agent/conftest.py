"""Agent test fixtures: one demo workshop database per session (copied per test) and backend wrappers."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
import time
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from wp_api.contract import BackendHealth, CallContext, ToolBackend, ToolResult, ToolSpec


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small workshop (the contract suite's seed, dated from today), built once per session."""
    from tests.contract.seed_data import build_seed
    from wp_api.local.seed import load_seed

    path = tmp_path_factory.mktemp("agent-workshop") / "workshop.sqlite3"
    today = dt.date.today()
    monday = today + dt.timedelta(days=(7 - today.weekday()) % 7)  # the seed wants a Monday
    load_seed(path, build_seed(monday))
    return path


@pytest.fixture
async def backend(demo_db: Path, tmp_path: Path) -> AsyncIterator[ToolBackend]:
    """A LocalBackend on a fresh copy of the demo workshop."""
    from wp_api.local import LocalBackend

    path = tmp_path / "workshop.sqlite3"
    shutil.copy(demo_db, path)
    local = LocalBackend(path, kick_outbox=False)
    yield local
    await local.aclose()


class TimedBackend:
    """Wraps a real backend: records when each call ran, and can slow down or break chosen tools."""

    def __init__(
        self, inner: ToolBackend, *, delays: Mapping[str, float] | None = None, broken: set[str] | None = None
    ) -> None:
        self.inner = inner
        self.delays = dict(delays or {})
        self.broken = set(broken or ())
        self.calls: list[tuple[str, dict[str, Any], float, float]] = []
        """(name, arguments, started, finished) in monotonic seconds."""

    async def list_tools(self) -> list[ToolSpec]:
        return await self.inner.list_tools()

    async def call_tool(self, name: str, arguments: Mapping[str, Any], *, context: CallContext) -> ToolResult:
        started = time.monotonic()
        try:
            if name in self.delays:
                await asyncio.sleep(self.delays[name])
            if name in self.broken:
                raise ConnectionError("the workshop server closed the connection")
            return await self.inner.call_tool(name, arguments, context=context)
        finally:
            self.calls.append((name, dict(arguments), started, time.monotonic()))

    async def health(self) -> BackendHealth:
        return await self.inner.health()

    async def aclose(self) -> None:
        await self.inner.aclose()


async def first_appointment(backend: ToolBackend) -> dict[str, Any]:
    """A booked (approved or pending) appointment of the demo workshop, with its plate."""
    context = CallContext(session_id="fixture")
    for status in ("approved", "pending"):
        result = await backend.call_tool(
            "search_appointments", {"status": status, "limit": 5}, context=context
        )
        for appointment in result.data.get("appointments", []):
            if appointment.get("plate"):
                return appointment
    raise AssertionError("the demo workshop has no booked appointment with a plate")
