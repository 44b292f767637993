"""`officina bench tools`: p95 latency of the workshop tools on a generated workshop of real size.

The dataset (100k customers, 120k vehicles, 1M appointments by default) is built once and cached
under the data dir (bench/workshop-<customers>.sqlite3); bookings made by the benchmark are
removed again afterwards, so the cache stays the same workshop.
"""

from __future__ import annotations

import asyncio
import logging
import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from engine.errors import ConfigError
from engine.paths import app_paths
from wp_api.contract import CallContext, ToolResult
from wp_api.local import LocalBackend
from wp_api.local.schema import SCHEMA_VERSION

_LOGGER = logging.getLogger(__name__)

TARGETS_MS = {
    "find_vehicle_exact": 20.0,
    "find_vehicle_fuzzy": 20.0,
    "check_availability_first_free": 30.0,
    "create_appointment": 20.0,
    "preview_campaign_tyres_6_months": 300.0,
}
_CONFUSIONS = {"B": "P", "P": "B", "D": "T", "T": "D", "M": "N", "N": "M", "0": "O", "1": "I", "8": "B"}


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return round(ordered[0], 2)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[index], 2)


def dataset(customers: int) -> tuple[Path, dict[str, Any]]:
    """The cached benchmark workshop (built when missing or from an older schema)."""
    from wp_api.local.demo import build_demo

    path = app_paths().ensure().data / "bench" / f"workshop-{customers}.sqlite3"
    if path.exists():
        conn = sqlite3.connect(str(path))
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
        if version == SCHEMA_VERSION:
            return path, {"dataset_reused": True, "dataset_build_s": None}
    stats = build_demo(path, customers=customers)
    return path, {"dataset_reused": False, "dataset_build_s": stats["seconds"]}


def _sample(path: Path, rng: random.Random, count: int) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        top = conn.execute("SELECT MAX(id) FROM vehicles").fetchone()[0]
        ids = [rng.randint(1, top) for _ in range(count)]
        marks = ",".join("?" * len(ids))
        return [r[0] for r in conn.execute(f"SELECT plate FROM vehicles WHERE id IN ({marks})", ids)]
    finally:
        conn.close()


def _mishear(plate: str, rng: random.Random) -> str:
    chars = list(plate)
    spots = [i for i, c in enumerate(chars) if c in _CONFUSIONS]
    if spots and rng.random() < 0.8:
        i = rng.choice(spots)
        chars[i] = _CONFUSIONS[chars[i]]
    else:
        del chars[rng.randrange(2, 5)]  # a dropped digit
    heard = "".join(chars)
    return f"{heard[:2]} {heard[2:-2]} {heard[-2:]}"


async def _timed(samples: list[float], call: Awaitable[ToolResult]) -> ToolResult:
    started = time.perf_counter()
    result = await call
    samples.append((time.perf_counter() - started) * 1000)
    return result


