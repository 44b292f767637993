"""The local backend's confirmation tokens, in the workshop database (only their hashes are stored)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from wp_api.confirmations import CONFIRMATION_TTL_S, new_token, token_hash
from wp_api.contract import ConfirmationRequest
from wp_api.local.clock import Clock, fmt, workshop_tz
from wp_api.local.db import Database, write_transaction

_KEEP_USED = timedelta(days=1)
"""Expired and used tokens are purged a day after they expired (they answer 'invalid' until then)."""


class SqliteConfirmations:
    """Implements `ConfirmationStore` on the `confirmations` table (schema 3)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def issue(self, user: str, tool: str, args_hash: str) -> ConfirmationRequest:
        token = new_token()
        now = self.clock()
        expires = now + timedelta(seconds=CONFIRMATION_TTL_S)

        def insert(conn: sqlite3.Connection) -> None:
            with write_transaction(conn):
                conn.execute("DELETE FROM confirmations WHERE expires_at < ?", (fmt(now - _KEEP_USED),))
                conn.execute(
                    "INSERT INTO confirmations (token_hash, user, tool, args_hash, created_at, expires_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (token_hash(token), user, tool, args_hash, fmt(now), fmt(expires)),
                )

        await self.db.run(insert)
        return ConfirmationRequest(token=token, expires_at=_iso(expires))

    async def redeem(self, token: str, user: str, tool: str, args_hash: str) -> str | None:
        now = fmt(self.clock())

        def use(conn: sqlite3.Connection) -> str | None:
            with write_transaction(conn):
                row = conn.execute(
                    "SELECT user, tool, args_hash, expires_at, used_at FROM confirmations WHERE token_hash = ?",
                    (token_hash(token),),
                ).fetchone()
                if row is None or row["used_at"] is not None:
                    return "confirmation_invalid"
                # a token shown once is spent, whatever the outcome: a stolen one cannot be tried twice
                conn.execute(
                    "UPDATE confirmations SET used_at = ? WHERE token_hash = ?", (now, token_hash(token))
                )
                if (row["user"], row["tool"], row["args_hash"]) != (user, tool, args_hash):
                    return "confirmation_invalid"
                if now >= row["expires_at"]:
                    return "confirmation_expired"
                return None

        return await self.db.run(use)


def _iso(local: datetime) -> str:
    """Naive workshop-local time as ISO 8601 with its UTC offset."""
    tz = workshop_tz()
    aware = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
    return aware.isoformat(timespec="seconds")
