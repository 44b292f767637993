"""The speech bench's workshop: the demo generator's 10,000+ vehicles plus the vehicles, owners and
appointments the spoken set talks about, and look-alike plates one letter or one digit away from each.

Deterministic (fixed seed, fixed day): the same file every time, so the bench compares like with like.
The fixtures are in data/speech_workshop.json; days there are offsets from its
"today". Generated future bookings that would block a slot the set books or moves into are removed,
so a right request finds the slot free.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import random
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from wp_api import plates
from wp_api.local.demo import build_demo
from wp_api.local.tooling import name_tokens, phone_key

_LOGGER = logging.getLogger(__name__)

FIXTURES = Path(__file__).resolve().parent / "data" / "speech_workshop.json"
CUSTOMERS = 8_400
"""Generated customers: one vehicle each and a second for a fifth of them, so 10,080 vehicles."""
SEED = 11
_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"
_CLEAR_BEFORE_MIN = 120
_CLEAR_AFTER_MIN = 180


def load_fixtures() -> dict[str, Any]:
    return json.loads(FIXTURES.read_text(encoding="utf-8"))


def today() -> date:
    return date.fromisoformat(load_fixtures()["today"])


def now() -> datetime:
    """The bench's wall clock: the fixtures' day and hour (naive, workshop time)."""
    fixtures = load_fixtures()
    hour, minute = (int(x) for x in fixtures["now"].split(":"))
    return datetime.combine(date.fromisoformat(fixtures["today"]), datetime.min.time()).replace(
        hour=hour, minute=minute
    )


def look_alikes(plate: str) -> list[str]:
    """Two plates one symbol away: the last letter moved one step in the plate alphabet, the middle
    digit moved by one (GH907MN → GH907MP, GH917MN)."""
    last = _LETTERS[(_LETTERS.index(plate[6]) + 1) % len(_LETTERS)]
    middle = str((int(plate[3]) + 1) % 10)
    return [plate[:6] + last, plate[:3] + middle + plate[4:]]


def fingerprint(rows: list[dict[str, Any]], customers: int) -> str:
    """What the built file depends on (fixtures, the set's write targets, size, this builder)."""
    digest = hashlib.sha256()
    digest.update(FIXTURES.read_bytes())
    digest.update(_builder())
    digest.update(json.dumps(_write_targets(rows), sort_keys=True).encode())
    digest.update(f"{customers}:{SEED}".encode())
    return digest.hexdigest()[:16]


def _builder() -> bytes:
    """This module as the cache key sees it: its source, or in the installed bundle (which carries no
    sources) its compiled code."""
    source = Path(__file__)
    if source.exists():
        return source.read_bytes()
    get_code = getattr(globals().get("__loader__"), "get_code", None)
    code = get_code(__name__) if callable(get_code) else None
    return marshal.dumps(code) if code is not None else b""


def _write_targets(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(date, time) of every booking or move the set asks for."""
    targets = set()
    for row in rows:
        slots = row.get("slots") or {}
        if row.get("intent") in ("book", "move") and slots.get("date") and slots.get("time"):
            targets.add((slots["date"], slots["time"]))
    return sorted(targets)


def build(path: Path, rows: list[dict[str, Any]], *, customers: int = CUSTOMERS) -> dict[str, Any]:
    """Build the workshop at `path` (replacing it); returns counts."""
    fixtures = load_fixtures()
    day = date.fromisoformat(fixtures["today"])
    stats = build_demo(path, customers=customers, seed=SEED, today=day)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("BEGIN")
        added = _add_fixtures(conn, fixtures, day, _write_targets(rows))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    stats.update(added)
    return stats


def _add_fixtures(
    conn: sqlite3.Connection, fixtures: dict[str, Any], day: date, targets: list[tuple[str, str]]
) -> dict[str, int]:
    rng = random.Random(SEED)
    created = f"{(day - timedelta(days=900)).isoformat()}T09:00"
    services = {
        name: (sid, category, minutes)
        for sid, name, category, minutes in conn.execute(
            "SELECT id, name, category, duration_min FROM services"
        )
    }
    skills: dict[int, list[int]] = {}
    for staff_id, service_id in conn.execute(
        "SELECT staff_id, service_id FROM staff_services ORDER BY staff_id"
    ):
        skills.setdefault(service_id, []).append(staff_id)
    generated_max = conn.execute("SELECT MAX(id) FROM appointments").fetchone()[0] or 0
    wanted = {v["plate"] for v in fixtures["vehicles"]}
    alike = {a for p in wanted for a in look_alikes(p)} - wanted
    # the generator's random plates must not collide with the set's plates or their look-alikes
    for vid, plate in conn.execute("SELECT id, plate FROM vehicles").fetchall():
        if plate in wanted or plate in alike:
            conn.execute("DELETE FROM appointments WHERE vehicle_id = ?", (vid,))
            conn.execute("DELETE FROM vehicles WHERE id = ?", (vid,))
    vehicle_ids: dict[str, tuple[int, int]] = {}
    n_generated = conn.execute("SELECT MAX(id) FROM customers").fetchone()[0]
    made: set[str] = set()
    # vehicles added for a later set carry a "batch": each batch's owners, vehicles and look-alikes go in after
    # the earlier batches', so adding one leaves the earlier vehicles, look-alikes and ids as they were
    batches: dict[str, list[dict[str, Any]]] = {}
    for v in fixtures["vehicles"]:
        batches.setdefault(v.get("batch", ""), []).append(v)
    so_far: list[dict[str, Any]] = []
    for batch in batches.values():
        for v in batch:
            index = len(vehicle_ids)
            cur = conn.execute(
                "INSERT INTO customers (full_name, name_key, phone, phone_key, email, email_key, consent_whatsapp, "
                "consent_email, consent_sms, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1, 1, ?)",
                (v["owner"], " ".join(name_tokens(v["owner"])), v["phone"], phone_key(v["phone"]),
                 f"cliente{index + 1}@example.it", f"cliente{index + 1}@example.it", created),
            )  # fmt: skip
            customer_id = int(cur.lastrowid or 0)
            conn.executemany(
                "INSERT OR IGNORE INTO customer_name_tokens (token, customer_id) VALUES (?, ?)",
                [(t, customer_id) for t in name_tokens(v["owner"])],
            )
            vehicle_ids[v["plate"]] = (_insert_vehicle(conn, customer_id, v, created), customer_id)
        so_far += batch
        # look-alikes: other customers' cars, make and model drawn from the set's own (a description may not
        # tell them apart)
        makes = [(v["make"], v["model"]) for v in so_far]
        batch_alike = {a for v in batch for a in look_alikes(v["plate"])} - wanted - made
        made |= batch_alike
        for plate in sorted(batch_alike):
            make, model = rng.choice(makes)
            owner = rng.randrange(1, n_generated)
            colour = rng.choice(["grigio", "bianco", "nero", "blu", "rosso"])
            _insert_vehicle(conn, owner, {"plate": plate, "make": make, "model": model, "colour": colour,
                                                  "year": 2015}, created)  # fmt: skip
    # free the slots the set books or moves into
    cleared = 0
    for target_day, hhmm in targets:
        h, m = (int(x) for x in hhmm.split(":"))
        at = datetime.fromisoformat(f"{target_day}T00:00") + timedelta(hours=h, minutes=m)
        lo = (at - timedelta(minutes=_CLEAR_BEFORE_MIN)).strftime("%Y-%m-%dT%H:%M")
        hi = (at + timedelta(minutes=_CLEAR_AFTER_MIN)).strftime("%Y-%m-%dT%H:%M")
        cleared += conn.execute(
            "DELETE FROM appointments WHERE id <= ? AND status = 'approved' AND start < ? AND end > ?",
            (generated_max, hi, lo),
        ).rowcount
    appointments = 0
    for a in fixtures["appointments"]:
        sid, category, minutes = services[a["service"]]
        start = datetime.combine(day + timedelta(days=a["day"]), datetime.min.time()) + timedelta(
            hours=int(a["time"][:2]), minutes=int(a["time"][3:])
        )
        end = start + timedelta(minutes=minutes)
        staff = skills[sid][appointments % len(skills[sid])]
        vehicle_id, customer_id = vehicle_ids[a["plate"]]
        stamp = start.strftime("%Y-%m-%dT%H:%M") if a["status"] == "done" else created
        conn.execute(
            "INSERT INTO appointments (service_id, category, staff_id, customer_id, vehicle_id, start, end, status, "
            "notes, mileage_km, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)",
            (sid, category, staff, customer_id, vehicle_id, start.strftime("%Y-%m-%dT%H:%M"),
             end.strftime("%Y-%m-%dT%H:%M"), a["status"], a.get("mileage_km"), stamp, stamp),
        )  # fmt: skip
        appointments += 1
    vehicles = conn.execute("SELECT COUNT(*) FROM vehicles").fetchone()[0]
    return {"vehicles": vehicles, "set_vehicles": len(vehicle_ids), "look_alikes": len(alike),
            "set_appointments": appointments, "cleared_for_writes": cleared}  # fmt: skip


def _insert_vehicle(conn: sqlite3.Connection, customer_id: int, v: dict[str, Any], created: str) -> int:
    skel = plates.skeleton(v["plate"])
    cur = conn.execute(
        "INSERT INTO vehicles (customer_id, plate, plate_skel, plate_skel_rev, make, model, colour, year, fuel, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'petrol', ?)",
        (
            customer_id,
            v["plate"],
            skel,
            skel[::-1],
            v["make"],
            v["model"],
            v["colour"],
            v.get("year"),
            created,
        ),
    )
    return int(cur.lastrowid or 0)
