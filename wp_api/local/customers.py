"""Customers and their vehicles: search by name/phone/email, create_customer, add_vehicle."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from wp_api import plates
from wp_api.contract import ToolResult
from wp_api.local.clock import fmt
from wp_api.local.tooling import (
    Ctx,
    Done,
    colour_of,
    customer_dict,
    email_key,
    fold,
    name_tokens,
    phone_key,
    vehicle_dict,
)

_LOGGER = logging.getLogger(__name__)
_HIGH = "\U0010ffff"


def search_customer_ids(conn: sqlite3.Connection, query: str, limit: int) -> list[int]:
    """Customer ids matching an email, a phone number or every word of a name (prefixes allowed)."""
    text = query.strip()
    if "@" in text:
        rows = conn.execute("SELECT id FROM customers WHERE email_key = ? LIMIT ?", (email_key(text), limit))
        return [r[0] for r in rows]
    digits = phone_key(text) or ""
    if len(digits) >= 6 and len(digits) >= len(text.replace(" ", "")) - 4:
        rows = conn.execute(
            "SELECT id FROM customers WHERE phone_key = ? OR phone_key = ? LIMIT ?",
            (digits, digits.lstrip("0"), limit),
        )
        return [r[0] for r in rows]
    tokens = [t for t in name_tokens(text) if len(t) >= 2][:4]
    if not tokens:
        return []
    parts, params = [], []
    for token in tokens:
        if len(token) >= 3:
            parts.append("SELECT customer_id FROM customer_name_tokens WHERE token >= ? AND token < ?")
            params += [token, token + _HIGH]
        else:
            parts.append("SELECT customer_id FROM customer_name_tokens WHERE token = ?")
            params.append(token)
    sql = " INTERSECT ".join(parts)
    rows = conn.execute(
        f"SELECT c.id FROM customers c WHERE c.id IN ({sql}) "
        "ORDER BY (c.name_key = ?) DESC, c.full_name LIMIT ?",
        (*params, " ".join(name_tokens(text)), limit),
    )
    return [r[0] for r in rows]


def find_customer(ctx: Ctx, args: dict[str, Any]) -> ToolResult:
    limit = int(args.get("limit", 5))
    ids = search_customer_ids(ctx.conn, args["query"], limit)
    if not ids:
        return ToolResult.failure(
            "not_found",
            f"No customer matches '{args['query'][:60]}'.",
            hint="Try the surname only, the phone number or the plate.",
        )
    marks = ",".join("?" * len(ids))
    rows = ctx.conn.execute(f"SELECT * FROM customers WHERE id IN ({marks})", ids).fetchall()
    vehicles: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for v in ctx.conn.execute(f"SELECT * FROM vehicles WHERE customer_id IN ({marks}) ORDER BY id", ids):
        data = vehicle_dict(v)
        vehicles[v["customer_id"]].append(
            {k: data[k] for k in ("vehicle_id", "plate", "make", "model", "colour")}
        )
    by_id = {r["id"]: r for r in rows}
    customers = []
    for cid in ids:
        row = by_id[cid]
        item = customer_dict(row)
        item["consent"] = {
            "whatsapp": bool(row["consent_whatsapp"]),
            "email": bool(row["consent_email"]),
            "sms": bool(row["consent_sms"]),
        }
        item["vehicles"] = vehicles[cid]
        customers.append(item)
    return ToolResult.success(
        {"customers": customers},
        {"kind": "customer", "title": customers[0]["full_name"], "customers": customers},
    )


def insert_customer(
    conn: sqlite3.Connection,
    *,
    full_name: str,
    phone: str | None,
    email: str | None,
    consents: tuple[bool, bool, bool],
    created_at: str,
) -> int:
    tokens = name_tokens(full_name)
    cur = conn.execute(
        "INSERT INTO customers (full_name, name_key, phone, phone_key, email, email_key, consent_whatsapp, "
        "consent_email, consent_sms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            full_name,
            " ".join(tokens),
            phone,
            phone_key(phone),
            email,
            email_key(email),
            int(consents[0]),
            int(consents[1]),
            int(consents[2]),
            created_at,
        ),
    )
    customer_id = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT OR IGNORE INTO customer_name_tokens (token, customer_id) VALUES (?, ?)",
        [(t, customer_id) for t in tokens],
    )
    return customer_id


def create_customer(ctx: Ctx, args: dict[str, Any]) -> Done:
    full_name = " ".join(args["full_name"].split())
    if len(name_tokens(full_name)) == 0:
        return Done(ToolResult.failure("invalid_arguments", "The name has no letters."))
    phone = args.get("phone") or None
    if phone and len(phone_key(phone) or "") < 6:
        return Done(ToolResult.failure("invalid_arguments", f"'{phone[:40]}' is not a phone number."))
    email = args.get("email") or None
    customer_id = insert_customer(
        ctx.conn,
        full_name=full_name,
        phone=phone,
        email=email,
        consents=(
            bool(args.get("consent_whatsapp")),
            bool(args.get("consent_email")),
            bool(args.get("consent_sms")),
        ),
        created_at=fmt(ctx.now),
    )
    data = {"customer_id": customer_id, "full_name": full_name, "phone": phone, "email": email}
    return Done(
        ToolResult.success({"customer": data}, {"kind": "customer", "title": full_name, "customers": [data]}),
        undo={"op": "delete_customer", "id": customer_id},
        summary=f"new customer {full_name}",
    )


def vehicle_row(customer_id: int, plate: str, make: str, model: str, colour: str | None, year: int | None,
                fuel: str | None, created_at: str) -> tuple[Any, ...]:  # fmt: skip
    skel = plates.skeleton(plate)
    return (customer_id, plate, skel, skel[::-1], make, model, colour, year, fuel, created_at)


VEHICLE_INSERT = (
    "INSERT INTO vehicles (customer_id, plate, plate_skel, plate_skel_rev, make, model, colour, year, fuel, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def add_vehicle(ctx: Ctx, args: dict[str, Any]) -> Done:
    owner = ctx.conn.execute(
        "SELECT id, full_name FROM customers WHERE id = ?", (args["customer_id"],)
    ).fetchone()
    if owner is None:
        return Done(ToolResult.failure("not_found", f"No customer with id {args['customer_id']}."))
    plate = plates.spoken_to_plate(args["plate"]) or plates.normalise(args["plate"])
    if not plates.looks_like_plate(plate):
        return Done(
            ToolResult.failure(
                "invalid_arguments",
                f"'{args['plate'][:40]}' is not a plate (letters and digits, e.g. AB123CD).",
            )
        )
    existing = ctx.conn.execute("SELECT id, customer_id FROM vehicles WHERE plate = ?", (plate,)).fetchone()
    if existing is not None:
        return Done(
            ToolResult.failure(
                "already_exists",
                f"Plate {plate} is already on file (vehicle {existing['id']}).",
                vehicle_id=existing["id"],
                customer_id=existing["customer_id"],
            )
        )
    make = " ".join(args["make"].split())
    model = " ".join(args["model"].split())
    colour = (colour_of(args["colour"]) or fold(args["colour"]).strip()) if args.get("colour") else None
    cur = ctx.conn.execute(
        VEHICLE_INSERT,
        vehicle_row(
            owner["id"], plate, make, model, colour, args.get("year"), args.get("fuel"), fmt(ctx.now)
        ),
    )
    ctx.cache.pop("vehicle_names", None)
    data = {
        "vehicle_id": cur.lastrowid,
        "plate": plate,
        "make": make,
        "model": model,
        "colour": colour,
        "year": args.get("year"),
        "fuel": args.get("fuel"),
        "customer_id": owner["id"],
    }
    return Done(
        ToolResult.success({"vehicle": data}, {"kind": "vehicle", "title": f"{plate} · {make} {model}"}),
        undo={"op": "delete_vehicle", "id": data["vehicle_id"]},
        summary=f"vehicle {plate} for {owner['full_name']}",
    )
