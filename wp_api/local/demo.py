"""A realistic Italian demo workshop, from 300 customers (first run) to 100k (benchmark) in one pass.

Rows are generated as plain tuples with vectorised random choices, inserted with executemany into
tables without secondary indices (journal off), and the indices are built once at the end: 100k
customers / 120k vehicles / 1M appointments take well under three minutes on two cores.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from wp_api import plates
from wp_api.local.clock import system_now
from wp_api.local.schema import create_indexes, migrate
from wp_api.local.tooling import email_key, name_tokens, phone_key

_LOGGER = logging.getLogger(__name__)

FIRST_NAMES = (
    "Marco", "Giuseppe", "Giovanni", "Antonio", "Luca", "Francesco", "Alessandro", "Andrea", "Matteo", "Stefano",
    "Paolo", "Roberto", "Davide", "Simone", "Federico", "Lorenzo", "Riccardo", "Fabio", "Claudio", "Massimo",
    "Maria", "Giulia", "Francesca", "Anna", "Sara", "Laura", "Chiara", "Valentina", "Elena", "Alessandra",
    "Martina", "Silvia", "Paola", "Federica", "Roberta", "Elisa", "Giorgia", "Sofia", "Beatrice", "Ilaria",
    "Niccolò", "Nicola", "Pietro", "Salvatore", "Vincenzo", "Carla", "Rita", "Teresa", "Emanuele", "Gabriele",
)  # fmt: skip
LAST_NAMES = (
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
    "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
    "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
    "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti",
    "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini", "Grasso", "Valentini",
    "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna", "Farina", "Rizzi", "Monti",
)  # fmt: skip
VEHICLE_MODELS = (  # make, model, weight
    ("Fiat", "Panda", 14), ("Fiat", "500", 8), ("Fiat", "Punto", 7), ("Fiat", "Tipo", 4), ("Lancia", "Ypsilon", 6),
    ("Volkswagen", "Golf", 5), ("Volkswagen", "Polo", 4), ("Renault", "Clio", 5), ("Renault", "Captur", 3),
    ("Peugeot", "208", 4), ("Peugeot", "3008", 2), ("Toyota", "Yaris", 5), ("Toyota", "Aygo", 2),
    ("Ford", "Fiesta", 4), ("Ford", "Focus", 3), ("Opel", "Corsa", 4), ("Citroen", "C3", 4),
    ("Dacia", "Sandero", 4), ("Dacia", "Duster", 3), ("Jeep", "Renegade", 3), ("Jeep", "Compass", 2),
    ("Alfa Romeo", "Giulietta", 2), ("Alfa Romeo", "Stelvio", 1), ("Hyundai", "i10", 3), ("Kia", "Picanto", 2),
    ("Nissan", "Micra", 2), ("Nissan", "Qashqai", 3), ("BMW", "Serie 1", 2), ("Audi", "A3", 2),
    ("Mercedes", "Classe A", 2), ("Skoda", "Octavia", 2), ("Suzuki", "Swift", 2),
)  # fmt: skip
COLOURS = (("grigio", 22), ("bianco", 22), ("nero", 16), ("argento", 10), ("blu", 9), ("rosso", 9),
           ("azzurro", 4), ("verde", 3), ("giallo", 1), ("marrone", 2), ("beige", 2))  # fmt: skip
FUELS = (("petrol", 40), ("diesel", 35), ("lpg", 8), ("methane", 4), ("hybrid", 10), ("electric", 3))
SERVICES = (  # name, category, minutes, price, capacity (bays), weight in history
    ("Tagliando", "maintenance", 60, 180.0, 3, 24),
    ("Cambio olio e filtri", "maintenance", 30, 90.0, 3, 10),
    ("Cambio gomme", "tyres", 30, 60.0, 2, 18),
    ("Equilibratura e convergenza", "tyres", 30, 50.0, 1, 5),
    ("Revisione", "inspection", 60, 79.0, 1, 12),
    ("Diagnosi elettronica", "electrical", 30, 50.0, 2, 7),
    ("Sostituzione batteria", "electrical", 30, 120.0, 2, 3),
    ("Pastiglie freni", "brakes", 90, 150.0, 2, 6),
    ("Dischi e pastiglie freni", "brakes", 120, 320.0, 1, 3),
    ("Ricarica climatizzatore", "aircon", 60, 90.0, 1, 5),
    ("Carrozzeria", "bodywork", 240, 400.0, 1, 3),
    ("Distribuzione", "engine", 240, 650.0, 1, 2),
    ("Frizione", "engine", 240, 700.0, 1, 2),
)
_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"
_FIXED_HOLIDAYS = ((1, 1), (1, 6), (4, 25), (5, 1), (6, 2), (8, 15), (11, 1), (12, 8), (12, 25), (12, 26))
_MON_FRI = ((8 * 60 + 30, 18 * 60 + 30), (12 * 60 + 30, 14 * 60))  # hours, lunch break
_SATURDAY = (8 * 60 + 30, 12 * 60 + 30)
_HHMM = [f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60)]


def _easter(year: int) -> date:
    """Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def workshop_closed_days(first: date, last: date) -> set[date]:
    """Italian public holidays, Easter Monday and the mid-August closure between two days."""
    closed: set[date] = set()
    for year in range(first.year, last.year + 1):
        closed.update(date(year, m, d) for m, d in _FIXED_HOLIDAYS)
        closed.add(_easter(year) + timedelta(days=1))
        closed.update(date(year, 8, d) for d in range(10, 22))
    return {d for d in closed if first <= d <= last}


