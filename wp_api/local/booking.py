"""check_availability, create_appointment, reschedule_appointment and cancel_appointment.

Writes run inside the caller's BEGIN IMMEDIATE transaction, so "is the slot free?" and "insert" are
one atomic step: of two concurrent bookings for the last slot exactly one wins.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from i18n import dates
from i18n.cards import card_title
from i18n.timezone import WORKSHOP_TIMEZONE
from wp_api.contract import ToolResult
from wp_api.local import availability as av
from wp_api.local.clock import fmt, missing_local_time, parse, parse_day
from wp_api.local.tooling import Ctx, Done, appointment_dict, load_appointment

_LOGGER = logging.getLogger(__name__)

FIRST_ONLY_WINDOW_DAYS = 30
MAX_WINDOW_DAYS = 92
ALTERNATIVES = 3
MAX_DAYS_AHEAD = 730
"""The furthest ahead a booking is taken (two years): year 9999 is a mistake, not a booking."""


def _service_or_error(ctx: Ctx, service_id: int) -> av.Service | ToolResult:
    service = av.load_service(ctx.conn, service_id)
    if service is None:
        return ToolResult.failure(
            "unknown_service",
            f"There is no service with id {service_id}.",
            hint="Call list_services to get the valid service ids.",
        )
    return service


def _staff_or_error(ctx: Ctx, service: av.Service, staff_id: int | None) -> list[av.Staff] | ToolResult:
    staff = av.qualified_staff(ctx.conn, service.id, staff_id)
    if not staff:
        if staff_id is not None:
            return ToolResult.failure(
                "not_found", f"Staff member {staff_id} does not exist or does not do {service.name}."
            )
        return ToolResult.failure("not_found", f"Nobody on the staff does {service.name}.")
    return staff


def check_availability(ctx: Ctx, args: dict[str, Any]) -> ToolResult:
    service = _service_or_error(ctx, args["service_id"])
    if isinstance(service, ToolResult):
        return service
    try:
        date_from = parse_day(args["date_from"])
        first_only = bool(args.get("first_only", False))
        default_to = date_from + timedelta(days=FIRST_ONLY_WINDOW_DAYS if first_only else 0)
        date_to = parse_day(args["date_to"]) if args.get("date_to") else default_to
    except ValueError as exc:
        return ToolResult.failure("invalid_arguments", f"Invalid date: {exc}.")
    if date_to < ctx.now.date():
        return ToolResult.failure(
            "date_in_past",
            f"{date_to.isoformat()} is in the past (today is {ctx.now.date().isoformat()}).",
            hint="Search from today onwards.",
        )
    if date_to < date_from:
        return ToolResult.failure("invalid_arguments", "date_to is before date_from.")
    if (date_to - date_from).days > MAX_WINDOW_DAYS:
        return ToolResult.failure("invalid_arguments", f"Search at most {MAX_WINDOW_DAYS} days at a time.")
    staff = _staff_or_error(ctx, service, args.get("staff_id"))
    if isinstance(staff, ToolResult):
        return staff
    slots = av.find_slots(
        ctx.conn,
        service,
        staff,
        date_from=date_from,
        date_to=date_to,
        now=ctx.now,
        part=args.get("part_of_day", "any"),
        first_only=first_only,
        limit=int(args.get("limit", 8)),
        step=ctx.slot_step,
        exclude_appointment=args.get("moving_appointment_id"),
    )
    data = {
        "service": {"service_id": service.id, "name": service.name, "duration_min": service.duration_min},
        "slots": slots,
    }
    title = (
        card_title(
            "slots",
            ctx.language,
            service=service.name,
            first=dates.when(str(slots[0]["start"]), ctx.language, style="written"),
        )
        if slots
        else card_title("no_slots", ctx.language, service=service.name)
    )
    return ToolResult.success(data, {"kind": "slots", "title": title, "slots": slots})


def _alternatives(ctx: Ctx, service: av.Service, staff: list[av.Staff], around: datetime,
                  exclude: int | None = None) -> list[dict[str, object]]:  # fmt: skip
    start_day = max(around.date(), ctx.now.date())
    same_day = av.find_slots(
        ctx.conn, service, staff, date_from=start_day, date_to=start_day + timedelta(days=14),
        now=ctx.now, limit=ALTERNATIVES + 6, exclude_appointment=exclude, step=ctx.slot_step,
    )  # fmt: skip
    # prefer the slots closest to the requested time
    same_day.sort(key=lambda s: abs((parse(str(s["start"])) - around).total_seconds()))
    return sorted(same_day[:ALTERNATIVES], key=lambda s: str(s["start"]))


def _slot_refusal(ctx: Ctx, check: av.SlotCheck, service: av.Service, staff: list[av.Staff],
                  start: datetime, exclude: int | None = None) -> ToolResult:  # fmt: skip
    alternatives = _alternatives(ctx, service, staff, start, exclude)
    when = fmt(start).replace("T", " ")
    if check.reason == "off_grid":
        message = (
            f"{when} is not a start time: bookings start every {ctx.slot_step} minutes "
            "(see the alternatives)."
        )
        return ToolResult.failure(
            "invalid_arguments", message, hint="Offer one of the alternatives.",
            alternatives=alternatives, reason=check.reason,
        )  # fmt: skip
    if check.reason == "slot_taken":
        message = f"{when} is already taken for {service.name}."
    elif check.reason == "holiday":
        message = f"The workshop (or that mechanic) is closed on {start.date().isoformat()}."
    else:
        message = f"{when} is outside working hours for {service.name} ({service.duration_min} min)."
    code = "slot_taken" if check.reason == "slot_taken" else "outside_hours"
    return ToolResult.failure(
        code,
        message,
        hint="Offer one of the alternatives.",
        alternatives=alternatives,
        reason=check.reason,
    )


def _appointment_result(ctx: Ctx, appointment_id: int, **extra: Any) -> ToolResult:
    row = load_appointment(ctx.conn, appointment_id)
    assert row is not None
    data = appointment_dict(row)
    title = f"{data['service']} · {data['plate'] or ''} · {data['start'].replace('T', ' ')}"
    return ToolResult.success(
        {"appointment": data, **extra}, {"kind": "appointment", "title": title, "appointment": data}
    )


def _parse_start(ctx: Ctx, text: str) -> datetime | ToolResult:
    try:
        start = parse(text)
    except ValueError as exc:
        return ToolResult.failure("invalid_arguments", f"Invalid start time '{text}': {exc}.")
    if missing_local_time(start):
        return ToolResult.failure(
            "invalid_arguments",
            f"{fmt(start).replace('T', ' ')} does not exist in {WORKSHOP_TIMEZONE}: the clocks go forward that night.",
            hint="Pick a time from 03:00 on; check_availability lists free slots.",
        )
    if start.date() > ctx.now.date() + timedelta(days=MAX_DAYS_AHEAD):
        return ToolResult.failure(
            "invalid_arguments",
            f"{start.date().isoformat()} is too far ahead: bookings are taken at most {MAX_DAYS_AHEAD} days ahead.",
            hint="Check the date with the person.",
        )
    if start <= ctx.now:
        return ToolResult.failure(
            "date_in_past",
            f"{fmt(start).replace('T', ' ')} is in the past (now is {fmt(ctx.now).replace('T', ' ')}).",
            hint="Pick a time from now on; check_availability lists free slots.",
        )
    return start


def create_appointment(ctx: Ctx, args: dict[str, Any]) -> Done:
    service = _service_or_error(ctx, args["service_id"])
    if isinstance(service, ToolResult):
        return Done(service)
    vehicle = ctx.conn.execute(
        "SELECT id, customer_id, plate FROM vehicles WHERE id = ?", (args["vehicle_id"],)
    ).fetchone()
    if vehicle is None:
        return Done(
            ToolResult.failure(
                "not_found", f"No vehicle with id {args['vehicle_id']}.", hint="Use find_vehicle."
            )
        )
    customer_id = args.get("customer_id") or vehicle["customer_id"]
    if ctx.conn.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,)).fetchone() is None:
        return Done(ToolResult.failure("not_found", f"No customer with id {customer_id}."))
    start = _parse_start(ctx, args["start"])
    if isinstance(start, ToolResult):
        return Done(start)
    staff = _staff_or_error(ctx, service, args.get("staff_id"))
    if isinstance(staff, ToolResult):
        return Done(staff)
    check = av.check_slot(ctx.conn, service, staff, start, step=ctx.slot_step)
    if not check.ok:
        return Done(_slot_refusal(ctx, check, service, staff, start))
    assert check.staff is not None
    end = start + timedelta(minutes=service.duration_min)
    stamp = fmt(ctx.now)
    cur = ctx.conn.execute(
        "INSERT INTO appointments (service_id, category, staff_id, customer_id, vehicle_id, start, end, status, "
        "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'approved', ?, ?, ?)",
        (service.id, service.category, check.staff.id, customer_id, vehicle["id"], fmt(start), fmt(end),
         args.get("notes") or "", stamp, stamp),
    )  # fmt: skip
    appointment_id = int(cur.lastrowid or 0)
    return Done(
        _appointment_result(ctx, appointment_id, replayed=False),
        undo={"op": "delete_appointment", "id": appointment_id},
        summary=f"{service.name} {vehicle['plate']} {fmt(start)}",
    )


def reschedule_appointment(ctx: Ctx, args: dict[str, Any]) -> Done:
    row = ctx.conn.execute("SELECT * FROM appointments WHERE id = ?", (args["appointment_id"],)).fetchone()
    if row is None:
        return Done(ToolResult.failure("not_found", f"No appointment with id {args['appointment_id']}."))
    if row["status"] not in ("pending", "approved"):
        return Done(
            ToolResult.failure(
                "invalid_state", f"Appointment {row['id']} is {row['status']}; it cannot be moved."
            )
        )
    start = _parse_start(ctx, args["new_start"])
    if isinstance(start, ToolResult):
        return Done(start)
    service = av.load_service(ctx.conn, row["service_id"])
    if service is None:
        return Done(ToolResult.failure("unknown_service", "The appointment's service no longer exists."))
    staff = _staff_or_error(ctx, service, args.get("staff_id"))
    if isinstance(staff, ToolResult):
        return Done(staff)
    check = av.check_slot(ctx.conn, service, staff, start, exclude_appointment=row["id"], step=ctx.slot_step)
    if not check.ok:
        return Done(_slot_refusal(ctx, check, service, staff, start, row["id"]))
    assert check.staff is not None
    end = start + timedelta(minutes=service.duration_min)
    ctx.conn.execute(
        "UPDATE appointments SET start = ?, end = ?, staff_id = ?, updated_at = ? WHERE id = ?",
        (fmt(start), fmt(end), check.staff.id, fmt(ctx.now), row["id"]),
    )
    _move_reminders(ctx, row["id"], row["start"], start)
    previous = {k: row[k] for k in ("start", "end", "staff_id", "status")}
    return Done(
        _appointment_result(ctx, row["id"], previous_start=row["start"]),
        undo={"op": "restore_appointment", "id": row["id"], "previous": previous},
        summary=f"moved {row['id']} from {row['start']} to {fmt(start)}",
    )


def _move_reminders(ctx: Ctx, appointment_id: int, old_start: str, new_start: datetime) -> None:
    """Queued reminders keep their offset from the appointment's start."""
    delta = new_start - parse(old_start)
    for msg in ctx.conn.execute(
        "SELECT id, due_at FROM messages WHERE appointment_id = ? AND kind = 'reminder' AND status = 'queued'",
        (appointment_id,),
    ).fetchall():
        due = fmt(parse(msg["due_at"]) + delta)
        ctx.conn.execute(
            "UPDATE messages SET due_at = ?, next_attempt_at = ? WHERE id = ?", (due, due, msg["id"])
        )


