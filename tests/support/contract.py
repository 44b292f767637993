"""The contract suite's clock, local backend and date helpers, shared with the WordPress tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from wp_api.contract import ToolBackend
from wp_api.local import LocalBackend
from wp_api.local.seed import load_seed
from wp_api.messaging.log_provider import LogProvider

__all__ = ["ContractClock", "LocalContractBackend", "at", "day", "make_local"]


class ContractClock:
    """The scenarios' 'now' (naive workshop-local time); backends read it through `__call__`."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = moment


class LocalContractBackend(LocalBackend):
    """The local backend with the log provider the scenarios read back."""

    def __init__(self, path: Path, clock: ContractClock, log_path: Path, language: str | None = None) -> None:
        self.message_log = LogProvider(log_path)
        super().__init__(path, now=clock, messaging=self.message_log, kick_outbox=False, language=language)

    def sent_messages(self) -> list[dict[str, Any]]:
        return self.message_log.entries()


async def make_local(seed: dict[str, Any], tmp_path: Path) -> ToolBackend:
    path = tmp_path / "workshop.sqlite3"
    load_seed(path, seed)
    return LocalContractBackend(path, seed["clock"], tmp_path / "outbox-log.jsonl", seed.get("language"))


def day(today: date, offset: int) -> str:
    return (today + timedelta(days=offset)).isoformat()


def at(today: date, offset: int, hhmm: str) -> str:
    return f"{day(today, offset)}T{hhmm}"
