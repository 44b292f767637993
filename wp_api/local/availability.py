"""Free slots: working hours minus breaks, holidays and busy appointments, with per-service capacity.

A slot for a service is a start time at which some qualified staff member (mechanic) works for the
whole duration without a break, is not on holiday, has no overlapping busy appointment, and the
service's parallel capacity (bays: how many of that service may run at once) is not used up.
The data for one day is read with two indexed queries; the day is then laid out in Python over a few
dozen intervals (never per-row queries), and `first_only` stops at the first day with a free slot.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from wp_api.local.clock import at_minutes, fmt, minutes

_LOGGER = logging.getLogger(__name__)

SLOT_STEP_MIN = 30
AFTERNOON_FROM_MIN = 13 * 60


@dataclass
class Service:
    """The fields of a service that availability needs."""

    id: int
    name: str
    category: str
    duration_min: int
    capacity: int


@dataclass
class Staff:
    """A qualified staff member with their weekly blocks (hours minus breaks)."""

    id: int
    name: str
    blocks: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


@dataclass
class SlotCheck:
    """Outcome of checking one requested start."""

    ok: bool
    staff: Staff | None = None
    reason: str = ""  # "", "outside_hours", "holiday", "slot_taken"


def load_service(conn: sqlite3.Connection, service_id: int) -> Service | None:
    row = conn.execute(
        "SELECT id, name, category, duration_min, capacity FROM services WHERE id = ? AND active = 1",
        (service_id,),
    ).fetchone()
    return Service(**dict(row)) if row else None


def qualified_staff(conn: sqlite3.Connection, service_id: int, staff_id: int | None = None) -> list[Staff]:
    """Active staff who do this service (all active staff if the service lists none)."""
    rows = conn.execute(
        "SELECT s.id, s.full_name FROM staff s JOIN staff_services ss ON ss.staff_id = s.id "
        "WHERE ss.service_id = ? AND s.active = 1 ORDER BY s.id",
        (service_id,),
    ).fetchall()
    if not rows:
        rows = conn.execute("SELECT id, full_name FROM staff WHERE active = 1 ORDER BY id").fetchall()
    staff = [Staff(r["id"], r["full_name"]) for r in rows if staff_id is None or r["id"] == staff_id]
    if not staff:
        return []
    by_id = {s.id: s for s in staff}
    marks = ",".join("?" * len(by_id))
    hours = conn.execute(
        f"SELECT staff_id, day_index, start_min, end_min FROM schedule_items "
        f"WHERE staff_id IN ({marks}) AND start_min IS NOT NULL",
        tuple(by_id),
    ).fetchall()
    breaks: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for b in conn.execute(
        f"SELECT staff_id, day_index, start_min, end_min FROM schedule_breaks WHERE staff_id IN ({marks})",
        tuple(by_id),
    ):
        breaks[(b["staff_id"], b["day_index"])].append((b["start_min"], b["end_min"]))
    for h in hours:
        blocks = _subtract([(h["start_min"], h["end_min"])], breaks.get((h["staff_id"], h["day_index"]), []))
        by_id[h["staff_id"]].blocks[h["day_index"]] = blocks
    return staff


def _subtract(blocks: list[tuple[int, int]], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    for cs, ce in sorted(cuts):
        out: list[tuple[int, int]] = []
        for bs, be in blocks:
            if ce <= bs or cs >= be:
                out.append((bs, be))
                continue
            if cs > bs:
                out.append((bs, cs))
            if ce < be:
                out.append((ce, be))
        blocks = out
    return blocks


class DayState:
    """One day's holidays and busy intervals, read with indexed queries."""

    def __init__(
        self, conn: sqlite3.Connection, day: date, *, exclude_appointment: int | None = None
    ) -> None:
        self.day = day
        iso = day.isoformat()
        self.closed_staff: set[int | None] = {
            r[0] for r in conn.execute("SELECT staff_id FROM holidays WHERE day = ?", (iso,))
        }
        self.busy_staff: dict[int, list[tuple[int, int]]] = defaultdict(list)
        self.busy_service: dict[int, list[tuple[int, int]]] = defaultdict(list)
        rows = conn.execute(
            "SELECT id, staff_id, service_id, start, end FROM appointments "
            "WHERE start >= ? AND start < ? AND status IN ('pending', 'approved')",
            (iso, (day + timedelta(days=1)).isoformat()),
        ).fetchall()
        for r in rows:
            if r["id"] == exclude_appointment:
                continue
            span = (_mins(r["start"]), _mins(r["end"]))
            self.busy_staff[r["staff_id"]].append(span)
            self.busy_service[r["service_id"]].append(span)

    def is_closed(self, staff_id: int) -> bool:
        return None in self.closed_staff or staff_id in self.closed_staff

    def staff_free(self, staff_id: int, start: int, end: int) -> bool:
        return all(e <= start or s >= end for s, e in self.busy_staff.get(staff_id, ()))

    def capacity_free(self, service: Service, start: int, end: int) -> bool:
        used = sum(1 for s, e in self.busy_service.get(service.id, ()) if s < end and e > start)
        return used < service.capacity


