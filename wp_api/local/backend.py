"""LocalBackend: the tool contract served from the embedded SQLite workshop database."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from i18n.languages import pick
from i18n.timezone import WORKSHOP_TIMEZONE
from wp_api.base_backend import BaseBackend
from wp_api.contract import TOOLS, BackendHealth, CallContext, ToolResult, ToolSpec
from wp_api.errors import BackendUnavailable
from wp_api.local import booking, campaigns, customers, messages, records, vehicles
from wp_api.local.availability import SLOT_STEP_MIN
from wp_api.local.clock import Clock, fmt, local_naive
from wp_api.local.confirmations import SqliteConfirmations
from wp_api.local.db import Database, write_transaction
from wp_api.local.outbox import OutboxRunner
from wp_api.local.tooling import Ctx, Done
from wp_api.local.undo import UndoRefused, undo_last
from wp_api.messaging.base import MessageProvider
from wp_api.messaging.log_provider import LogProvider

_LOGGER = logging.getLogger(__name__)

MAX_AUDIT_CHARS = 8_000

_READ: dict[str, Callable[[Ctx, dict[str, Any]], ToolResult]] = {
    "find_vehicle": vehicles.find_vehicle,
    "find_customer": customers.find_customer,
    "vehicle_history": records.vehicle_history,
    "list_services": records.list_services,
    "list_vehicle_models": vehicles.list_vehicle_models,
    "check_availability": booking.check_availability,
    "search_appointments": records.search_appointments,
    "preview_campaign": campaigns.preview_campaign,
}
_WRITE: dict[str, Callable[[Ctx, dict[str, Any]], Done]] = {
    "create_appointment": booking.create_appointment,
    "reschedule_appointment": booking.reschedule_appointment,
    "cancel_appointment": booking.cancel_appointment,
    "create_customer": customers.create_customer,
    "add_vehicle": customers.add_vehicle,
    "send_message": messages.send_message,
    "schedule_reminder": messages.schedule_reminder,
    "send_campaign": campaigns.send_campaign,
}
_KICKS_OUTBOX = {"send_message", "send_campaign"}


class _Refused(Exception):
    """Rolls a write transaction back while carrying the refusal to return."""

    def __init__(self, result: ToolResult) -> None:
        super().__init__("refused")
        self.result = result


def _providers(messaging: Any, path: Path) -> dict[str, MessageProvider]:
    if messaging is None:
        log = LogProvider(path.parent / "outbox-log.jsonl")
        return dict.fromkeys(("whatsapp", "email", "sms"), log)
    if isinstance(messaging, Mapping):
        return dict(messaging)
    return dict.fromkeys(messaging.channels, messaging)


class LocalBackend(BaseBackend):
    """The workshop on SQLite: implements `ToolBackend`, plus the outbox runner, catalogue and vocabulary.

    It is its own server, so it gates confirm tools itself: tokens live in the workshop database.

    `messaging` is a channel → provider mapping, a single provider, or None (every channel goes to
    a log provider writing `outbox-log.jsonl` next to the database: nothing leaves the PC).
    """

    def __init__(
        self,
        path: Path,
        *,
        now: Callable[[], datetime] | None = None,
        messaging: Mapping[str, MessageProvider] | MessageProvider | None = None,
        kick_outbox: bool = True,
        language: str | None = None,
    ) -> None:
        self.path = Path(path)
        try:
            self.db = Database(self.path)
        except (sqlite3.Error, RuntimeError, OSError) as exc:
            raise BackendUnavailable(f"The workshop database {self.path} cannot be opened: {exc}") from exc
        self.clock = Clock(now)
        self.confirmations = SqliteConfirmations(self.db, self.clock)
        self.providers = _providers(messaging, self.path)
        self.outbox = OutboxRunner(self.db, self.providers)
        self._kick = kick_outbox
        self._cache: dict[str, Any] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        settings = dict(self.db.run_sync(lambda c: c.execute("SELECT key, value FROM settings").fetchall()))
        self.workshop = settings.get("workshop_name", "Officina")
        self.language = pick(language or settings.get("language"))
        """Messages to customers are written in this language: the one asked, else the workshop's
        `language` setting (the plugin's option of the same name), else Italian."""
        step = settings.get("slot_step_min", "")
        self.slot_step = int(step) if step.isdigit() and 5 <= int(step) <= 240 else SLOT_STEP_MIN

    # --- ToolBackend ----------------------------------------------------------------------------

    async def list_tools(self) -> list[ToolSpec]:
        return list(TOOLS)

    async def _call_tool_impl(
        self, spec: ToolSpec, arguments: dict[str, Any], context: CallContext
    ) -> ToolResult:
        name = spec.name
        try:
            result = await self.db.run(self._execute, spec, arguments, context)
        except sqlite3.OperationalError as exc:
            _LOGGER.warning("Tool %s: database busy or unavailable: %s", name, exc)
            return ToolResult.failure("busy", "The workshop database is busy; try again in a moment.")
        except Exception:
            _LOGGER.exception("Tool %s failed unexpectedly", name)
            return ToolResult.failure(
                "internal_error", f"{name} failed inside the local backend (see the log)."
            )
        if result.ok and name in _KICKS_OUTBOX and self._kick:
            self._schedule_outbox()
        return result

    async def health(self) -> BackendHealth:
        def probe(conn: sqlite3.Connection) -> tuple[int, int]:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            count = conn.execute("SELECT COUNT(*) FROM services").fetchone()[0]
            return version, count

        try:
            version, services = await self.db.run(probe)
        except sqlite3.Error as exc:
            return BackendHealth(
                False, "local", f"Workshop database unreadable: {exc}", timezone=WORKSHOP_TIMEZONE
            )
        ok = services > 0
        detail = f"{self.workshop} (local)" if ok else "Local workshop database has no services yet"
        return BackendHealth(
            ok,
            "local",
            detail,
            version=f"schema {version}",
            timezone=WORKSHOP_TIMEZONE,
            extra={"path": str(self.path)},
        )

    async def aclose(self) -> None:
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        self.db.close()

    # --- extras for the app -----------------------------------------------------------------------

    async def run_outbox(self, now: datetime | None = None) -> dict[str, Any]:
        """Send the due outbox messages; returns counts (sent, retrying, failed, recovered, due_left...)."""
        moment = self.clock() if now is None else local_naive(now)
        return await self.outbox.run(moment)

    async def catalogue(self) -> list[dict[str, Any]]:
        """The active services, for the language model's system prompt."""
        result = await self.call_tool("list_services", {}, context=CallContext(session_id="catalogue"))
        return list(result.data.get("services", []))

    async def vocabulary(self, limit: int = 100) -> list[str]:
        """Words speech-to-text should expect: upcoming plates, common makes and models, service names."""
        return await self.db.run(_vocabulary, fmt(self.clock()), limit)

    # --- inside the worker thread -------------------------------------------------------------------

    def _execute(
        self, conn: sqlite3.Connection, spec: ToolSpec, args: dict[str, Any], call: CallContext
    ) -> ToolResult:
        ctx = Ctx(conn, self.clock(), call, self.workshop, self._cache, self.slot_step, self.language)
        if spec.name == "undo_last":
            return self._undo(ctx, args)
        if spec.name in _READ:
            return _READ[spec.name](ctx, args)
        return self._write(ctx, spec, args, _WRITE[spec.name])

    def _write(
        self, ctx: Ctx, spec: ToolSpec, args: dict[str, Any], handler: Callable[[Ctx, dict[str, Any]], Done]
    ) -> ToolResult:
        key = f"{spec.name}:{args['idempotency_key']}" if args.get("idempotency_key") else None
        digest = _args_hash(args)
        try:
            with write_transaction(ctx.conn):
                if key:
                    seen = ctx.conn.execute(
                        "SELECT args_hash, result FROM idempotency WHERE key = ?", (key,)
                    ).fetchone()
                    if seen is not None:
                        if seen["args_hash"] != digest:
                            raise _Refused(
                                ToolResult.failure(
                                    "invalid_arguments",
                                    "This idempotency_key was already used for a different request.",
                                    hint="Use a fresh idempotency_key for a new action.",
                                )
                            )
                        replay = ToolResult.from_dict(json.loads(seen["result"]))
                        replay.data["replayed"] = True
                        self._audit(ctx, spec.name, args, replay, None)
                        return replay
                done = handler(ctx, args)
                if not done.result.ok:
                    raise _Refused(done.result)
                if key:
                    ctx.conn.execute(
                        "INSERT INTO idempotency (key, tool, args_hash, result, created_at) VALUES (?, ?, ?, ?, ?)",
                        (
                            key,
                            spec.name,
                            digest,
                            json.dumps(done.result.to_dict(), default=str),
                            fmt(ctx.now),
                        ),
                    )
                undo = dict(done.undo, summary=done.summary, idempotency_key=key) if done.undo else None
                self._audit(ctx, spec.name, args, done.result, undo)
                return done.result
        except _Refused as refused:
            self._audit(ctx, spec.name, args, refused.result, None)
            return refused.result

    def _undo(self, ctx: Ctx, args: dict[str, Any]) -> ToolResult:
        try:
            with write_transaction(ctx.conn):
                result, _undone = undo_last(ctx)
                self._audit(ctx, "undo_last", args, result, None)
                return result
        except UndoRefused as refused:
            self._audit(ctx, "undo_last", args, refused.result, None)
            return refused.result

    @staticmethod
    def _audit(
        ctx: Ctx, tool: str, args: dict[str, Any], result: ToolResult, undo: dict[str, Any] | None
    ) -> None:
        ctx.conn.execute(
            "INSERT INTO audit_log (at, actor, session_id, turn_id, tool, arguments, ok, result, undo) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                fmt(ctx.now),
                ctx.call.actor,
                ctx.call.session_id,
                ctx.call.turn_id,
                tool,
                json.dumps(args, ensure_ascii=False, default=str)[:MAX_AUDIT_CHARS],
                int(result.ok),
                json.dumps(result.to_dict(), ensure_ascii=False, default=str)[:MAX_AUDIT_CHARS],
                json.dumps(undo) if undo else None,
            ),
        )

    def _schedule_outbox(self) -> None:
        async def run() -> None:
            with contextlib.suppress(Exception):
                await self.run_outbox()

        task = asyncio.get_running_loop().create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


def _args_hash(args: dict[str, Any]) -> str:
    payload = {k: v for k, v in args.items() if k != "idempotency_key"}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def _vocabulary(conn: sqlite3.Connection, now: str, limit: int) -> list[str]:
    words: list[str] = [r[0] for r in conn.execute("SELECT name FROM services WHERE active = 1 ORDER BY id")]
    words += [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT v.plate FROM appointments a JOIN vehicles v ON v.id = a.vehicle_id "
            "WHERE a.start >= ? AND a.status IN ('pending', 'approved') ORDER BY a.start LIMIT 30",
            (now,),
        )
    ]
    # most common makes and models: sampled from the latest vehicles (an index range, not a full scan)
    recent = "SELECT make, model FROM vehicles ORDER BY id DESC LIMIT 5000"
    words += [
        r[0]
        for r in conn.execute(f"SELECT make FROM ({recent}) GROUP BY make ORDER BY COUNT(*) DESC LIMIT 20")
    ]
    words += [
        r[0]
        for r in conn.execute(f"SELECT model FROM ({recent}) GROUP BY model ORDER BY COUNT(*) DESC LIMIT 30")
    ]
    return list(dict.fromkeys(w for w in words if w))[:limit]
