"""What a tool handler receives (`Ctx`) and returns for a write (`Done`), plus shared row shapes."""

from __future__ import annotations

import logging
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wp_api.contract import CallContext, ToolResult

_LOGGER = logging.getLogger(__name__)


@dataclass
class Ctx:
    """One tool call's view of the world: its connection, 'now' (naive local) and caller."""

    conn: sqlite3.Connection
    now: datetime
    call: CallContext
    workshop: str = "Officina"
    cache: dict[str, Any] = field(default_factory=dict)
    slot_step: int = 30
    """Minutes between the start times offered (settings key `slot_step_min`)."""
    language: str = "it"
    """The language of the messages to customers (settings key `language`, as the plugin's option)."""


@dataclass
class Done:
    """A write handler's outcome: the result, how to revert it (None: nothing to undo), a summary."""

    result: ToolResult
    undo: dict[str, Any] | None = None
    summary: str = ""


def fold(text: str) -> str:
    """Lower case without accents, for name and description matching."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed.lower() if not unicodedata.combining(c))


# colour stems (Italian in any gender/number, English) → the stored Italian form
_COLOURS = {
    "grig": "grigio", "grey": "grigio", "gray": "grigio", "bianc": "bianco", "white": "bianco",
    "ner": "nero", "black": "nero", "ross": "rosso", "red": "rosso", "blu": "blu", "blue": "blu",
    "azzur": "azzurro", "verd": "verde", "green": "verde", "giall": "giallo", "yellow": "giallo",
    "argen": "argento", "silver": "argento", "aranc": "arancione", "orange": "arancione",
    "marro": "marrone", "brown": "marrone", "beige": "beige", "viola": "viola", "purple": "viola",
    "bordea": "bordeaux", "burgund": "bordeaux", "maroon": "bordeaux", "amarant": "amaranto", "celest": "celeste",
    "turches": "turchese", "turquois": "turchese", "senap": "senape", "mustard": "senape", "sabbi": "sabbia",
    "rame": "rame", "ramat": "rame", "copper": "rame", "grafit": "grafite", "graphit": "grafite",
    "champagn": "champagne", "bronz": "bronzo", "avori": "avorio", "ivory": "avorio", "antrac": "antracite",
    "anthrac": "antracite",
}  # fmt: skip


# a plain colour said also finds the shades people call by it: the anthracite X3 is "la X3 grigia" at the counter
# (a shade said finds only itself)
_SHADES = {
    "grigio": ("antracite", "grafite"), "rosso": ("bordeaux", "amaranto"), "azzurro": ("celeste",),
    "bianco": ("avorio",), "blu": ("azzurro", "celeste"),
}  # fmt: skip
# ("blu" finds the azzurro cars too: the fast path hears "azzurra" and "blu" as one colour and asks for "blue")


def colours_meant(colour: str) -> tuple[str, ...]:
    """The stored colours a colour said may mean: itself and its shades."""
    return (colour, *_SHADES.get(colour, ()))


# colours said as a whole word only: a stem would take "Sandro" for sand, "Rosaria" for pink
_COLOUR_WORDS = {"sand": "sabbia", "sandy": "sabbia", "rosa": "rosa", "pink": "rosa"}


def colour_of(word: str) -> str | None:
    w = fold(word)
    if w in _COLOUR_WORDS:
        return _COLOUR_WORDS[w]
    for stem, colour in _COLOURS.items():
        if w.startswith(stem) and len(w) - len(stem) <= 3:
            return colour
    return None


_TOKEN = re.compile(r"[a-z0-9]+")


def name_tokens(name: str) -> list[str]:
    """Searchable tokens of a person's name ("D'Angelo Maria" → ["d", "angelo", "maria"])."""
    return list(dict.fromkeys(_TOKEN.findall(fold(name))))


def phone_key(phone: str | None) -> str | None:
    """Digits only, Italian country prefix dropped: "+39 333 123 4567" → "3331234567"."""
    if not phone:
        return None
    digits = "".join(c for c in phone if c.isdigit())
    if phone.strip().startswith("+39") or (digits.startswith("0039") and len(digits) > 11):
        digits = digits[2:] if phone.strip().startswith("+39") else digits[4:]
    return digits or None


def email_key(email: str | None) -> str | None:
    return email.strip().lower() if email else None


def customer_dict(row: sqlite3.Row, prefix: str = "") -> dict[str, Any]:
    return {
        "customer_id": row[f"{prefix}id"],
        "full_name": row[f"{prefix}full_name"],
        "phone": row[f"{prefix}phone"],
        "email": row[f"{prefix}email"],
    }


def vehicle_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "vehicle_id": row["id"],
        "plate": row["plate"],
        "make": row["make"],
        "model": row["model"],
        "colour": row["colour"],
        "year": row["year"],
        "fuel": row["fuel"],
    }


APPOINTMENT_SELECT = """
SELECT a.id, a.start, a.end, a.status, a.service_id, s.name AS service, s.category, a.staff_id,
       st.full_name AS staff_name, a.customer_id, c.full_name AS customer, a.vehicle_id, v.plate,
       a.notes, a.mileage_km
FROM appointments a
JOIN services s ON s.id = a.service_id
JOIN staff st ON st.id = a.staff_id
JOIN customers c ON c.id = a.customer_id
LEFT JOIN vehicles v ON v.id = a.vehicle_id
"""


def appointment_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "appointment_id": row["id"],
        "start": row["start"],
        "end": row["end"],
        "status": row["status"],
        "service_id": row["service_id"],
        "service": row["service"],
        "staff_id": row["staff_id"],
        "staff_name": row["staff_name"],
        "customer_id": row["customer_id"],
        "customer": row["customer"],
        "vehicle_id": row["vehicle_id"],
        "plate": row["plate"],
    }


def load_appointment(conn: sqlite3.Connection, appointment_id: int) -> sqlite3.Row | None:
    return conn.execute(APPOINTMENT_SELECT + " WHERE a.id = ?", (appointment_id,)).fetchone()


def not_found(what: str, hint: str | None = None) -> ToolResult:
    return ToolResult.failure("not_found", f"No {what} found.", hint=hint)
