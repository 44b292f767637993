"""Fixtures for the local backend's own tests: the contract seed loaded into a fresh database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.contract.seed_data import build_seed, now_for
from wp_api.local import LocalBackend
from wp_api.local.seed import load_seed
from wp_api.messaging.log_provider import LogProvider


class MovableClock:
    """A 'now' the test moves."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(now_for())


@pytest.fixture
def seeded_db(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.sqlite3"
    load_seed(path, build_seed())
    return path


@pytest.fixture
def message_log(tmp_path: Path) -> LogProvider:
    return LogProvider(tmp_path / "outbox-log.jsonl")


@pytest.fixture
async def local(
    seeded_db: Path, clock: MovableClock, message_log: LogProvider
) -> AsyncIterator[LocalBackend]:
    backend = LocalBackend(seeded_db, now=clock, messaging=message_log, kick_outbox=False)
    try:
        yield backend
    finally:
        await backend.aclose()
