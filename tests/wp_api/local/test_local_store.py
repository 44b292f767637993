"""The local store: migrations, cross-process booking races, audit, summaries, demo data, CLI."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from app.cli import main
from wp_api.contract import CallContext
from wp_api.errors import BackendUnavailable
from wp_api.local import LocalBackend
from wp_api.local.demo import build_demo
from wp_api.local.schema import SCHEMA_VERSION

CTX = CallContext(session_id="store-tests", actor="tester@PC-1")
ROOT = Path(__file__).resolve().parents[3]


async def test_new_database_is_migrated_wal_with_foreign_keys(tmp_path):
    backend = LocalBackend(tmp_path / "new.sqlite3")
    try:
        conn = backend.db.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        health = await backend.health()
        assert health.backend == "local" and not health.ok  # no services yet
    finally:
        await backend.aclose()
    conn = sqlite3.connect(str(tmp_path / "new.sqlite3"))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(BackendUnavailable, match="newer version"):
        LocalBackend(tmp_path / "new.sqlite3")
    (tmp_path / "garbage.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(BackendUnavailable, match="cannot be opened"):
        LocalBackend(tmp_path / "garbage.sqlite3")


_RACER = r"""
import asyncio, json, sys
from datetime import datetime
from pathlib import Path
from wp_api.contract import CallContext
from wp_api.local import LocalBackend

async def main():
    backend = LocalBackend(Path(sys.argv[1]), now=lambda: datetime(2026, 3, 2, 8, 0), kick_outbox=False)
    args = {"service_id": 3, "vehicle_id": int(sys.argv[2]), "start": "2026-03-07T11:30",
            "idempotency_key": f"race-process-{sys.argv[2]}"}
    result = await backend.call_tool("create_appointment", args, context=CallContext(session_id=sys.argv[2]))
    await backend.aclose()
    print(json.dumps({"ok": result.ok, "code": result.error.code if result.error else None}))

