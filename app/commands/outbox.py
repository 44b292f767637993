"""`officina outbox run`: send the due messages and reminders of the local backend's outbox."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
from typing import Any

from engine.config import load_settings
from engine.pipeline.backend_factory import create_local_backend

_LOGGER = logging.getLogger(__name__)


def _run(args: argparse.Namespace) -> int:
    async def run() -> dict[str, Any]:
        backend = create_local_backend(load_settings(), kick_outbox=False)
        try:
            summary = await backend.run_outbox()
        finally:
            await backend.aclose()
            closed = {id(p): p for p in backend.providers.values()}
            for provider in closed.values():
                await provider.aclose()
        return summary

    summary = asyncio.run(run())
    print(json.dumps(summary, ensure_ascii=False))
    return 0 if summary.get("failed", 0) == 0 else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("outbox", help="process the message outbox (local backend)")
    sub = parser.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    run = sub.add_parser("run", help="send the messages and reminders that are due, then print a summary")
    run.set_defaults(func=_run)