def _plates(rng: random.Random, count: int) -> list[str]:
    seen: set[str] = set()
    letters = _PLATE_LETTERS
    while len(seen) < count:
        need = count - len(seen)
        picks = rng.choices(letters, k=need * 4)
        numbers = rng.choices(range(1000), k=need)
        for j in range(need):
            seen.add(f"{picks[4 * j]}{picks[4 * j + 1]}{numbers[j]:03d}{picks[4 * j + 2]}{picks[4 * j + 3]}")
    out = sorted(seen)
    rng.shuffle(out)
    return out


def build_demo(
    path: Path, *, customers: int = 300, seed: int = 7, today: date | None = None
) -> dict[str, Any]:
    """Build the demo workshop at `path` (replacing any file there); returns what was made and how long it took."""
    started = time.perf_counter()
    today = today or system_now().date()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    conn = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -200000")
        migrate(conn, with_indexes=False)
        stats = _fill(conn, random.Random(seed), customers, today)
        create_indexes(conn)
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    os.replace(tmp, path)
    for leftover in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.replace(leftover, Path(str(path) + leftover.name[len(tmp.name) :]))
    stats["seconds"] = round(time.perf_counter() - started, 2)
    stats["path"] = str(path)
    _LOGGER.info("Demo workshop built: %s", stats)
    return stats


