"""send_message and schedule_reminder: render the text and queue it in the outbox (messages table)."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime, timedelta
from typing import Any

from i18n.cards import card_title
from i18n.dates import when
from wp_api.contract import ToolResult
from wp_api.local.clock import fmt, parse
from wp_api.local.tooling import Ctx, Done
from wp_api.messaging.phone import InvalidPhoneNumber, normalize_phone
from wp_api.messaging.render import render

_LOGGER = logging.getLogger(__name__)

_CONSENT_COLUMN = {"whatsapp": "consent_whatsapp", "email": "consent_email", "sms": "consent_sms"}

REMINDER_HOUR = 18
"""Default reminder time: the day before the appointment at 18:00, workshop time."""


def contact_for(row: sqlite3.Row, channel: str) -> str | ToolResult:
    """The customer's address for a channel (E.164 phone or email), or a no_contact refusal."""
    if channel == "email":
        if row["email"]:
            return str(row["email"])
        return ToolResult.failure(
            "no_contact",
            f"{row['full_name']} has no email address on file.",
            hint="Ask for one, or use WhatsApp.",
        )
    if not row["phone"]:
        return ToolResult.failure(
            "no_contact",
            f"{row['full_name']} has no phone number on file.",
            hint="Ask for one, or use email.",
        )
    try:
        return normalize_phone(row["phone"])
    except InvalidPhoneNumber as exc:
        return ToolResult.failure(
            "no_contact", f"The phone number of {row['full_name']} is not usable: {exc}."
        )


def queue_message(
    conn: sqlite3.Connection,
    *,
    key: str,
    channel: str,
    kind: str,
    customer: sqlite3.Row,
    to: str,
    rendered: tuple[str, str, list[str]],
    language: str,
    due_at: datetime,
    now: datetime,
    appointment_id: int | None = None,
    campaign_id: str | None = None,
) -> tuple[int, bool]:
    """Insert one outbox row unless `key` exists; returns (message id, newly queued)."""
    subject, body, params = rendered
    cur = conn.execute(
        "INSERT OR IGNORE INTO messages (idempotency_key, channel, kind, customer_id, appointment_id, campaign_id, "
        "to_address, customer_name, subject, body, template_params, language, status, due_at, next_attempt_at, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
        (key, channel, kind, customer["id"], appointment_id, campaign_id, to, customer["full_name"], subject, body,
         json.dumps(params, ensure_ascii=False), language, fmt(due_at), fmt(due_at), fmt(now)),
    )  # fmt: skip
    if cur.rowcount:
        return int(cur.lastrowid or 0), True
    row = conn.execute("SELECT id FROM messages WHERE idempotency_key = ?", (key,)).fetchone()
    return int(row[0]), False


def _message_data(conn: sqlite3.Connection, message_id: int) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
    return {
        "message_id": row["id"],
        "channel": row["channel"],
        "to": row["to_address"],
        "status": row["status"],
        "preview": row["body"][:280],
        "due_at": row["due_at"],
    }


def _appointment_fields(conn: sqlite3.Connection, appointment_id: int) -> sqlite3.Row | None:
    return conn.execute(
        "SELECT a.id, a.start, a.status, a.customer_id, s.name AS service, v.plate FROM appointments a "
        "JOIN services s ON s.id = a.service_id LEFT JOIN vehicles v ON v.id = a.vehicle_id WHERE a.id = ?",
        (appointment_id,),
    ).fetchone()


