"""The wheel alignment ("convergenza", "equilibratura") is the catalogue's "Equilibratura e convergenza", and a
history asked for one service answers with that service's last job, not the last of its category (the last oil
change is no tagliando, the last alignment no tyre change)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import parse
from engine.fastpath.services import match_catalogue
from wp_api.contract import CallContext
from wp_api.local import LocalBackend
from wp_api.local.demo import SERVICES, build_demo

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 8, 0)
CTX = CallContext(session_id="alignment", actor="counter")
CATALOGUE = [
    {"service_id": k, "name": name, "category": category}
    for k, (name, category, *_rest) in enumerate(SERVICES, 1)
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("prenota una convergenza per la AB 123 CD domani alle 10", "it"),
        ("mi segni l'equilibratura per la Clio di Sanna mercoledì alle undici", "it"),
        ("book a wheel alignment for AB 123 CD tomorrow at 10", "en"),
    ],
)
def test_the_alignment_is_its_catalogue_service(text: str, lang: str) -> None:
    parsed = parse(text, language=lang, today=TODAY)
    assert parsed.intent == "book" and parsed.slots["service"]["key"] == "alignment"
    slot = parsed.slots["service"]
    assert [s["name"] for s in match_catalogue(slot["key"], slot["category"], CATALOGUE)] == [
        "Equilibratura e convergenza"
    ]


def test_a_catalogue_with_no_alignment_offers_no_tyre_change_for_it() -> None:
    """Where the workshop does not list the alignment, "convergenza" is not booked as a tyre change."""
    slot = parse("prenota una convergenza per la AB 123 CD domani alle 10", language="it", today=TODAY).slots[
        "service"
    ]
    tyres_only = [c for c in CATALOGUE if c["name"] != "Equilibratura e convergenza"]
    assert match_catalogue(slot["key"], slot["category"], tyres_only) == []


def test_the_tyre_change_is_still_the_tyre_change() -> None:
    slot = parse("prenota un cambio gomme per la AB 123 CD domani alle 10", language="it", today=TODAY).slots[
        "service"
    ]
    assert [s["name"] for s in match_catalogue(slot["key"], slot["category"], CATALOGUE)] == ["Cambio gomme"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(tmp_path_factory.mktemp("demo")) / "workshop.sqlite3"
    build_demo(path, customers=1500, today=TODAY)
    return path


def _both(path: Path, first: str, second: str) -> tuple[str, str, str]:
    """A plate whose history has both services done, the second last (so its category's last job is not the first
    service's), and the last day of each."""
    conn = sqlite3.connect(str(path))
    try:
        row = conn.execute(
            """SELECT v.plate,
                      MAX(CASE WHEN s.name = ? THEN substr(a.start, 1, 10) END),
                      MAX(CASE WHEN s.name = ? THEN substr(a.start, 1, 10) END)
               FROM appointments a JOIN services s ON s.id = a.service_id JOIN vehicles v ON v.id = a.vehicle_id
               WHERE a.status = 'done' AND a.start < ?
               GROUP BY v.id
               HAVING MAX(CASE WHEN s.name = ? THEN a.start END) < MAX(CASE WHEN s.name = ? THEN a.start END)
               ORDER BY v.id LIMIT 1""",
            (first, second, TODAY.isoformat(), first, second),
        ).fetchone()
    finally:
        conn.close()
    assert row, (first, second)
    return row[0], row[1], row[2]


@pytest.fixture
def backend(demo: Path) -> Iterator[LocalBackend]:
    yield LocalBackend(demo, now=lambda: NOW, kick_outbox=False)


def _said(day: str) -> str:
    return f" {int(day[8:10])} "


@pytest.mark.parametrize(
    ("asked", "service", "other"),
    [
        ("l'ultima convergenza", "Equilibratura e convergenza", "Cambio gomme"),
        ("l'ultimo cambio gomme", "Cambio gomme", "Equilibratura e convergenza"),
        ("l'ultimo cambio olio", "Cambio olio e filtri", "Tagliando"),
        ("l'ultimo tagliando", "Tagliando", "Cambio olio e filtri"),
    ],
)
async def test_the_last_job_of_the_service_asked(
    backend: LocalBackend, demo: Path, asked: str, service: str, other: str
) -> None:
    plate, last, _ = _both(demo, service, other)
    out = await FastPath(backend, now=lambda: NOW).handle(f"quando ha fatto {asked} la {plate}?", CTX)
    assert out.handled and plate in out.reply_text
    assert _said(last) in f" {out.reply_text} " and last[:4] in out.reply_text, (last, out.reply_text)


async def test_a_workshop_that_does_no_alignment_says_so_and_books_nothing(tmp_path: Path) -> None:
    from tests.contract.seed_data import TODAY as SEED_TODAY
    from tests.contract.seed_data import build_seed, now_for
    from tests.support.contract import ContractClock, make_local

    seed = build_seed(SEED_TODAY)
    now = now_for(SEED_TODAY)
    seed["clock"] = ContractClock(now)
    backend = await make_local(seed, tmp_path)  # its catalogue has the tyre change and no alignment
    try:
        fast = FastPath(backend, language="it", now=lambda: now)
        out = await fast.handle("prenota una convergenza per la AB 123 CD lunedì 14 dicembre alle 10", CTX)
    finally:
        await backend.aclose()
    assert out.handled and "equilibratura e convergenza" in out.reply_text
    assert not [c for c in out.tool_calls if c.name == "create_appointment"]


async def test_a_service_never_done_is_said_so_with_the_nearest_job(
    backend: LocalBackend, demo: Path
) -> None:
    """ "l'ultimo tagliando" of a car that had only its oil changed: no tagliando, and the oil change said as what it
    is, never passed off as the tagliando."""
    conn = sqlite3.connect(str(demo))
    try:
        plate, last = conn.execute(
            """SELECT v.plate, MAX(substr(a.start, 1, 10))
               FROM appointments a JOIN services s ON s.id = a.service_id JOIN vehicles v ON v.id = a.vehicle_id
               WHERE a.status = 'done' AND a.start < ? AND a.category = 'maintenance'
               GROUP BY v.id HAVING COUNT(CASE WHEN s.name = 'Tagliando' THEN 1 END) = 0
               ORDER BY v.id LIMIT 1""",
            (TODAY.isoformat(),),
        ).fetchone()
    finally:
        conn.close()
    out = await FastPath(backend, now=lambda: NOW).handle(
        f"quando ha fatto l'ultimo tagliando la {plate}?", CTX
    )
    assert out.reply_text.startswith(f"Per la {plate} non risultano interventi di tagliando")
    assert "cambio olio e filtri" in out.reply_text and _said(last) in out.reply_text
