"""A plate half heard, the car named around it (held-out sets 21 to 33: "Alla Upland del Marone di Scambarotti, GN402G,
…", "Prenotami il Carnival G-SET-3502 RT …", "la uno della carta G, G izzilon 280T"; the sentences below are new):
of the plates on file heard alike, the one car whose owner's surname is heard (as whisper writes it) or whose model
is said right after its article, a part of its plate heard too, is the one meant. Two pieces of evidence on one car
only: a read answers it, named with its plate; a write is said back whole and done only after a yes. Two cars so
named (one owner's two), a surname that is also a word said as that word, a model word said without its article,
are still asked which."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath import plate_evidence as evidence
from engine.fastpath.normalize import tokenize
from engine.fastpath.steps import _part_heard
from engine.fastpath.vocabulary import known_words
from tests.engine.fastpath.conftest import fast_on, seed_with
from wp_api.contract import CallContext

_WRITES = ("create_appointment", "reschedule_appointment", "cancel_appointment")
_CARNIVAL = {"AP123CD": {"make": "Kia", "model": "Carnival", "colour": "argento"}}
"""Roberto Conti's AP123CD made a Carnival, a model the tables read only beside its make, colour or plate: heard "123
CD", it and Mario Rossi's Panda AB123CD are plates heard alike."""


def _written(out: object) -> list[object]:
    return [c for c in getattr(out, "tool_calls", []) if c.name in _WRITES]


def _said(out: object) -> str:
    return str(getattr(out, "clarification", None) or getattr(out, "reply_text", ""))


@pytest.fixture
async def carnival(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for fast in fast_on(tmp_path, seed_with(_CARNIVAL)):
        yield fast


def _with_owner(seed: dict[str, Any], customer_id: int, full_name: str) -> dict[str, Any]:
    seed = copy.deepcopy(seed)
    next(c for c in seed["customers"] if c["id"] == customer_id)["full_name"] = full_name
    return seed


@pytest.mark.parametrize(
    "text",
    [
        "quando ha fatto il tagliando il Carnival, 123 CD?",
        "la revisione del Carnival, 123 CD, quando l'abbiamo fatta?",
        "cosa abbiamo fatto l'ultima volta al Carnival 123 CD?",
    ],
)
async def test_a_read_on_the_model_said_answers_that_car(carnival: FastPath, context: CallContext, text: str) -> None:
    out = await carnival.handle(text, context)
    said = _said(out)
    assert "AP123CD" in said and "AB123CD" not in said and not said.startswith("Quale"), said


@pytest.mark.parametrize(
    "text",
    [
        "Contti: la 123 CD, quando ha fatto il tagliando?",
        "ha chiamato la signora Contti per la 123 CD: quando ha fatto il tagliando?",
    ],
)
async def test_a_read_on_the_owner_heard_answers_that_car(carnival: FastPath, context: CallContext, text: str) -> None:
    out = await carnival.handle(text, context)
    said = _said(out)
    assert "AP123CD" in said and "AB123CD" not in said and not said.startswith("Quale"), said


async def test_a_booking_is_said_back_and_written_only_after_a_yes(carnival: FastPath, context: CallContext) -> None:
    out = await carnival.handle("Prenotami il Carnival 123 CD per il cambio gomme lunedì 9 marzo alle 10", context)
    assert not _written(out), out
    assert "AP123CD" in _said(out) and "Confermi" in _said(out), _said(out)
    done = await carnival.resume("sì", context)
    assert done is not None and [c.arguments.get("vehicle_id") for c in _written(done)], done
    assert "AP123CD" in done.reply_text, done.reply_text


async def test_one_owners_two_cars_heard_alike_are_asked_which(tmp_path: Path, context: CallContext) -> None:
    seed = seed_with({**_CARNIVAL, "AB123CD": {"customer_id": 11}})  # both Roberto Conti's
    async for fast in fast_on(tmp_path, seed):
        out = await fast.handle("Contti: la 123 CD, quando ha fatto il tagliando?", context)
        said = _said(out)
        assert said.startswith("Quale") and "AP123CD" in said and "AB123CD" in said, said


async def test_a_surname_that_is_a_word_said_as_that_word_names_nobody(tmp_path: Path, context: CallContext) -> None:
    async for fast in fast_on(tmp_path, _with_owner(seed_with(_CARNIVAL), 11, "Roberto Porta")):
        out = await fast.handle("la 123 CD la porta domani: quando ha fatto il tagliando?", context)
        said = _said(out)
        assert said.startswith("Quale") and "AB123CD" in said, said


async def test_a_model_word_said_without_its_article_names_no_car(tmp_path: Path, context: CallContext) -> None:
    seed = seed_with({"AP123CD": {"make": "Fiat", "model": "Uno", "colour": "bianco"}})
    async for fast in fast_on(tmp_path, seed):
        out = await fast.handle("uno dei clienti chiede quando ha fatto il tagliando la 123 CD", context)
        said = _said(out)
        assert said.startswith("Quale") and "AB123CD" in said, said


def test_a_part_of_the_plate_is_its_digits_or_its_last_letters() -> None:
    assert _part_heard("GN402G", "GN402GE")  # its digits
    assert _part_heard("3502RT", "GS352RT")  # its last two letters, said last
    assert not _part_heard("123CD", "AB128XY")  # the owner may match: the plate does not
    assert not _part_heard("123CD", "MAB1234")  # no Italian plate: no part to agree with


def test_the_owner_heard_and_the_model_said() -> None:
    known = known_words()
    car = {"make": "Kia", "model": "Carnival", "customer": {"full_name": "Leandro Sgambarotti"}}
    assert evidence.surname_heard(tokenize("alla Upland del Marone di Scambarotti, GN402G"), car, known)
    assert not evidence.surname_heard(tokenize("ha chiamato Leandro per la GN402G"), car, known)  # first name only
    porta = {"make": "Kia", "model": "Carnival", "customer": {"full_name": "Roberto Porta"}}
    assert not evidence.surname_heard(tokenize("la porta domani, GN402G"), porta, known)
    assert evidence.model_said(tokenize("prenotami il Carnival G-SET-3502 RT"), car)
    assert evidence.model_said(tokenize("la Kia Carnival, 352 RT"), car)
    assert not evidence.model_said(tokenize("carnival a Venezia, 352 RT"), car)