def _fill(conn: sqlite3.Connection, rng: random.Random, n_customers: int, today: date) -> dict[str, Any]:
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [("workshop_name", "Officina Demo"), ("demo", "1"), ("demo_today", today.isoformat())],
    )
    # services and staff
    conn.executemany(
        "INSERT INTO services (id, name, category, duration_min, price, capacity) VALUES (?, ?, ?, ?, ?, ?)",
        [(i + 1, s[0], s[1], s[2], s[3], s[4]) for i, s in enumerate(SERVICES)],
    )
    n_staff = max(3, round(n_customers / 2500))
    staff_names = [
        f"{FIRST_NAMES[rng.randrange(20)]} {LAST_NAMES[rng.randrange(len(LAST_NAMES))]}"
        for _ in range(n_staff)
    ]
    conn.executemany(
        "INSERT INTO staff (id, full_name) VALUES (?, ?)", [(i + 1, n) for i, n in enumerate(staff_names)]
    )
    hours: list[tuple[int, int, int | None, int | None]] = []
    breaks: list[tuple[int, int, int, int]] = []
    skills: list[tuple[int, int]] = []
    for sid in range(1, n_staff + 1):
        for day_index in range(1, 8):
            if day_index <= 5:
                hours.append((sid, day_index, *_MON_FRI[0]))
                breaks.append((sid, day_index, *_MON_FRI[1]))
            elif day_index == 6:
                hours.append((sid, day_index, *_SATURDAY))
            else:
                hours.append((sid, day_index, None, None))
        for service_id, service in enumerate(SERVICES, start=1):
            # bodywork and engine jobs need a specialist: every third mechanic
            if service[1] not in ("bodywork", "engine") or sid % 3 == 1:
                skills.append((sid, service_id))
    conn.executemany("INSERT INTO schedule_items VALUES (?, ?, ?, ?)", hours)
    conn.executemany(
        "INSERT INTO schedule_breaks (staff_id, day_index, start_min, end_min) VALUES (?, ?, ?, ?)", breaks
    )
    conn.executemany("INSERT INTO staff_services (staff_id, service_id) VALUES (?, ?)", skills)

    # the calendar: history at about 1.2 visits per customer and year (10 appointments per customer
    # for a big workshop, 2 for the small first-run demo) and the next weeks
    per_customer = 10 if n_customers >= 10_000 else 2
    n_appointments = n_customers * per_customer
    history_days = max(365, int(365 * per_customer / 1.2))
    first_day = today - timedelta(days=history_days)
    last_day = today + timedelta(days=60)
    closed = workshop_closed_days(first_day, last_day)
    holidays: list[tuple[int | None, str, str]] = [(None, d.isoformat(), "Chiusura") for d in sorted(closed)]
    for sid in range(1, n_staff + 1):  # a week off for each mechanic in the coming two months
        start = today + timedelta(days=7 + rng.randrange(50))
        holidays += [(sid, (start + timedelta(days=k)).isoformat(), "Ferie") for k in range(5)]
    conn.executemany("INSERT INTO holidays (staff_id, day, name) VALUES (?, ?, ?)", holidays)

    # customers
    firsts = rng.choices(FIRST_NAMES, k=n_customers)
    lasts = rng.choices(LAST_NAMES, k=n_customers)
    flags = [rng.random() for _ in range(n_customers * 5)]
    created = (today - timedelta(days=history_days + 30)).isoformat() + "T09:00"
    customer_rows, token_rows = [], []
    for i in range(n_customers):
        cid = i + 1
        full_name = f"{firsts[i]} {lasts[i]}"
        phone = (
            f"+39 3{rng.randrange(20, 93):02d} {rng.randrange(1000000, 9999999)}"
            if flags[5 * i] < 0.93
            else None
        )
        email = None
        if flags[5 * i + 1] < 0.7:
            email = f"{name_tokens(firsts[i])[0]}.{''.join(name_tokens(lasts[i]))}{cid}@example.it"
        customer_rows.append(
            (cid, full_name, " ".join(name_tokens(full_name)), phone, phone_key(phone), email, email_key(email),
             int(flags[5 * i + 2] < 0.7), int(flags[5 * i + 3] < 0.5), int(flags[5 * i + 4] < 0.3), created)
        )  # fmt: skip
        token_rows += [(t, cid) for t in name_tokens(full_name)]
    conn.executemany(
        "INSERT INTO customers (id, full_name, name_key, phone, phone_key, email, email_key, consent_whatsapp, "
        "consent_email, consent_sms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        customer_rows,
    )
    token_rows.sort()
    conn.executemany(
        "INSERT OR IGNORE INTO customer_name_tokens (token, customer_id) VALUES (?, ?)", token_rows
    )

    # vehicles: one each, a fifth of the customers have a second one
    owners = list(range(1, n_customers + 1)) + rng.sample(range(1, n_customers + 1), n_customers // 5)
    n_vehicles = len(owners)
    plate_list = _plates(rng, n_vehicles)
    models = rng.choices(VEHICLE_MODELS, weights=[m[2] for m in VEHICLE_MODELS], k=n_vehicles)
    colours = rng.choices([c[0] for c in COLOURS], weights=[c[1] for c in COLOURS], k=n_vehicles)
    fuels = rng.choices([f[0] for f in FUELS], weights=[f[1] for f in FUELS], k=n_vehicles)
    years = rng.choices(range(2004, today.year + 1), k=n_vehicles)
    vehicle_rows = []
    for i in range(n_vehicles):
        skel = plates.skeleton(plate_list[i])
        vehicle_rows.append(
            (i + 1, owners[i], plate_list[i], skel, skel[::-1], models[i][0], models[i][1], colours[i], years[i],
             fuels[i], created)
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO vehicles (id, customer_id, plate, plate_skel, plate_skel_rev, make, model, colour, year, fuel, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        vehicle_rows,
    )
    del vehicle_rows, customer_rows, token_rows

    future = _future(rng, n_staff, skills, closed, holidays, today, n_vehicles, owners)
    history = _history(
        rng, n_appointments - len(future), n_staff, first_day, today, closed, n_vehicles, owners
    )
    rows = history + future
    rows.sort(key=lambda r: r[5])
    conn.executemany(
        "INSERT INTO appointments (id, service_id, category, staff_id, customer_id, vehicle_id, start, end, status, "
        "notes, mileage_km, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)",
        [(i + 1, *r) for i, r in enumerate(rows)],
    )
    conn.execute("COMMIT")
    return {
        "customers": n_customers,
        "vehicles": n_vehicles,
        "appointments": len(rows),
        "staff": n_staff,
        "history_days": history_days,
        "today": today.isoformat(),
    }


def _history(rng: random.Random, count: int, n_staff: int, first_day: date, today: date, closed: set[date],
             n_vehicles: int, owners: list[int]) -> list[tuple[Any, ...]]:  # fmt: skip
    days = []
    d = first_day
    while d < today:
        if d.isoweekday() <= 6 and d not in closed:
            days.append((d.isoformat(), d.isoweekday() == 6, (today - d).days))
        d += timedelta(days=1)
    weekday_starts = list(range(8 * 60 + 30, 12 * 60, 30)) + list(range(14 * 60, 17 * 60 + 30, 30))
    saturday_starts = list(range(8 * 60 + 30, 11 * 60 + 30, 30))
    services = rng.choices(range(len(SERVICES)), weights=[s[5] for s in SERVICES], k=count)
    picked_days = rng.choices(days, k=count)
    vehicles = rng.choices(range(n_vehicles), k=count)
    staff = rng.choices(range(1, n_staff + 1), k=count)
    noise = [rng.random() for _ in range(count)]
    rows = []
    for i in range(count):
        day, saturday, age = picked_days[i]
        svc = SERVICES[services[i]]
        if saturday:
            start = saturday_starts[int(noise[i] * 6) % len(saturday_starts)]
            end = min(start + svc[2], 12 * 60 + 30)
        else:
            start = weekday_starts[int(noise[i] * 97) % len(weekday_starts)]
            end = min(start + svc[2], 18 * 60 + 30)
        status = "cancelled" if noise[i] < 0.04 else "done"
        v = vehicles[i]
        stamp = f"{day}T{_HHMM[start]}"
        mileage = 150000 - age * 30 + (v % 97) * 100 if status == "done" else None
        rows.append(
            (services[i] + 1, svc[1], staff[i], owners[v], v + 1, stamp, f"{day}T{_HHMM[end]}", status, mileage,
             stamp, stamp)
        )  # fmt: skip
    return rows


def _future(rng: random.Random, n_staff: int, skills: list[tuple[int, int]], closed: set[date],
            holidays: list[tuple[Any, ...]], today: date, n_vehicles: int,
            owners: list[int]) -> list[tuple[Any, ...]]:  # fmt: skip
    """Bookings for the next three weeks, consistent with hours, breaks, holidays and bay capacity."""
    can = {(st, sv) for st, sv in skills}
    off = {(h[0], h[1]) for h in holidays if h[0] is not None}
    weights = [s[5] for s in SERVICES]
    rows = []
    stamp = f"{today.isoformat()}T08:00"
    for offset in range(0, 21):
        day = today + timedelta(days=offset)
        if day.isoweekday() == 7 or day in closed:
            continue
        occupancy = max(0.15, 0.85 - offset * 0.035)
        iso = day.isoformat()
        blocks = [_SATURDAY] if day.isoweekday() == 6 else [(510, 750), (840, 1110)]
        used: dict[int, list[int]] = {}  # service index → bookings per 30-minute cell
        for sid in range(1, n_staff + 1):
            if (sid, iso) in off:
                continue
            for bs, be in blocks:
                t = bs
                while t < be:
                    if rng.random() > occupancy:
                        t += 30
                        continue
                    k = rng.choices(range(len(SERVICES)), weights=weights)[0]
                    svc = SERVICES[k]
                    cells = range(t // 30, (t + svc[2] + 29) // 30)
                    counts = used.setdefault(k, [0] * 48)
                    if t + svc[2] > be or (sid, k + 1) not in can or any(counts[c] >= svc[4] for c in cells):
                        t += 30
                        continue
                    for c in cells:
                        counts[c] += 1
                    v = rng.randrange(n_vehicles)
                    rows.append(
                        (k + 1, svc[1], sid, owners[v], v + 1, f"{iso}T{_HHMM[t]}", f"{iso}T{_HHMM[t + svc[2]]}",
                         "approved", None, stamp, stamp)
                    )  # fmt: skip
                    t += svc[2]
    return rows