async def _bench(
    path: Path, iterations: int, seed: int, vehicles: int
) -> tuple[dict[str, list[float]], dict[str, Any]]:
    rng = random.Random(seed)
    backend = LocalBackend(path, kick_outbox=False)
    ctx = CallContext(session_id=f"bench-{uuid.uuid4().hex[:8]}", actor="bench")
    samples: dict[str, list[float]] = {name: [] for name in TARGETS_MS}
    samples["find_customer"] = []
    samples["vehicle_history"] = []
    samples["list_vehicle_models"] = []
    fuzzy_found = fuzzy_total = 0
    campaign_count: int | None = None
    created: list[int] = []
    call: Callable[..., Awaitable[ToolResult]] = backend.call_tool
    try:
        plates = _sample(path, rng, iterations)
        today = backend.clock().date()
        for plate in plates:
            await _timed(samples["find_vehicle_exact"], call("find_vehicle", {"plate": plate}, context=ctx))
            heard = _mishear(plate, rng)
            fuzzy = await _timed(
                samples["find_vehicle_fuzzy"], call("find_vehicle", {"plate": heard}, context=ctx)
            )
            fuzzy_total += 1
            if fuzzy.ok and plate in [m["plate"] for m in fuzzy.data["matches"][:3]]:
                fuzzy_found += 1
            hist = {"plate": plate, "limit": 20}
            await _timed(samples["vehicle_history"], call("vehicle_history", hist, context=ctx))
        for name in rng.choices(
            ["Rossi", "Bianchi Maria", "Esposito", "Ricci Luca", "De Luca"], k=iterations // 2
        ):
            await _timed(samples["find_customer"], call("find_customer", {"query": name}, context=ctx))
        for _ in range(max(1, iterations // 10)):  # read once per fast path and every 10 minutes
            models = {"limit": 2000}
            await _timed(samples["list_vehicle_models"], call("list_vehicle_models", models, context=ctx))
        for _ in range(iterations):
            args = {
                "service_id": rng.randint(1, 13),
                "date_from": (today + timedelta(days=rng.randint(0, 5))).isoformat(),
                "first_only": True,
                "part_of_day": rng.choice(["any", "any", "morning", "afternoon"]),
            }
            slots = await _timed(
                samples["check_availability_first_free"], call("check_availability", args, context=ctx)
            )
            if not (slots.ok and slots.data["slots"]):
                continue
            slot = slots.data["slots"][0]
            booking = {
                "service_id": args["service_id"],
                "vehicle_id": rng.randint(1, vehicles),
                "start": slot["start"],
                "idempotency_key": f"bench-{uuid.uuid4().hex}",
            }
            booked = await _timed(
                samples["create_appointment"], call("create_appointment", booking, context=ctx)
            )
            if booked.ok:
                created.append(booked.data["appointment"]["appointment_id"])
        campaign = {"category": "tyres", "months_since": 6, "channel": "whatsapp"}
        for _ in range(max(3, iterations // 20)):
            preview = await _timed(
                samples["preview_campaign_tyres_6_months"], call("preview_campaign", campaign, context=ctx)
            )
            campaign_count = preview.data["campaign"]["count"] if preview.ok else None
    finally:
        await backend.aclose()
        _cleanup(path, created)
    quality = {
        "fuzzy_found": fuzzy_found,
        "fuzzy_total": fuzzy_total,
        "booked": len(created),
        "campaign_count": campaign_count,
    }
    return samples, quality


def _cleanup(path: Path, appointment_ids: list[int]) -> None:
    conn = sqlite3.connect(str(path))
    try:
        with conn:
            conn.executemany("DELETE FROM appointments WHERE id = ?", [(i,) for i in appointment_ids])
            conn.execute("DELETE FROM campaign_recipients")
            conn.execute("DELETE FROM campaigns")
            conn.execute("DELETE FROM idempotency WHERE key LIKE 'create_appointment:bench-%'")
            conn.execute("DELETE FROM audit_log WHERE actor = 'bench'")
    finally:
        conn.close()


def run(
    customers: int = 100_000, backend: str = "local", *, iterations: int = 200, seed: int = 11
) -> dict[str, Any]:
    """Build (or reuse) the benchmark workshop and measure the tools; one JSON-able dict."""
    if backend != "local":
        raise ConfigError(f"The tools benchmark runs on the local backend only (got {backend!r}).")
    if customers < 100:
        raise ConfigError("The tools benchmark needs at least 100 customers.")
    path, info = dataset(customers)
    conn = sqlite3.connect(str(path))
    try:
        counts = {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("customers", "vehicles", "appointments")
        }
    finally:
        conn.close()
    samples, quality = asyncio.run(_bench(path, iterations, seed, counts["vehicles"]))
    p95 = {name: _p(values, 0.95) for name, values in samples.items() if values}
    return {
        "benchmark": "tools",
        "backend": backend,
        **counts,
        **info,
        "iterations": iterations,
        "p95_ms": p95,
        "p50_ms": {name: round(statistics.median(v), 2) for name, v in samples.items() if v},
        "targets_ms": TARGETS_MS,
        "within_target": {name: p95.get(name, float("inf")) <= limit for name, limit in TARGETS_MS.items()},
        "quality": quality,
    }
