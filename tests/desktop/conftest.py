"""Fixtures for the desktop tests: a small seeded workshop, a slow-able backend, one real engine per module."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest

from wp_api.contract import BackendHealth, CallContext, ToolResult, ToolSpec

PLATE = "AB123CD"


def workshop_seed() -> dict[str, Any]:
    """Two customers, two cars, one booking next week (for the cancel confirmation)."""
    hours = {d: ("08:00", "18:00") for d in range(2, 7)}  # Bookly day_index: 1 = Sunday
    monday = dt.date.today() + dt.timedelta(days=7 - dt.date.today().weekday())
    return {
        "settings": {"workshop_name": "Officina Test"},
        "services": [
            {"id": 1, "name": "Tagliando", "category": "maintenance", "duration_min": 60, "price": 180},
            {"id": 2, "name": "Cambio gomme", "category": "tyres", "duration_min": 45, "price": 60},
        ],
        "staff": [{"id": 1, "full_name": "Luca Bianchi", "hours": hours, "services": [1, 2]}],
        "customers": [
            {
                "id": 1,
                "full_name": "Mario Rossi",
                "phone": "+393331234567",
                "email": "mario@example.it",
                "consent_whatsapp": True,
                "consent_email": True,
            },
            {"id": 2, "full_name": "Anna Verdi", "phone": "+393339876543"},
        ],
        "vehicles": [
            {
                "id": 1,
                "customer_id": 1,
                "plate": PLATE,
                "make": "Fiat",
                "model": "Panda",
                "colour": "grigio",
                "year": 2017,
                "fuel": "petrol",
            },
            {
                "id": 2,
                "customer_id": 2,
                "plate": "ZZ999ZZ",
                "make": "Toyota",
                "model": "Yaris",
                "colour": "rosso",
            },
        ],
        "appointments": [
            {
                "id": 1,
                "service_id": 1,
                "staff_id": 1,
                "customer_id": 1,
                "vehicle_id": 1,
                "start": f"{monday.isoformat()}T10:00",
            },
        ],
    }


class SlowBackend:
    """A ToolBackend wrapper whose call_tool blocks for `delay_s` (a slow WordPress), and counts calls."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.delay_s = 0.0
        self.calls: list[str] = []
        self.tokens: list[str | None] = []
        """The confirmation token each call carried (None for all but a confirmed second call)."""

    async def list_tools(self) -> list[ToolSpec]:
        return await self.inner.list_tools()

    async def call_tool(self, name: str, arguments: Mapping[str, Any], *, context: CallContext) -> ToolResult:
        self.calls.append(name)
        self.tokens.append(context.confirmation)
        if self.delay_s:
            time.sleep(
                self.delay_s
            )  # deliberately blocking: even a badly behaved backend must not freeze the UI
        return await self.inner.call_tool(name, arguments, context=context)

    async def health(self) -> BackendHealth:
        return await self.inner.health()

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __getattr__(self, name: str) -> Any:  # vocabulary, catalogue, run_outbox...
        return getattr(self.inner, name)


def wait_until(predicate: Callable[[], Any], timeout: float = 60.0, what: str = "condition") -> Any:
    """Run the Qt event loop until `predicate()` is truthy (fails with `what` after `timeout` s)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        value = predicate()
        if value:
            return value
        QTest.qWait(10)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def run_async(coro: Any) -> Any:
    return asyncio.run(coro)


def seeded_backend(folder: Path) -> Any:
    from wp_api.local import LocalBackend
    from wp_api.local.seed import load_seed

    path = folder / "workshop.sqlite3"
    load_seed(path, workshop_seed())
    return LocalBackend(path, kick_outbox=False)
