"""A provider that writes each message as one JSON line to a file instead of sending it."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wp_api.messaging.base import CHANNELS, MessageProvider, OutboundMessage, SendError, SendReceipt

_LOGGER = logging.getLogger(__name__)


class LogProvider(MessageProvider):
    """Writes messages of every channel to a JSON Lines file; used when no real provider is configured.

    This is the only SMS provider: Officina Voice ships no SMS vendor, so SMS messages are logged,
    never delivered. Receipts say provider "log", so the outbox and the app show that nothing left
    the PC.
    """

    name = "log"
    channels = CHANNELS

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    async def _send_impl(self, msg: OutboundMessage) -> SendReceipt:
        record = {"logged_at": datetime.now(UTC).isoformat(timespec="seconds"), **asdict(msg)}
        line = json.dumps(record, ensure_ascii=False) + "\n"
        try:
            await asyncio.to_thread(self._append, line)
        except OSError as exc:
            raise SendError(f"cannot write the message log {self.path}: {exc}", retryable=True) from exc
        return SendReceipt(
            provider=self.name,
            provider_message_id=f"log:{msg.idempotency_key}",
            status="sent",
            detail=f"not delivered: written to {self.path}",
        )

    def _append(self, line: str) -> None:
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line)

    async def lookup(self, key: str) -> SendReceipt | None:
        """The receipt of the message logged under `key`, if any (the file is the remote side)."""
        entries = await asyncio.to_thread(self.entries)
        if any(entry.get("idempotency_key") == key for entry in entries):
            return SendReceipt(
                provider=self.name,
                provider_message_id=f"log:{key}",
                status="sent",
                detail=f"found in {self.path}",
            )
        return None

    def entries(self) -> list[dict[str, Any]]:
        """Every message logged so far, oldest first (an absent file means none)."""
        if not self.path.exists():
            return []
        with self._lock:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
