"""The outbox runner: sends due messages once, with retries and backoff, surviving a crash mid-send.

Delivery protocol, per message row:
1. *Claim* in a write transaction: status queued → sending, a fresh claim token, claimed_at = now,
   attempts + 1. Only rows still `queued` can be claimed, so two runners never take the same row.
2. *Send* through the channel's provider with the row's idempotency key as the client reference
   (WhatsApp `biz_opaque_callback_data`, the email Message-ID, the log provider's record key).
3. *Record* the outcome, guarded by the claim token: sent (+ provider message id), or back to queued
   with `next_attempt_at` backed off, or failed (permanent error or attempts exhausted).

A crash between 1 and 3 leaves the row `sending`. After the lease (LEASE) a runner re-checks it: if
the provider can tell whether that key was delivered (`lookup(key)`, or the log provider's records),
the row is settled without sending again; otherwise it is re-queued and sent again. So a kill
mid-send followed by a restart sends once with the log provider, and at most twice with SMTP or
WhatsApp, and only when the crash fell inside the provider call itself (after the remote side took
the message, before its answer was recorded). SMTP recipients see the same Message-ID, and WhatsApp
status webhooks carry the same key, so such a duplicate is recognisable.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from wp_api.local.clock import fmt
from wp_api.local.db import Database, write_transaction
from wp_api.messaging.base import MessageProvider, OutboundMessage, SendError, SendReceipt

_LOGGER = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
BACKOFF_MIN = (1, 5, 15, 60, 240)
MAX_ATTEMPTS = 6
BATCH = 50


def _claim(conn: sqlite3.Connection, now: str, token: str, batch: int) -> list[sqlite3.Row]:
    with write_transaction(conn):
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM messages WHERE status = 'queued' AND next_attempt_at <= ? "
                "ORDER BY next_attempt_at, id LIMIT ?",
                (now, batch),
            )
        ]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        conn.execute(
            f"UPDATE messages SET status = 'sending', claim_token = ?, claimed_at = ?, attempts = attempts + 1 "
            f"WHERE id IN ({marks}) AND status = 'queued'",
            (token, now, *ids),
        )
        return conn.execute("SELECT * FROM messages WHERE claim_token = ? ORDER BY id", (token,)).fetchall()


def _stale(conn: sqlite3.Connection, before: str) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT * FROM messages WHERE status = 'sending' AND claimed_at < ? ORDER BY id", (before,)
    ).fetchall()


def _mark_sent(
    conn: sqlite3.Connection, msg_id: int, token: str | None, receipt: SendReceipt, now: str
) -> None:
    with write_transaction(conn):
        conn.execute(
            "UPDATE messages SET status = 'sent', provider = ?, provider_message_id = ?, sent_at = ?, "
            "last_error = NULL WHERE id = ? AND status = 'sending' AND claim_token IS ?",
            (receipt.provider, receipt.provider_message_id, now, msg_id, token),
        )


def _mark_failed(
    conn: sqlite3.Connection, msg_id: int, token: str | None, error: str, retry_at: str | None
) -> None:
    with write_transaction(conn):
        if retry_at is None:
            conn.execute(
                "UPDATE messages SET status = 'failed', last_error = ? WHERE id = ? AND claim_token IS ?",
                (error[:500], msg_id, token),
            )
        else:
            conn.execute(
                "UPDATE messages SET status = 'queued', last_error = ?, next_attempt_at = ?, claim_token = NULL "
                "WHERE id = ? AND claim_token IS ?",
                (error[:500], retry_at, msg_id, token),
            )


def _requeue(conn: sqlite3.Connection, msg_id: int, token: str | None, now: str) -> None:
    with write_transaction(conn):
        conn.execute(
            "UPDATE messages SET status = 'queued', next_attempt_at = ?, claim_token = NULL, "
            "last_error = 'runner stopped mid-send; re-queued' WHERE id = ? AND status = 'sending' "
            "AND claim_token IS ?",
            (now, msg_id, token),
        )


def _counts(conn: sqlite3.Connection, now: str) -> dict[str, int]:
    due = conn.execute(
        "SELECT COUNT(*) FROM messages WHERE status = 'queued' AND next_attempt_at <= ?", (now,)
    ).fetchone()[0]
    later = conn.execute(
        "SELECT COUNT(*) FROM messages WHERE status = 'queued' AND next_attempt_at > ?", (now,)
    ).fetchone()[0]
    return {"due_left": due, "scheduled": later}


def outbound(row: sqlite3.Row) -> OutboundMessage:
    return OutboundMessage(
        idempotency_key=row["idempotency_key"],
        channel=row["channel"],
        to=row["to_address"],
        customer_name=row["customer_name"],
        kind=row["kind"],
        subject=row["subject"] or None,
        text=row["body"],
        template=row["template"],
        template_params=list(json.loads(row["template_params"] or "[]")),
        language=row["language"] if row["language"] in ("it", "en") else "it",
    )


async def already_delivered(provider: MessageProvider, key: str) -> SendReceipt | None:
    """Ask the provider whether the message with this key went out (None: it cannot tell, or it did not)."""
    lookup = getattr(provider, "lookup", None)
    if callable(lookup):
        return await lookup(key)
    entries = getattr(provider, "entries", None)
    if callable(entries):  # the log provider: its file is the remote side
        for entry in entries():
            if entry.get("idempotency_key") == key:
                return SendReceipt(provider=provider.name, provider_message_id=f"log:{key}", status="sent",
                                   detail="found in the message log after a restart")  # fmt: skip
    return None


def can_lookup(provider: MessageProvider) -> bool:
    return callable(getattr(provider, "lookup", None)) or callable(getattr(provider, "entries", None))


class OutboxRunner:
    """Processes due outbox rows through the providers, one row at a time."""

    def __init__(self, db: Database, providers: Mapping[str, MessageProvider]) -> None:
        self.db = db
        self.providers = dict(providers)

    async def run(self, now: datetime, *, batch: int = BATCH, max_rounds: int = 100) -> dict[str, Any]:
        stamp = fmt(now)
        summary = {"sent": 0, "retrying": 0, "failed": 0, "recovered": 0, "requeued": 0}
        for row in await self.db.run(_stale, fmt(now - LEASE)):
            await self._recover(row, stamp, summary)
        for _round in range(max_rounds):
            token = uuid.uuid4().hex
            rows = await self.db.run(_claim, stamp, token, batch)
            if not rows:
                break
            for row in rows:
                await self._deliver(row, token, now, summary)
        summary.update(await self.db.run(_counts, stamp))
        if any(summary[k] for k in ("sent", "retrying", "failed", "recovered")):
            _LOGGER.info("Outbox run: %s", summary)
        return summary

    async def _recover(self, row: sqlite3.Row, stamp: str, summary: dict[str, int]) -> None:
        provider = self.providers.get(row["channel"])
        receipt = await already_delivered(provider, row["idempotency_key"]) if provider else None
        if receipt is not None:
            await self.db.run(_mark_sent, row["id"], row["claim_token"], receipt, stamp)
            summary["recovered"] += 1
            return
        _LOGGER.warning("Outbox message %s was left mid-send; sending it again", row["idempotency_key"])
        await self.db.run(_requeue, row["id"], row["claim_token"], stamp)
        summary["requeued"] += 1

    async def _deliver(self, row: sqlite3.Row, token: str, now: datetime, summary: dict[str, int]) -> None:
        provider = self.providers.get(row["channel"])
        if provider is None:
            await self.db.run(_mark_failed, row["id"], token, f"no provider for {row['channel']}", None)
            summary["failed"] += 1
            return
        try:
            receipt = await provider.send(outbound(row))
        except SendError as exc:
            attempts = row["attempts"]
            if exc.retryable and attempts < MAX_ATTEMPTS:
                delay = BACKOFF_MIN[min(attempts - 1, len(BACKOFF_MIN) - 1)]
                await self.db.run(
                    _mark_failed, row["id"], token, exc.message, fmt(now + timedelta(minutes=delay))
                )
                summary["retrying"] += 1
            else:
                await self.db.run(_mark_failed, row["id"], token, exc.message, None)
                summary["failed"] += 1
            return
        except ValueError as exc:  # the row cannot even form a message (bad channel/kind)
            await self.db.run(_mark_failed, row["id"], token, str(exc), None)
            summary["failed"] += 1
            return
        except Exception as exc:  # a provider bug must not stop the other messages; retry later
            _LOGGER.exception("Provider %s failed unexpectedly on %s", provider.name, row["idempotency_key"])
            retry_at = (
                fmt(now + timedelta(minutes=BACKOFF_MIN[-1])) if row["attempts"] < MAX_ATTEMPTS else None
            )
            await self.db.run(_mark_failed, row["id"], token, f"unexpected error: {exc}", retry_at)
            summary["retrying" if retry_at else "failed"] += 1
            return
        await self.db.run(_mark_sent, row["id"], token, receipt, fmt(now))
        summary["sent"] += 1
