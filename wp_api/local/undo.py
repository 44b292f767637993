"""undo_last: revert the last write of this session, using the recipe its audit row stored."""

from __future__ import annotations

import json
import logging
from typing import Any

from i18n.cards import card_title
from i18n.replies import undone_change
from wp_api.contract import ToolResult
from wp_api.local import availability as av
from wp_api.local.clock import fmt, parse
from wp_api.local.tooling import Ctx

_LOGGER = logging.getLogger(__name__)


class UndoRefused(Exception):
    """The last write cannot be reverted any more (e.g. the message already went out)."""

    def __init__(self, result: ToolResult) -> None:
        super().__init__(result.error.message if result.error else "refused")
        self.result = result


def _refuse(code: str, message: str) -> UndoRefused:
    return UndoRefused(ToolResult.failure(code, message))


def _delete_appointment(ctx: Ctx, op: dict[str, Any]) -> None:
    ctx.conn.execute(
        "UPDATE messages SET status = 'cancelled' WHERE appointment_id = ? AND status = 'queued'", (op["id"],)
    )
    ctx.conn.execute("DELETE FROM appointments WHERE id = ?", (op["id"],))


def _restore_appointment(ctx: Ctx, op: dict[str, Any]) -> None:
    prev = op["previous"]
    row = ctx.conn.execute("SELECT service_id FROM appointments WHERE id = ?", (op["id"],)).fetchone()
    if row is None:
        raise _refuse("not_found", f"Appointment {op['id']} no longer exists.")
    if prev["status"] in ("pending", "approved"):
        service = av.load_service(ctx.conn, row["service_id"])
        if service is not None:
            staff = av.qualified_staff(ctx.conn, service.id, prev["staff_id"])
            check = av.check_slot(
                ctx.conn, service, staff, parse(prev["start"]), exclude_appointment=op["id"]
            )
            if not check.ok and check.reason == "slot_taken":
                raise _refuse("slot_taken", f"The previous slot {prev['start']} has been taken meanwhile.")
    ctx.conn.execute(
        "UPDATE appointments SET start = ?, end = ?, staff_id = ?, status = ?, notes = coalesce(?, notes), "
        "updated_at = ? WHERE id = ?",
        (
            prev["start"],
            prev["end"],
            prev["staff_id"],
            prev["status"],
            prev.get("notes"),
            fmt(ctx.now),
            op["id"],
        ),
    )
    requeue = op.get("requeue") or []
    ctx.conn.executemany(
        "UPDATE messages SET status = 'queued' WHERE id = ? AND status = 'cancelled'", [(i,) for i in requeue]
    )


def _delete_customer(ctx: Ctx, op: dict[str, Any]) -> None:
    if ctx.conn.execute("SELECT 1 FROM appointments WHERE customer_id = ? LIMIT 1", (op["id"],)).fetchone():
        raise _refuse("invalid_state", "The customer already has appointments; cancel them first.")
    ctx.conn.execute("DELETE FROM customers WHERE id = ?", (op["id"],))


def _delete_vehicle(ctx: Ctx, op: dict[str, Any]) -> None:
    if ctx.conn.execute("SELECT 1 FROM appointments WHERE vehicle_id = ? LIMIT 1", (op["id"],)).fetchone():
        raise _refuse("invalid_state", "The vehicle already has appointments; cancel them first.")
    ctx.conn.execute("DELETE FROM vehicles WHERE id = ?", (op["id"],))
    ctx.cache.pop("vehicle_names", None)


def _cancel_messages(ctx: Ctx, op: dict[str, Any]) -> None:
    ids = op["ids"]
    marks = ",".join("?" * len(ids))
    cur = ctx.conn.execute(
        f"UPDATE messages SET status = 'cancelled' WHERE id IN ({marks}) AND status = 'queued'", ids
    )
    if cur.rowcount == 0:
        raise _refuse("nothing_to_undo", "The message has already been sent; it cannot be called back.")


def _cancel_campaign(ctx: Ctx, op: dict[str, Any]) -> None:
    cur = ctx.conn.execute(
        "UPDATE messages SET status = 'cancelled' WHERE campaign_id = ? AND status = 'queued'",
        (op["campaign_id"],),
    )
    if cur.rowcount == 0:
        raise _refuse("nothing_to_undo", "Every message of the campaign has already been sent.")
    ctx.conn.execute("UPDATE campaigns SET status = 'stopped' WHERE id = ?", (op["campaign_id"],))


_OPS = {
    "delete_appointment": _delete_appointment,
    "restore_appointment": _restore_appointment,
    "delete_customer": _delete_customer,
    "delete_vehicle": _delete_vehicle,
    "cancel_messages": _cancel_messages,
    "cancel_campaign": _cancel_campaign,
}


def undo_last(ctx: Ctx) -> tuple[ToolResult, int | None]:
    """Revert the session's last undoable write (inside the caller's transaction).

    Returns the result and the audit id that was undone (None when nothing was).
    """
    # Only this actor's own changes in this session (the WordPress plugin scopes to the user likewise).
    row = ctx.conn.execute(
        "SELECT id, tool, undo, result FROM audit_log WHERE session_id = ? AND actor = ? AND ok = 1 "
        "AND undo IS NOT NULL AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
        (ctx.call.session_id, ctx.call.actor),
    ).fetchone()
    if row is None:
        return ToolResult.failure("nothing_to_undo", "There is nothing to undo in this session."), None
    op = json.loads(row["undo"])
    _OPS[op["op"]](ctx, op)
    if op.get("idempotency_key"):
        ctx.conn.execute("DELETE FROM idempotency WHERE key = ?", (op["idempotency_key"],))
    ctx.conn.execute("UPDATE audit_log SET undone_at = ? WHERE id = ?", (fmt(ctx.now), row["id"]))
    summary = op.get("summary") or row["tool"]  # the audit line, for logs and the model
    data = {"undone": {"tool": row["tool"], "summary": summary}}
    said = undone_change(data, ctx.language) or summary
    return ToolResult.success(
        data, {"kind": "undo", "title": card_title("undo", ctx.language, summary=said), **data}
    ), row["id"]
