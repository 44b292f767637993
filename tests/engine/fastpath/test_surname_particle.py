"""Surnames with a particle: "di De Luca" and "di D'Angelo" read as owners (the particle is a word the fast path
knows), and a particle whisper ran onto the surname ("Deluca", "Desantis") put apart when the name as heard finds
nobody. On the contract seed (local backend), where Elena De Luca owns the grey Sandero FG112HH."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import parse
from engine.fastpath.plate_evidence import owner_fits, owner_heard
from engine.fastpath.surnames import particle_forms
from tests.contract.seed_data import TODAY, build_seed, now_for
from tests.support.contract import ContractClock, make_local
from wp_api.contract import CallContext, ToolBackend

CTX = CallContext(session_id="surname-particle", actor="counter")


@pytest.fixture
async def backend(tmp_path: Path) -> AsyncIterator[ToolBackend]:
    seed = build_seed(TODAY)
    seed["clock"] = ContractClock(now_for(TODAY))
    made = await make_local(seed, tmp_path)
    try:
        yield made
    finally:
        await made.aclose()


def _fast(backend: ToolBackend) -> FastPath:
    now = now_for(TODAY)
    return FastPath(backend, language="it", now=lambda: now)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("lo storico della Sandero grigia di De Luca", "De Luca"),
        ("lo storico della macchina di Mario De Luca", "Mario De Luca"),
        ("gli interventi sulla Panda di D'Angelo", "D'Angelo"),
        ("lo storico della Punto di Lo Russo", "Lo Russo"),
        ("che lavori ha fatto la signora Maria Di Stefano?", "Maria Di Stefano"),
    ],
)
def test_a_surname_with_its_particle_is_the_owner(text: str, customer: str) -> None:
    assert parse(text, language="it", today=TODAY).slots.get("customer") == customer


def test_a_particle_alone_or_a_known_word_after_it_is_no_surname() -> None:
    """ "signor Rossi La Panda …": the article of the car said next is no particle of Rossi's."""
    said = parse("prenota per il signor Rossi La Panda domani", language="it", today=TODAY)
    assert said.slots.get("customer") == "Rossi"
    assert parse("lo storico della Panda di Lo", language="it", today=TODAY).slots.get("customer") is None


@pytest.mark.parametrize(
    ("heard", "first"),
    [("Deluca", "De Luca"), ("desantis", "De Santis"), ("Mario Dangelo", "Mario D'Angelo"),
     ("Dellavalle", "Della Valle"), ("Lorusso", "Lo Russo")],
)  # fmt: skip
def test_a_particle_run_on_is_put_apart_first(heard: str, first: str) -> None:
    assert particle_forms(heard)[0] == first


@pytest.mark.parametrize("heard", ["Rossi", "Dino", "Lodi", "Esposito"])
def test_a_name_with_no_particle_to_put_apart_has_no_other_form(heard: str) -> None:
    assert particle_forms(heard) == []


def test_no_form_leaves_a_surname_no_italian_word_opens_like() -> None:
    assert "Lo Mbardi" not in particle_forms("Lombardi")
    assert "Da Ngelo" not in particle_forms("Dangelo")


@pytest.mark.parametrize(
    "text",
    [
        "lo storico della Sandero grigia di Deluca",
        "che lavori abbiamo fatto alla macchina della signora Deluca?",
    ],
)
async def test_the_owner_heard_run_on_is_found(backend: ToolBackend, text: str) -> None:
    out = await _fast(backend).handle(text, CTX)
    assert out.handled and "FG112HH" in out.reply_text
    lookups = [c for c in out.tool_calls if c.name == "find_vehicle"]
    assert lookups[-1].arguments["customer"] == "De Luca" and lookups[-1].result.ok
    assert not lookups[0].shown  # no "not found" card before the answer


async def test_a_write_for_the_owner_heard_run_on_books_their_car(backend: ToolBackend) -> None:
    fast = _fast(backend)
    out = await fast.handle("prenota un tagliando per la Sandero di Deluca lunedì 14 dicembre alle 10", CTX)
    if out.clarification:  # said back (here: the car has a service booked already), for a yes
        assert "FG112HH" in out.clarification and "Elena De Luca" in out.clarification
        done = await fast.resume("sì", CTX)
        assert done is not None
        out = done
    booked = [c for c in out.tool_calls if c.name == "create_appointment"]
    assert booked and booked[0].result.ok and booked[0].arguments["vehicle_id"] == 12


async def test_a_name_nobody_has_in_any_form_is_still_not_found(backend: ToolBackend) -> None:
    out = await _fast(backend).handle("lo storico della macchina di Delorenzi", CTX)
    assert out.handled and "Non trovo" in out.reply_text
    tries = [c for c in out.tool_calls if c.name == "find_vehicle"]
    assert 2 <= len(tries) <= 4 and not any(c.result.ok for c in tries)


@pytest.mark.parametrize(("said", "owner"), [("Desantis", "Gabriele De Santis"), ("Dangelo", "Maria D'Angelo"),
                                            ("signora Dellavalle", "Anna Della Valle")])  # fmt: skip
def test_the_owner_said_with_the_particle_run_on_is_the_owner(said: str, owner: str) -> None:
    """ "alla signora Desantis per la 500 blu": the owner's name, not one the write must be said back for."""
    assert owner_fits(said, {"customer": {"full_name": owner}}) is True


def test_a_name_run_on_near_the_owner_is_heard_like_it_and_another_is_not() -> None:
    vehicle = {"customer": {"full_name": "Gabriele De Santis"}}
    assert owner_fits("desanti", vehicle) is False and owner_heard("desanti", vehicle) is True
    assert owner_fits("Desideri", vehicle) is False and owner_heard("Desideri", vehicle) is False
    assert owner_fits("Rossi", vehicle) is False
