"""The local workshop schema and its versioned migrations (PRAGMA user_version).

Concepts follow Bookly (services, staff, working hours, breaks, holidays, customers, appointments)
plus vehicles, service history (done appointments with mileage and notes), consent per channel, an
outbox, campaigns, idempotency keys and an audit log. Times are local wall-clock text in the
workshop's time zone ("YYYY-MM-DDTHH:MM"), as Bookly stores them, so they sort and compare as text.
"""

from __future__ import annotations

import logging
import sqlite3

_LOGGER = logging.getLogger(__name__)

BUSY_STATUSES = ("pending", "approved")
"""Statuses that take a slot (Bookly's busy set)."""

_V1 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'mechanic',
    active INTEGER NOT NULL DEFAULT 1
);
-- day_index 1 = Monday .. 7 = Sunday; minutes from midnight; NULL start = day off
CREATE TABLE schedule_items (
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    day_index INTEGER NOT NULL CHECK (day_index BETWEEN 1 AND 7),
    start_min INTEGER,
    end_min INTEGER,
    PRIMARY KEY (staff_id, day_index)
);
CREATE TABLE schedule_breaks (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    day_index INTEGER NOT NULL,
    start_min INTEGER NOT NULL,
    end_min INTEGER NOT NULL
);
CREATE INDEX schedule_breaks_staff ON schedule_breaks(staff_id, day_index);
-- staff_id NULL = the whole workshop is closed that day
CREATE TABLE holidays (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER REFERENCES staff(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX holidays_day ON holidays(day);
CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    duration_min INTEGER NOT NULL CHECK (duration_min > 0),
    price REAL,
    capacity INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE staff_services (
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, staff_id)
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    phone TEXT,
    phone_key TEXT,
    email TEXT,
    email_key TEXT,
    consent_whatsapp INTEGER NOT NULL DEFAULT 0,
    consent_email INTEGER NOT NULL DEFAULT 0,
    consent_sms INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE customer_name_tokens (
    token TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY (token, customer_id)
) WITHOUT ROWID;
CREATE TABLE vehicles (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    plate TEXT NOT NULL,
    plate_skel TEXT NOT NULL,
    plate_skel_rev TEXT NOT NULL,
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    colour TEXT,
    year INTEGER,
    fuel TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services(id),
    category TEXT NOT NULL,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    vehicle_id INTEGER REFERENCES vehicles(id) ON DELETE SET NULL,
    start TEXT NOT NULL,
    end TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'approved',
    notes TEXT NOT NULL DEFAULT '',
    mileage_km INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE idempotency (
    key TEXT PRIMARY KEY,
    tool TEXT NOT NULL,
    args_hash TEXT NOT NULL,
    result TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    session_id TEXT NOT NULL,
    turn_id TEXT,
    tool TEXT NOT NULL,
    arguments TEXT NOT NULL,
    ok INTEGER NOT NULL,
    result TEXT NOT NULL,
    undo TEXT,
    undone_at TEXT
);
CREATE INDEX audit_log_session ON audit_log(session_id, id);
CREATE TABLE campaigns (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    category TEXT NOT NULL,
    cutoff TEXT NOT NULL,
    criteria TEXT NOT NULL,
    draft TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    total INTEGER NOT NULL
);
CREATE TABLE campaign_recipients (
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL,
    full_name TEXT NOT NULL,
    plate TEXT,
    last_service TEXT NOT NULL,
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    appointment_id INTEGER REFERENCES appointments(id) ON DELETE SET NULL,
    campaign_id TEXT,
    to_address TEXT NOT NULL,
    customer_name TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'it',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    template TEXT,
    template_params TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    due_at TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    claim_token TEXT,
    claimed_at TEXT,
    provider TEXT,
    provider_message_id TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX messages_due ON messages(status, next_attempt_at);
CREATE INDEX messages_campaign ON messages(campaign_id, status);
CREATE INDEX messages_appointment ON messages(appointment_id);
"""

INDEXES_V1 = """
CREATE INDEX IF NOT EXISTS customers_phone ON customers(phone_key);
CREATE INDEX IF NOT EXISTS customers_email ON customers(email_key);
CREATE INDEX IF NOT EXISTS customers_name ON customers(name_key);
CREATE INDEX IF NOT EXISTS vehicles_plate ON vehicles(plate);
CREATE INDEX IF NOT EXISTS vehicles_skel ON vehicles(plate_skel);
CREATE INDEX IF NOT EXISTS vehicles_skel_rev ON vehicles(plate_skel_rev);
CREATE INDEX IF NOT EXISTS vehicles_customer ON vehicles(customer_id);
CREATE INDEX IF NOT EXISTS vehicles_model ON vehicles(model COLLATE NOCASE, colour COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS vehicles_make ON vehicles(make COLLATE NOCASE, colour COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS appointments_busy ON appointments(start, staff_id)
    WHERE status IN ('pending', 'approved');
CREATE INDEX IF NOT EXISTS appointments_start ON appointments(start);
CREATE INDEX IF NOT EXISTS appointments_vehicle ON appointments(vehicle_id, start);
CREATE INDEX IF NOT EXISTS appointments_customer ON appointments(customer_id, start, status);
CREATE INDEX IF NOT EXISTS appointments_segment ON appointments(category, status, customer_id, start);
"""
"""Secondary indices, built after a bulk load (the demo builder) or by the first migration."""


_SUMMARY_COLUMNS = (
    "category, customer_id, last_start, vehicle_id, last_visit, consent_whatsapp, consent_email, consent_sms, "
    "has_phone, has_email"
)


_RETURNED = "coalesce(substr(last_visit, 1, 10) > substr(last_start, 1, 10), 0)"
"""A later visit (done or booked) on another day than the last service of the category."""


def _refresh(ref: str) -> str:
    """Trigger statements recomputing the summary of the customer/category of row `ref` (NEW/OLD)."""
    return f"""
    DELETE FROM customer_last_service WHERE category = {ref}.category AND customer_id = {ref}.customer_id;
    INSERT INTO customer_last_service ({_SUMMARY_COLUMNS})
        SELECT a.category, a.customer_id, MAX(a.start), a.vehicle_id, NULL, c.consent_whatsapp, c.consent_email,
            c.consent_sms, coalesce(c.phone, '') != '', coalesce(c.email, '') != ''
        FROM appointments a JOIN customers c ON c.id = a.customer_id
        WHERE a.category = {ref}.category AND a.customer_id = {ref}.customer_id AND a.status = 'done'
        GROUP BY a.customer_id;
    UPDATE customer_last_service SET last_visit = (
        SELECT MAX(start) FROM appointments
        WHERE customer_id = {ref}.customer_id AND status IN ('done', 'pending', 'approved')
    ) WHERE customer_id = {ref}.customer_id;
    UPDATE customer_last_service SET returned = {_RETURNED}
    WHERE customer_id = {ref}.customer_id;"""


SUMMARY = f"""
-- Per-customer summary that keeps campaign segments a covering index range instead of a scan of the
-- appointments: per (category, customer) the last *done* service, the customer's last visit (done or
-- booked), whether that visit came on a later day ("returned"), consents and contact presence.
-- Rebuilt from the appointments by this script, then kept current by the triggers.
DROP TRIGGER IF EXISTS appointments_summary_insert;
DROP TRIGGER IF EXISTS appointments_summary_delete;
DROP TRIGGER IF EXISTS appointments_summary_update;
DROP TRIGGER IF EXISTS customers_summary_update;
DROP TRIGGER IF EXISTS customers_summary_delete;
DROP TABLE IF EXISTS customer_last_service;
-- the busy index covers what a day's availability reads (no table lookups)
DROP INDEX IF EXISTS appointments_busy;
CREATE INDEX IF NOT EXISTS appointments_busy_cover ON appointments(start, staff_id, service_id, end, status)
    WHERE status IN ('pending', 'approved');
CREATE TABLE customer_last_service (
    category TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    last_start TEXT NOT NULL,
    vehicle_id INTEGER,
    last_visit TEXT,
    consent_whatsapp INTEGER NOT NULL DEFAULT 0,
    consent_email INTEGER NOT NULL DEFAULT 0,
    consent_sms INTEGER NOT NULL DEFAULT 0,
    has_phone INTEGER NOT NULL DEFAULT 0,
    has_email INTEGER NOT NULL DEFAULT 0,
    returned INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (category, customer_id)
) WITHOUT ROWID;
WITH last AS (
    SELECT category, customer_id, MAX(start) AS last_start, vehicle_id FROM appointments
    WHERE status = 'done' GROUP BY category, customer_id
), visit AS (
    SELECT customer_id, MAX(start) AS last_visit FROM appointments
    WHERE status IN ('done', 'pending', 'approved') GROUP BY customer_id
)
INSERT INTO customer_last_service ({_SUMMARY_COLUMNS})
SELECT l.category, l.customer_id, l.last_start, l.vehicle_id, v.last_visit, c.consent_whatsapp, c.consent_email,
    c.consent_sms, coalesce(c.phone, '') != '', coalesce(c.email, '') != ''
FROM last l JOIN customers c ON c.id = l.customer_id LEFT JOIN visit v ON v.customer_id = l.customer_id;
UPDATE customer_last_service SET returned = {_RETURNED};
CREATE INDEX customer_last_service_segment ON customer_last_service(
    category, returned, last_start, consent_whatsapp, consent_email, consent_sms, has_phone, has_email, vehicle_id);
CREATE INDEX customer_last_service_customer ON customer_last_service(customer_id);
CREATE TRIGGER appointments_summary_insert AFTER INSERT ON appointments BEGIN{_refresh("NEW")}
END;
CREATE TRIGGER appointments_summary_delete AFTER DELETE ON appointments BEGIN{_refresh("OLD")}
END;
CREATE TRIGGER appointments_summary_update
AFTER UPDATE OF status, start, customer_id, category, vehicle_id ON appointments BEGIN{_refresh("OLD")}{_refresh("NEW")}
END;
CREATE TRIGGER customers_summary_update
AFTER UPDATE OF consent_whatsapp, consent_email, consent_sms, phone, email ON customers BEGIN
    UPDATE customer_last_service SET consent_whatsapp = NEW.consent_whatsapp, consent_email = NEW.consent_email,
        consent_sms = NEW.consent_sms, has_phone = coalesce(NEW.phone, '') != '',
        has_email = coalesce(NEW.email, '') != ''
    WHERE customer_id = NEW.id;
END;
CREATE TRIGGER customers_summary_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_last_service WHERE customer_id = OLD.id;
END;
"""
"""Schema 2: the campaign summary (rebuilt from the appointments, so it also repairs an older one)."""

CONFIRMATIONS = """
-- Confirmation tokens of confirm tools (wp_api.confirmations): only the token's SHA-256 is stored.
CREATE TABLE IF NOT EXISTS confirmations (
    token_hash TEXT PRIMARY KEY,
    user TEXT NOT NULL,
    tool TEXT NOT NULL,
    args_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS confirmations_expiry ON confirmations(expires_at);
"""
"""Schema 3: confirmation tokens."""

MIGRATIONS: tuple[str, ...] = (_V1 + INDEXES_V1, SUMMARY, CONFIRMATIONS)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, *, with_indexes: bool = True) -> int:
    """Bring the database to SCHEMA_VERSION; returns the version found before."""
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise RuntimeError(
            f"The workshop database is from a newer version (schema {found} > {SCHEMA_VERSION})."
        )
    for version in range(found, SCHEMA_VERSION):
        script = MIGRATIONS[version]
        if not with_indexes:  # bulk load first; create_indexes() adds indices, summary and triggers
            script = _V1 if version == 0 else ("" if script is SUMMARY else script)
        _LOGGER.info("Migrating workshop database to schema %d", version + 1)
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version + 1};\nCOMMIT;")
    return found


def create_indexes(conn: sqlite3.Connection) -> None:
    """Create the secondary indices (after a bulk load) and refresh the planner statistics."""
    conn.executescript(INDEXES_V1 + SUMMARY)
    conn.execute("ANALYZE")
