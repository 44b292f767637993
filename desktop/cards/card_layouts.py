"""Per-kind layouts of tool `display` hints: a few readable rows and key/value fields per card."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from i18n.dates import short_when
from i18n.ui import tr, tr_or

_LOGGER = logging.getLogger(__name__)

Layout = tuple[list[str], list[tuple[str, str]]]


def _join(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, "", [], {}))


def _vehicle(d: dict[str, Any], lang: str) -> Layout:
    rows = []
    for m in d.get("matches") or []:
        owner = m.get("customer") or {}
        car = " ".join(str(x) for x in (m.get("make"), m.get("model"), m.get("colour")) if x)
        match = (
            "" if m.get("match") == "exact" else f"({m.get('match')} {float(m.get('confidence') or 0):.2f})"
        )
        rows.append(_join(m.get("plate"), car, owner.get("full_name"), owner.get("phone"), match))
    fields = [("⚠", tr("card.ambiguous"))] if d.get("ambiguous") else []
    return rows, fields


def _slots(d: dict[str, Any], lang: str) -> Layout:
    rows = []
    for s in d.get("slots") or []:
        end = str(s.get("end", ""))[-5:]
        rows.append(_join(f"{short_when(s.get('start'), lang)}–{end}", s.get("staff_name")))
    return rows, []


def _appointment(d: dict[str, Any], lang: str) -> Layout:
    a = d.get("appointment") or d
    fields = [
        ("start", short_when(a.get("start"), lang)),
        ("service", a.get("service")),
        ("customer", a.get("customer")),
        ("plate", a.get("plate")),
        ("staff", a.get("staff_name")),
        ("status", a.get("status")),
    ]
    return [], [(k, str(v)) for k, v in fields if v]


def _appointments(d: dict[str, Any], lang: str) -> Layout:
    rows = [
        _join(
            short_when(a.get("start"), lang),
            a.get("service"),
            a.get("plate"),
            a.get("customer"),
            tr_or(f"value.{a['status']}", str(a["status"])) if a.get("status") else "",
        )
        for a in d.get("appointments") or []
    ]
    return rows, []


def _history(d: dict[str, Any], lang: str) -> Layout:
    rows = [
        _join(
            short_when(s.get("date"), lang),
            s.get("service"),
            f"{s['mileage_km']} km" if s.get("mileage_km") else "",
        )
        for s in d.get("services") or []
    ]
    return rows, []


def _services(d: dict[str, Any], lang: str) -> Layout:
    rows = [
        _join(s.get("name"), f"{s.get('duration_min')} min", f"€ {s['price']}" if s.get("price") else "")
        for s in d.get("services") or []
    ]
    return rows, []


def _customer(d: dict[str, Any], lang: str) -> Layout:
    rows = []
    for c in d.get("customers") or []:
        plates = ", ".join(v.get("plate", "") for v in c.get("vehicles") or [])
        rows.append(_join(c.get("full_name"), c.get("phone"), c.get("email"), plates))
    return rows, []


def _message(d: dict[str, Any], lang: str) -> Layout:
    fields = [
        ("to", d.get("to")),
        ("status", d.get("status")),
        ("when", short_when(d.get("due_at") or d.get("send_at") or "", lang)),
    ]
    rows = [str(d["preview"])] if d.get("preview") else []
    return rows, [(k, str(v)) for k, v in fields if v]


def _campaign(d: dict[str, Any], lang: str) -> Layout:
    rows = [
        _join(s.get("full_name"), s.get("plate"), short_when(s.get("last_service") or "", lang))
        for s in d.get("sample") or []
    ]
    ex = d.get("exclusions") or {}
    fields = [
        ("count", d.get("count")),
        ("channel", d.get("channel")),
        ("excluded", ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in ex.items() if v)),
        ("message", d.get("example") or d.get("draft")),
    ]
    return rows, [(k, str(v)) for k, v in fields if v not in (None, "")]


def _undo(d: dict[str, Any], lang: str) -> Layout:
    undone = d.get("undone") or {}
    return [], [("tool", str(undone.get("tool", "")))] if undone.get("tool") else []


LAYOUTS: dict[str, Callable[[dict[str, Any], str], Layout]] = {
    "vehicle": _vehicle,
    "slots": _slots,
    "appointment": _appointment,
    "appointments": _appointments,
    "history": _history,
    "services": _services,
    "customer": _customer,
    "message": _message,
    "reminder": _message,
    "campaign": _campaign,
    "undo": _undo,
}


def _cell(value: Any) -> str:
    if isinstance(value, dict):
        return _join(*(_cell(v) for k, v in value.items() if not k.endswith("_id")))
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def generic_layout(display: dict[str, Any]) -> Layout:
    """Any other kind: lists become rows, scalars become fields."""
    rows: list[str] = []
    fields: list[tuple[str, str]] = []
    for key, value in display.items():
        if key in ("kind", "title", "subtitle") or value in (None, "", [], {}):
            continue
        if isinstance(value, list):
            rows.extend(_cell(item) for item in value)
        elif not key.endswith("_id"):
            fields.append((key.replace("_", " "), _cell(value)))
    return rows, fields


def layout(display: dict[str, Any], language: str = "it") -> Layout:
    """(rows, fields) for a display hint; a layout that fails falls back to the generic one."""
    kind = str(display.get("kind") or "")
    func = LAYOUTS.get(kind)
    if func is not None:
        try:
            return func(display, language)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            _LOGGER.warning("Card layout %s failed (%s); showing it plainly", kind, exc)
    return generic_layout(display)
