"""Read tools over services and appointments: list_services, vehicle_history, search_appointments."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from i18n.cards import card_title
from wp_api import plates
from wp_api.contract import ToolResult
from wp_api.local.clock import fmt, parse_day
from wp_api.local.tooling import APPOINTMENT_SELECT, Ctx, appointment_dict, fold
from wp_api.local.vehicles import find_vehicle

_LOGGER = logging.getLogger(__name__)


def list_services(ctx: Ctx, args: dict[str, Any]) -> ToolResult:
    rows = ctx.conn.execute(
        "SELECT id, name, category, duration_min, price, capacity FROM services WHERE active = 1 "
        "AND (? IS NULL OR category = ?) ORDER BY category, name",
        (args.get("category"), args.get("category")),
    ).fetchall()
    words = fold(args.get("query") or "").split()
    services = [
        {
            "service_id": r["id"],
            "name": r["name"],
            "category": r["category"],
            "duration_min": r["duration_min"],
            "price": r["price"],
            "capacity": r["capacity"],
        }
        for r in rows
        if all(w in fold(r["name"]) or w in r["category"] for w in words)
    ]
    return ToolResult.success(
        {"services": services},
        {
            "kind": "services",
            "title": card_title("services", ctx.language, count=len(services)),
            "services": services,
        },
    )


def _vehicle(ctx: Ctx, args: dict[str, Any]) -> Any:
    """The vehicle row by id or exact plate, else a refusal: `ambiguous` listing similar plates when the
    plate was probably misheard (a history is never shown for a guessed vehicle), or `not_found`."""
    if args.get("vehicle_id"):
        row = ctx.conn.execute("SELECT * FROM vehicles WHERE id = ?", (args["vehicle_id"],)).fetchone()
        return row or ToolResult.failure("not_found", f"No vehicle with id {args['vehicle_id']}.")
    plate = plates.spoken_to_plate(args["plate"]) or plates.normalise(args["plate"])
    row = ctx.conn.execute("SELECT * FROM vehicles WHERE plate = ?", (plate,)).fetchone()
    if row is not None:
        return row
    found = find_vehicle(ctx, {"plate": args["plate"], "limit": 3})
    if not found.ok:
        return ToolResult.failure(
            "not_found",
            f"No vehicle with plate {plate or args['plate'][:40]}.",
            hint="Ask for the plate again.",
        )
    matches = found.data["matches"]
    return ToolResult.failure(
        "ambiguous",
        f"No vehicle with plate {plate} exactly; similar plates: {', '.join(m['plate'] for m in matches)}.",
        hint="Ask the person which one they mean, then call again with that plate or its vehicle_id.",
        candidates=[
            {k: m[k] for k in ("vehicle_id", "plate", "make", "model", "confidence")} for m in matches
        ],
    )


def _day_bounds(args: dict[str, Any], start_key: str, end_key: str) -> tuple[str | None, str | None]:
    low = parse_day(args[start_key]).isoformat() if args.get(start_key) else None
    high = (parse_day(args[end_key]) + timedelta(days=1)).isoformat() if args.get(end_key) else None
    return low, high


def vehicle_history(ctx: Ctx, args: dict[str, Any]) -> ToolResult:
    vehicle = _vehicle(ctx, args)
    if isinstance(vehicle, ToolResult):
        return vehicle
    try:
        since, until = _day_bounds(args, "since", "until")
    except ValueError as exc:
        return ToolResult.failure("invalid_arguments", f"Invalid date: {exc}.")
    rows = ctx.conn.execute(
        APPOINTMENT_SELECT
        + " WHERE a.vehicle_id = ?1 AND a.start < ?2 AND a.status IN ('done', 'approved', 'pending')"
        " AND (?3 IS NULL OR a.category = ?3) AND (?4 IS NULL OR a.start >= ?4)"
        " AND (?5 IS NULL OR a.start < ?5) ORDER BY a.start DESC LIMIT ?6",
        (vehicle["id"], fmt(ctx.now), args.get("category"), since, until, int(args.get("limit", 20))),
    ).fetchall()
    services = [
        {
            "appointment_id": r["id"],
            "date": r["start"][:10],
            "service_id": r["service_id"],
            "service": r["service"],
            "category": r["category"],
            "status": r["status"],
            "notes": r["notes"],
            "mileage_km": r["mileage_km"],
        }
        for r in rows
    ]
    head = {
        "vehicle_id": vehicle["id"],
        "plate": vehicle["plate"],
        "make": vehicle["make"],
        "model": vehicle["model"],
    }
    return ToolResult.success(
        {"vehicle": head, "services": services},
        {
            "kind": "history",
            "title": card_title("history", ctx.language, plate=vehicle["plate"], count=len(services)),
            "services": services,
        },
    )


def search_appointments(ctx: Ctx, args: dict[str, Any]) -> ToolResult:
    try:
        low, high = _day_bounds(args, "date_from", "date_to")
    except ValueError as exc:
        return ToolResult.failure("invalid_arguments", f"Invalid date: {exc}.")
    where, params = [], []
    vehicle_id = args.get("vehicle_id")
    if args.get("plate"):
        vehicle = _vehicle(ctx, {"plate": args["plate"]})
        if isinstance(vehicle, ToolResult):
            return vehicle
        vehicle_id = vehicle["id"]
    narrowed = bool(vehicle_id or args.get("customer_id"))
    if low is None and high is None and not narrowed:
        low = ctx.now.date().isoformat()  # default: from today on
    for column, value in (
        ("a.vehicle_id", vehicle_id),
        ("a.customer_id", args.get("customer_id")),
        ("a.status", args.get("status")),
        ("a.service_id", args.get("service_id")),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if low:
        where.append("a.start >= ?")
        params.append(low)
    if high:
        where.append("a.start < ?")
        params.append(high)
    clause = " WHERE " + " AND ".join(where) if where else ""
    limit = int(args.get("limit", 20))
    total = ctx.conn.execute("SELECT COUNT(*) FROM appointments a" + clause, params).fetchone()[0]
    rows = ctx.conn.execute(
        APPOINTMENT_SELECT + clause + " ORDER BY a.start LIMIT ?", (*params, limit)
    ).fetchall()
    appointments = [appointment_dict(r) for r in rows]
    return ToolResult.success(
        {"appointments": appointments, "total": total},
        {
            "kind": "appointments",
            "title": card_title("appointments", ctx.language, count=total),
            "appointments": appointments,
        },
    )
