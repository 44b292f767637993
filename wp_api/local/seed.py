"""Load a workshop described as plain data (the contract tests' seed, small fixtures) into the database."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from wp_api import plates
from wp_api.local.customers import VEHICLE_INSERT, insert_customer, vehicle_row
from wp_api.local.db import Database, write_transaction

_LOGGER = logging.getLogger(__name__)


def _hm(text: str) -> int:
    hours, mins = text.split(":")
    return int(hours) * 60 + int(mins)


def load_seed(path: Path, seed: Mapping[str, Any]) -> None:
    """Write `seed` (services, staff with hours/breaks, holidays, customers, vehicles, appointments,
    messages) into the database at `path`, creating it if needed. Ids are taken from the seed."""
    db = Database(path)
    try:
        db.run_sync(_load, seed)
    finally:
        db.close()


def _load(conn: Any, seed: Mapping[str, Any]) -> None:
    with write_transaction(conn):
        for key, value in seed.get("settings", {}).items():
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, str(value)))
        for s in seed["services"]:
            conn.execute(
                "INSERT INTO services (id, name, category, duration_min, price, capacity) VALUES (?, ?, ?, ?, ?, ?)",
                (s["id"], s["name"], s["category"], s["duration_min"], s.get("price"), s.get("capacity", 1)),
            )
        for member in seed["staff"]:
            conn.execute(
                "INSERT INTO staff (id, full_name) VALUES (?, ?)", (member["id"], member["full_name"])
            )
            for day_index in range(1, 8):
                hours = member["hours"].get(day_index)
                start_min, end_min = (_hm(hours[0]), _hm(hours[1])) if hours else (None, None)
                conn.execute(
                    "INSERT INTO schedule_items (staff_id, day_index, start_min, end_min) VALUES (?, ?, ?, ?)",
                    (member["id"], day_index, start_min, end_min),
                )
                for b_start, b_end in member.get("breaks", {}).get(day_index, []):
                    conn.execute(
                        "INSERT INTO schedule_breaks (staff_id, day_index, start_min, end_min) VALUES (?, ?, ?, ?)",
                        (member["id"], day_index, _hm(b_start), _hm(b_end)),
                    )
            conn.executemany(
                "INSERT INTO staff_services (staff_id, service_id) VALUES (?, ?)",
                [(member["id"], sid) for sid in member["services"]],
            )
        for h in seed.get("holidays", []):
            conn.execute(
                "INSERT INTO holidays (staff_id, day, name) VALUES (?, ?, ?)",
                (h.get("staff_id"), h["day"], h["name"]),
            )
        for c in seed["customers"]:
            new_id = insert_customer(
                conn,
                full_name=c["full_name"],
                phone=c.get("phone"),
                email=c.get("email"),
                consents=(
                    c.get("consent_whatsapp", False),
                    c.get("consent_email", False),
                    c.get("consent_sms", False),
                ),
                created_at=c.get("created_at", "2020-01-01T09:00"),
            )
            if new_id != c["id"]:
                conn.execute("UPDATE customers SET id = ? WHERE id = ?", (c["id"], new_id))
                conn.execute(
                    "UPDATE customer_name_tokens SET customer_id = ? WHERE customer_id = ?", (c["id"], new_id)
                )
        for v in seed["vehicles"]:
            row = vehicle_row(
                v["customer_id"], plates.normalise(v["plate"]), v["make"], v["model"], v.get("colour"),
                v.get("year"), v.get("fuel"), "2020-01-01T09:00",
            )  # fmt: skip
            cur = conn.execute(VEHICLE_INSERT, row)
            if cur.lastrowid != v["id"]:
                conn.execute("UPDATE vehicles SET id = ? WHERE id = ?", (v["id"], cur.lastrowid))
        categories = {s["id"]: s["category"] for s in seed["services"]}
        durations = {s["id"]: s["duration_min"] for s in seed["services"]}
        for a in seed.get("appointments", []):
            start = datetime.fromisoformat(a["start"])
            end = start + timedelta(minutes=durations[a["service_id"]])
            conn.execute(
                "INSERT INTO appointments (id, service_id, category, staff_id, customer_id, vehicle_id, start, end, "
                "status, notes, mileage_km, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (a["id"], a["service_id"], categories[a["service_id"]], a["staff_id"], a["customer_id"],
                 a.get("vehicle_id"), a["start"], end.strftime("%Y-%m-%dT%H:%M"), a.get("status", "approved"),
                 a.get("notes", ""), a.get("mileage_km"), a["start"], a["start"]),
            )  # fmt: skip
