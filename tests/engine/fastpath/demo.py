"""The generated demo workshop as the fast-path tests use it: a vehicle with nothing booked from today on, so a
booking made for it is a first one (a second appointment for a job already booked is said back first)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path


def plate_with_nothing_booked(path: Path, today: date, make: str | None = None) -> str:
    """The first plate (by plate) of a vehicle, of `make` if given, without an appointment from `today` on."""
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT v.plate FROM vehicles v WHERE (? IS NULL OR v.make = ?) AND NOT EXISTS ("
            " SELECT 1 FROM appointments a WHERE a.vehicle_id = v.id AND a.start >= ?"
            " AND a.status IN ('pending', 'approved')) ORDER BY v.plate LIMIT 1",
            (make, make, today.isoformat()),
        ).fetchone()
    assert row is not None, "the demo workshop has no vehicle with nothing booked"
    return str(row[0])