asyncio.run(main())
"""


def test_last_slot_race_between_processes(seeded_db):
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER, str(seeded_db), str(v)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for v in (2, 3, 4, 5)
    ]
    outcomes = []
    for racer in racers:
        out, err = racer.communicate(timeout=60)
        assert racer.returncode == 0, err
        outcomes.append(json.loads(out))
    assert sum(o["ok"] for o in outcomes) == 1
    assert {o["code"] for o in outcomes if not o["ok"]} == {"slot_taken"}
    conn = sqlite3.connect(str(seeded_db))
    booked = conn.execute("SELECT COUNT(*) FROM appointments WHERE start = '2026-03-07T11:30'").fetchone()[0]
    conn.close()
    assert booked == 1


async def test_every_write_is_audited(local):
    ok = await local.call_tool(
        "create_customer", {"full_name": "Ida Neri", "phone": "+39 347 1112223", "consent_email": True},
        context=CTX,
    )  # fmt: skip
    refused = await local.call_tool(
        "create_appointment",
        {"service_id": 1, "vehicle_id": 1, "start": "2026-03-05T10:00", "idempotency_key": "audit-holiday"},
        context=CTX,
    )
    await local.call_tool("find_vehicle", {"plate": "AB123CD"}, context=CTX)  # reads are not audited
    assert ok.ok and not refused.ok
    rows = (
        local.db.connection()
        .execute("SELECT actor, session_id, tool, arguments, ok, result FROM audit_log")
        .fetchall()
    )
    assert [(r["tool"], r["ok"]) for r in rows] == [("create_customer", 1), ("create_appointment", 0)]
    assert {r["actor"] for r in rows} == {"tester@PC-1"}
    assert json.loads(rows[0]["arguments"])["full_name"] == "Ida Neri"
    assert json.loads(rows[1]["result"])["error"]["code"] == "outside_hours"


async def test_summaries_follow_every_change(local):
    await local.call_tool("create_appointment", {"service_id": 2, "vehicle_id": 2, "start": "2026-03-04T15:00",
                                                 "idempotency_key": "summary-001"}, context=CTX)  # fmt: skip
    first = await local.call_tool("cancel_appointment", {"appointment_id": 103}, context=CallContext("x"))
    assert first.confirmation is not None
    token = CallContext("x", confirmation=first.confirmation.token)
    assert (await local.call_tool("cancel_appointment", {"appointment_id": 103}, context=token)).ok
    await local.call_tool("undo_last", {}, context=CallContext("x"))
    await local.call_tool("reschedule_appointment", {"appointment_id": 101, "new_start": "2026-03-06T10:00"},
                          context=CTX)  # fmt: skip
    conn = local.db.connection()
    conn.execute("UPDATE customers SET consent_whatsapp = 0, phone = NULL WHERE id = 6")
    fresh = conn.execute(
        """
        SELECT l.category, l.customer_id, l.last_start, v.last_visit, c.consent_whatsapp,
               coalesce(c.phone, '') != '' FROM
          (SELECT category, customer_id, MAX(start) AS last_start FROM appointments WHERE status = 'done'
           GROUP BY category, customer_id) l
        JOIN customers c ON c.id = l.customer_id
        LEFT JOIN (SELECT customer_id, MAX(start) AS last_visit FROM appointments
                   WHERE status IN ('done', 'pending', 'approved') GROUP BY customer_id) v
          ON v.customer_id = l.customer_id ORDER BY 1, 2
        """
    ).fetchall()
    kept = conn.execute(
        "SELECT category, customer_id, last_start, last_visit, consent_whatsapp, has_phone "
        "FROM customer_last_service ORDER BY 1, 2"
    ).fetchall()
    assert [tuple(r) for r in kept] == [tuple(r) for r in fresh]


async def test_catalogue_vocabulary_and_health(local):
    catalogue = await local.catalogue()
    assert {s["category"] for s in catalogue} >= {"maintenance", "tyres", "inspection"}
    words = await local.vocabulary()
    assert "Cambio gomme" in words and "AP123CD" in words and "Panda" in words
    assert len(words) <= 100
    health = await local.health()
    assert health.ok and "Officina Contratto" in health.detail


async def test_demo_workshop_is_consistent(tmp_path):
    today = date(2026, 3, 2)
    stats = build_demo(tmp_path / "demo.sqlite3", customers=300, today=today)
    assert (stats["customers"], stats["vehicles"], stats["appointments"]) == (300, 360, 600)
    again = build_demo(tmp_path / "again.sqlite3", customers=300, today=today)
    conn = sqlite3.connect(str(tmp_path / "demo.sqlite3"))
    other = sqlite3.connect(str(tmp_path / "again.sqlite3"))
    assert again["appointments"] == 600
    assert (
        conn.execute("SELECT plate FROM vehicles ORDER BY id").fetchall()
        == other.execute("SELECT plate FROM vehicles ORDER BY id").fetchall()
    )
    # upcoming bookings respect bay capacity, working days and holidays
    over = conn.execute(
        """SELECT COUNT(*) FROM appointments a JOIN services s ON s.id = a.service_id
           WHERE a.status = 'approved' AND (
             SELECT COUNT(*) FROM appointments b WHERE b.service_id = a.service_id AND b.status = 'approved'
               AND b.start < a.end AND b.end > a.start) > s.capacity"""
    ).fetchone()[0]
    assert over == 0
    closed = conn.execute(
        "SELECT COUNT(*) FROM appointments a JOIN holidays h ON h.day = substr(a.start, 1, 10) "
        "AND (h.staff_id IS NULL OR h.staff_id = a.staff_id) WHERE a.status = 'approved'"
    ).fetchone()[0]
    assert closed == 0
    assert conn.execute(
        "SELECT COUNT(*) FROM vehicles WHERE model = 'Panda' AND colour = 'grigio'"
    ).fetchone()[0]
    italian = conn.execute(
        "SELECT COUNT(*) FROM vehicles WHERE plate GLOB '[A-Z][A-Z][0-9][0-9][0-9][A-Z][A-Z]'"
    )
    assert italian.fetchone()[0] == 360
    conn.close()
    other.close()
    backend = LocalBackend(tmp_path / "demo.sqlite3", now=lambda: datetime(2026, 3, 2, 8))
    try:
        slot = await backend.call_tool(
            "check_availability",
            {"service_id": 1, "date_from": "2026-03-02", "first_only": True},
            context=CTX,
        )
        assert slot.ok and slot.data["slots"]
        panda = await backend.call_tool("find_vehicle", {"description": "Panda grigia"}, context=CTX)
        assert panda.ok and all(m["model"] == "Panda" for m in panda.data["matches"])
        preview = await backend.call_tool(
            "preview_campaign", {"category": "tyres", "months_since": 6, "channel": "whatsapp"}, context=CTX
        )
        assert preview.ok and preview.data["campaign"]["count"] > 0
    finally:
        await backend.aclose()


def test_cli_tools_and_demo_data(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OFFICINA_HOME", str(tmp_path / "home"))
    assert main(["tools", "list"]) == 0
    listing = capsys.readouterr().out
    assert "find_vehicle" in listing and "confirm" in listing
    # the first call creates the demo workshop
    assert main(["tools", "call", "list_services", "--args", '{"category": "tyres"}']) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] and {s["name"] for s in result["data"]["services"]} == {
        "Cambio gomme", "Equilibratura e convergenza",
    }  # fmt: skip
    assert (tmp_path / "home" / "data" / "workshop.sqlite3").exists()
    assert main(["tools", "call", "cancel_appointment", "--args", '{"appointment_id": 1}']) == 1
    out = capsys.readouterr()
    first = json.loads(out.out)
    token = first["confirmation"]["token"]
    assert first["error"]["code"] == "confirmation_required" and f"--confirm={token}" in out.err
    assert not token.startswith("-")  # a dash-led token would be read as an option
    assert (
        main(["tools", "call", "cancel_appointment", "--args", '{"appointment_id": 2}', "--confirm", token])
        == 1
    )
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "confirmation_invalid"  # other arguments
    assert (
        main(
            ["tools", "call", "cancel_appointment", "--args", '{"appointment_id": 1}', "--confirm", "x" * 43]
        )
        == 1
    )
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "confirmation_invalid"
    # the form the hint prints carries any token, even one led by a dash
    assert main(["tools", "call", "cancel_appointment", "--args", '{"appointment_id": 1}', "--confirm=-x"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "confirmation_invalid"
    assert main(["tools", "call", "find_vehicle", "--args", "{plate"]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert main(["demo-data"]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["demo-data", "--customers", "50", "--force"]) == 0
    assert json.loads(capsys.readouterr().out)["customers"] == 50


async def test_slot_granularity_is_a_setting(seeded_db, clock):
    conn = sqlite3.connect(str(seeded_db))
    with conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('slot_step_min', '15')")
    conn.close()
    backend = LocalBackend(seeded_db, now=clock, kick_outbox=False)
    try:
        slots = await backend.call_tool(
            "check_availability", {"service_id": 2, "date_from": "2026-03-03", "limit": 3}, context=CTX
        )
        assert [s["start"][11:] for s in slots.data["slots"]] == ["09:30", "09:45", "10:00"]
    finally:
        await backend.aclose()


def test_migration_from_schema_1_rebuilds_the_campaign_summary(seeded_db):
    conn = sqlite3.connect(str(seeded_db))
    conn.executescript("DROP TABLE customer_last_service; PRAGMA user_version = 1;")
    conn.close()
    backend = LocalBackend(seeded_db)
    try:
        conn = backend.db.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = conn.execute(
            "SELECT customer_id, last_start, returned FROM customer_last_service WHERE category = 'tyres' "
            "ORDER BY customer_id"
        ).fetchall()
        assert [r[0] for r in rows] == [1, 2, 3, 4, 5, 6, 8, 10]
        assert dict((r[0], r[2]) for r in rows)[2] == 1  # Giulia came back after her tyre change
    finally:
        backend.db.close()


def test_tools_benchmark_runs_on_a_small_workshop():
    from benches.tools import TARGETS_MS, run

    result = run(customers=150, iterations=10)
    assert (result["customers"], result["vehicles"]) == (150, 180)
    assert set(TARGETS_MS) <= set(result["p95_ms"])
    assert result["dataset_reused"] is False
    again = run(customers=150, iterations=5)
    assert again["dataset_reused"] is True
    assert again["appointments"] == result["appointments"]  # the benchmark's bookings were removed