def cancel_appointment(ctx: Ctx, args: dict[str, Any]) -> Done:
    row = ctx.conn.execute("SELECT * FROM appointments WHERE id = ?", (args["appointment_id"],)).fetchone()
    if row is None:
        return Done(ToolResult.failure("not_found", f"No appointment with id {args['appointment_id']}."))
    if row["status"] not in ("pending", "approved"):
        return Done(
            ToolResult.failure("invalid_state", f"Appointment {row['id']} is already {row['status']}.")
        )
    notes = row["notes"]
    if args.get("reason"):
        notes = (notes + "\n" if notes else "") + "Annullato: " + args["reason"]
    ctx.conn.execute(
        "UPDATE appointments SET status = 'cancelled', notes = ?, updated_at = ? WHERE id = ?",
        (notes, fmt(ctx.now), row["id"]),
    )
    cancelled = [
        r[0]
        for r in ctx.conn.execute(
            "SELECT id FROM messages WHERE appointment_id = ? AND kind = 'reminder' AND status = 'queued'",
            (row["id"],),
        )
    ]
    ctx.conn.executemany("UPDATE messages SET status = 'cancelled' WHERE id = ?", [(i,) for i in cancelled])
    previous = {k: row[k] for k in ("start", "end", "staff_id", "status")}
    previous["notes"] = row["notes"]
    return Done(
        _appointment_result(ctx, row["id"]),
        undo={"op": "restore_appointment", "id": row["id"], "previous": previous, "requeue": cancelled},
        summary=f"cancelled {row['id']} ({row['start']})",
    )
