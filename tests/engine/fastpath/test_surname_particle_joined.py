"""A surname's particle heard run onto it ("Deluca" for De Luca, "Desantis" for De Santis): the customer still found."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from wp_api.local.customers import search_customer_ids
from wp_api.local.demo import build_demo


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = Path(tmp_path_factory.mktemp("demo")) / "workshop.sqlite3"
    build_demo(path, today=date(2026, 12, 5))
    return sqlite3.connect(str(path))


def _names(conn: sqlite3.Connection, ids: list[int]) -> set[str]:
    marks = ",".join("?" * len(ids))
    return {r[0] for r in conn.execute(f"SELECT full_name FROM customers WHERE id IN ({marks})", ids)}


def _with(conn: sqlite3.Connection, surname: str) -> set[str]:
    return {r[0] for r in conn.execute("SELECT full_name FROM customers WHERE full_name LIKE ?", (f"% {surname}",))}


@pytest.mark.parametrize(("heard", "surname"), [("Deluca", "De Luca"), ("desantis", "De Santis")])
def test_particle_run_on_finds_the_surname(conn: sqlite3.Connection, heard: str, surname: str) -> None:
    expected = _with(conn, surname)
    assert expected, surname
    assert expected <= _names(conn, search_customer_ids(conn, heard, 200))


def test_first_name_with_joined_surname(conn: sqlite3.Connection) -> None:
    (full,) = sorted(_with(conn, "De Luca"))[:1]
    first = full.split()[0]
    assert full in _names(conn, search_customer_ids(conn, f"{first} Deluca", 50))


def test_a_name_found_as_heard_is_never_split(conn: sqlite3.Connection) -> None:
    """ "Lombardi" opens with "lo" but is found as said: never read as Lo Mbardi."""
    found = _names(conn, search_customer_ids(conn, "Lombardi", 200))
    assert found and all("Lombardi" in name for name in found)


def test_nobody_by_that_name_still_nobody(conn: sqlite3.Connection) -> None:
    assert search_customer_ids(conn, "Dezzxyq", 50) == []
    assert search_customer_ids(conn, "Dalla Pozzonz", 50) == []