def send_message(ctx: Ctx, args: dict[str, Any]) -> Done:
    customer = ctx.conn.execute("SELECT * FROM customers WHERE id = ?", (args["customer_id"],)).fetchone()
    if customer is None:
        return Done(ToolResult.failure("not_found", f"No customer with id {args['customer_id']}."))
    to = contact_for(customer, args["channel"])
    if isinstance(to, ToolResult):
        return Done(to)
    appointment_id = args.get("appointment_id")
    appt = None
    if appointment_id:
        appt = _appointment_fields(ctx.conn, appointment_id)
        if appt is None:
            return Done(ToolResult.failure("not_found", f"No appointment with id {appointment_id}."))
        if appt["customer_id"] != customer["id"]:
            return Done(
                ToolResult.failure(
                    "invalid_arguments",
                    f"Appointment {appointment_id} is not a booking of {customer['full_name']}.",
                )
            )
    # A service message is about the customer's own appointment (a booking confirmation, or a custom
    # text given with appointment_id: "your car is ready"); any other text is marketing and needs the
    # customer's consent for the channel, as a campaign does.
    if appt is None and not customer[_CONSENT_COLUMN[args["channel"]]]:
        return Done(
            ToolResult.failure(
                "no_consent",
                f"{customer['full_name']} has not agreed to receive messages by {args['channel']}.",
                hint="For a message about one of their appointments, pass its appointment_id; "
                "otherwise use a channel they agreed to.",
            )
        )
    if args["kind"] == "booking_confirmation":
        if appt is None:
            return Done(
                ToolResult.failure("invalid_arguments", "A booking confirmation needs appointment_id.")
            )
        rendered = render(
            "booking_confirmation", ctx.language, workshop_name=ctx.workshop, customer_name=customer["full_name"],
            service=appt["service"], starts_at=appt["start"], plate=appt["plate"],
        )  # fmt: skip
    else:
        if not (args.get("text") or "").strip():
            return Done(ToolResult.failure("invalid_arguments", "A custom message needs the text."))
        rendered = render("custom", ctx.language, workshop_name=ctx.workshop, customer_name=customer["full_name"],
                          text=args["text"])  # fmt: skip
    message_id, _new = queue_message(
        ctx.conn, key=f"message:{args['idempotency_key']}", channel=args["channel"], kind=args["kind"],
        customer=customer, to=to, rendered=rendered, language=ctx.language, due_at=ctx.now, now=ctx.now, appointment_id=appointment_id,
    )  # fmt: skip
    data = _message_data(ctx.conn, message_id)
    return Done(
        ToolResult.success(
            {"message": data},
            {"kind": "message", "title": f"{args['channel']} → {customer['full_name']}", **data},
        ),
        undo={"op": "cancel_messages", "ids": [message_id]},
        summary=f"{args['kind']} {args['channel']} to {customer['full_name']}",
    )


def default_reminder_time(start: datetime) -> datetime:
    day_before = start.date() - timedelta(days=1)
    return datetime(day_before.year, day_before.month, day_before.day, REMINDER_HOUR)


def schedule_reminder(ctx: Ctx, args: dict[str, Any]) -> Done:
    appt = _appointment_fields(ctx.conn, args["appointment_id"])
    if appt is None:
        return Done(ToolResult.failure("not_found", f"No appointment with id {args['appointment_id']}."))
    if appt["status"] not in ("pending", "approved"):
        return Done(ToolResult.failure("invalid_state", f"Appointment {appt['id']} is {appt['status']}."))
    start = parse(appt["start"])
    if start <= ctx.now:
        return Done(ToolResult.failure("date_in_past", "That appointment has already started."))
    if args.get("send_at"):
        try:
            send_at = parse(args["send_at"])
        except ValueError as exc:
            return Done(ToolResult.failure("invalid_arguments", f"Invalid send_at: {exc}."))
        if send_at < ctx.now:
            return Done(ToolResult.failure("date_in_past", f"{args['send_at']} is in the past."))
        if send_at >= start:
            return Done(ToolResult.failure("invalid_arguments", "send_at must be before the appointment."))
    else:
        send_at = max(default_reminder_time(start), ctx.now)
    customer = ctx.conn.execute("SELECT * FROM customers WHERE id = ?", (appt["customer_id"],)).fetchone()
    to = contact_for(customer, args["channel"])
    if isinstance(to, ToolResult):
        return Done(to)
    rendered = render(
        "reminder", ctx.language, workshop_name=ctx.workshop, customer_name=customer["full_name"], service=appt["service"],
        starts_at=appt["start"], plate=appt["plate"], today=send_at.date(),
    )  # fmt: skip
    key = args.get("idempotency_key") or f"{appt['id']}:{args['channel']}:{fmt(send_at)}"
    message_id, _new = queue_message(
        ctx.conn, key=f"reminder:{key}", channel=args["channel"], kind="reminder", customer=customer, to=to,
        rendered=rendered, language=ctx.language, due_at=send_at, now=ctx.now, appointment_id=appt["id"],
    )  # fmt: skip
    msg = _message_data(ctx.conn, message_id)
    data = {
        "message_id": message_id,
        "appointment_id": appt["id"],
        "channel": args["channel"],
        "send_at": msg["due_at"],
        "status": msg["status"],
    }
    return Done(
        ToolResult.success(
            {"reminder": data},
            {
                "kind": "reminder",
                "title": card_title("reminder", ctx.language, when=when(msg["due_at"], ctx.language, style="written")),
                **data,
            },
        ),
        undo={"op": "cancel_messages", "ids": [message_id]},
        summary=f"reminder for appointment {appt['id']} at {msg['due_at']}",
    )