def _mins(text: str) -> int:
    return int(text[11:13]) * 60 + int(text[14:16])


def _in_part(start: int, part: str) -> bool:
    if part == "morning":
        return start < AFTERNOON_FROM_MIN
    if part == "afternoon":
        return start >= AFTERNOON_FROM_MIN
    return True


def day_slots(
    state: DayState,
    service: Service,
    staff: list[Staff],
    *,
    part: str = "any",
    not_before: int = -1,
    step: int = SLOT_STEP_MIN,
    limit: int | None = None,
) -> list[tuple[int, Staff]]:
    """Free (start minute, staff) pairs of one day in start order, one staff per start (at most `limit`)."""
    dow = state.day.isoweekday()
    duration = service.duration_min
    fits: dict[int, list[Staff]] = {}  # start → staff whose working block holds the whole job
    for member in staff:
        if state.is_closed(member.id):
            continue
        for bs, be in member.blocks.get(dow, ()):
            for t in range(bs, be - duration + 1, step):
                if t >= not_before and _in_part(t, part):
                    fits.setdefault(t, []).append(member)
    found: list[tuple[int, Staff]] = []
    for t in sorted(fits):
        end = t + duration
        if not state.capacity_free(service, t, end):
            continue
        for member in fits[t]:
            if state.staff_free(member.id, t, end):
                found.append((t, member))
                break
        if limit is not None and len(found) >= limit:
            break
    return found


def find_slots(
    conn: sqlite3.Connection,
    service: Service,
    staff: list[Staff],
    *,
    date_from: date,
    date_to: date,
    now: datetime,
    part: str = "any",
    first_only: bool = False,
    limit: int = 8,
    step: int = SLOT_STEP_MIN,
    exclude_appointment: int | None = None,
) -> list[dict[str, object]]:
    """Free slots between two days (inclusive), earliest first."""
    slots: list[dict[str, object]] = []
    day = max(date_from, now.date())
    while day <= date_to and len(slots) < limit:
        if any(m.blocks.get(day.isoweekday()) for m in staff):
            state = DayState(conn, day, exclude_appointment=exclude_appointment)
            not_before = minutes(now) + 1 if day == now.date() else -1
            wanted = 1 if first_only else limit - len(slots)
            for start, member in day_slots(
                state, service, staff, part=part, not_before=not_before, step=step, limit=wanted
            ):
                slots.append(slot_dict(day, start, service, member))
                if first_only or len(slots) >= limit:
                    return slots
        day += timedelta(days=1)
    return slots


def slot_dict(day: date, start: int, service: Service, member: Staff) -> dict[str, object]:
    begin = at_minutes(day, start)
    return {
        "start": fmt(begin),
        "end": fmt(begin + timedelta(minutes=service.duration_min)),
        "staff_id": member.id,
        "staff_name": member.name,
    }


def check_slot(
    conn: sqlite3.Connection,
    service: Service,
    staff: list[Staff],
    start: datetime,
    *,
    exclude_appointment: int | None = None,
    step: int | None = None,
) -> SlotCheck:
    """Whether `start` is bookable, by whom, and if not, why (outside_hours, off_grid, holiday or slot_taken).

    With `step`, a start must fall on the grid check_availability offers: a whole number of steps
    from the start of the working block that holds it (09:07 is refused, 09:00 and 09:30 are not).
    """
    state = DayState(conn, start.date(), exclude_appointment=exclude_appointment)
    dow = start.isoweekday()
    begin = minutes(start)
    end = begin + service.duration_min
    working = [m for m in staff if any(bs <= begin and end <= be for bs, be in m.blocks.get(dow, ()))]
    if not working:
        return SlotCheck(False, reason="outside_hours")
    if step:
        working = [
            m
            for m in working
            if any(bs <= begin and end <= be and (begin - bs) % step == 0 for bs, be in m.blocks.get(dow, ()))
        ]
        if not working:
            return SlotCheck(False, reason="off_grid")
    present = [m for m in working if not state.is_closed(m.id)]
    if not present:
        return SlotCheck(False, reason="holiday")
    if not state.capacity_free(service, begin, end):
        return SlotCheck(False, reason="slot_taken")
    for member in present:
        if state.staff_free(member.id, begin, end):
            return SlotCheck(True, staff=member)
    return SlotCheck(False, reason="slot_taken")
