"""A car's next visit, asked at the counter, is read offline: its appointments to come, or none and when it last came.

Staff ask "Quando viene la Y10 della Cervellera?", "Per quando è fissata la Fulvia?", "when's the Ghibli booked in?",
and the fast path answered that it could not without the cloud model. The question is read only when every other
word is the car's (plate, model, colour, owner, article), so "quando viene gli facciamo il tagliando" (what to do when
it comes) is no question, and a request any other intent reads stays as it was. On the contract workshop (a real
LocalBackend, Monday 2 March 2026): the white 500 AP123CD (Roberto Conti) is booked Tuesday 3 at 8:30 and Saturday 7;
the grey Panda AB123CD (Mario Rossi) has only past work, the last on 10 April 2025; Davide Bruno's Renegade ZA987YE is
booked Wednesday 4 at 10 and Saturday 7 at 10:30 (cancelled here for a car with one visit to come)."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW, fast_on
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "lang", "slots"),
    [
        ("Quando ha l'appuntamento la 500 di Conti?", "it", {"customer": "Conti"}),
        ("Quando viene la Renegade di Bruno?", "it", {"customer": "Bruno"}),
        ("La Renegade di Bruno quando deve venire?", "it", {"customer": "Bruno"}),
        ("Per quando è fissata la Renegade?", "it", {}),
        ("Che appuntamento ha la AP 123 CD?", "it", {"plate": "AP123CD"}),
        ("Quand'è che torna la Panda grigia di Rossi?", "it", {"customer": "Rossi"}),
        ("When's the Renegade booked in?", "en", {}),
        ("When is the white 500 due in?", "en", {}),
    ],
)
def test_a_cars_next_visit_asked_is_read(text: str, lang: str, slots: dict[str, str]) -> None:
    p = parse(text, language=lang, today=NOW.date())
    assert p.intent == "vehicle_appointments" and p.handled, p
    assert all(p.slots.get(k) == v for k, v in slots.items()), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "quando viene gli facciamo il tagliando",  # what to do when it comes: no question
        "Quando viene la Panda di Rossi gli facciamo il tagliando",
        "Quando viene?",  # which car is not said
        "Quando viene la Panda di Rossi per il tagliando di domani?",  # a job and a day: some other request
        "Quando ha fatto il tagliando la Panda di Rossi?",  # its history, as before
        "Quando viene Rossi ditegli che è pronta",
        "When is the Renegade ready?",
    ],
)
def test_other_requests_are_no_next_visit_asked(text: str) -> None:
    lang = "en" if text.startswith("When") else "it"
    assert parse(text, language=lang, today=NOW.date()).intent != "vehicle_appointments"


def test_a_history_question_stays_one() -> None:
    assert parse("Quando ha fatto il tagliando la Panda di Rossi?", today=NOW.date()).intent == "vehicle_history"


async def test_the_appointments_to_come_are_said(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Quando viene la AP 123 CD?", context, alone=True)
    assert out.handled and "AP123CD" in out.reply_text and "2 appuntamenti" in out.reply_text, out
    assert "domani alle 8:30" in out.reply_text and "sabato 7 marzo" in out.reply_text, out.reply_text
    assert [c.name for c in out.tool_calls] == ["find_vehicle", "search_appointments"], out.tool_calls


@pytest.fixture
async def saturday_cancelled(tmp_path: Path) -> AsyncIterator[FastPath]:
    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))
    (saturday,) = [a for a in seed["appointments"] if a["id"] == 106]
    saturday["status"] = "cancelled"
    async for f in fast_on(tmp_path, seed):
        yield f


async def test_one_appointment_is_said_with_its_day_hour_and_job(
    saturday_cancelled: FastPath, context: CallContext
) -> None:
    out = await saturday_cancelled.handle("Quando ha l'appuntamento la Renegade di Bruno?", context, alone=True)
    assert out.handled and out.reply_text.startswith("La Renegade verde ZA987YE ha appuntamento"), out.reply_text
    assert "mercoledì 4 marzo alle 10:00: tagliando" in out.reply_text and "sabato" not in out.reply_text, out.reply_text


async def test_none_to_come_says_when_it_last_came(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Quando viene la AB 123 CD?", context, alone=True)
    assert out.handled and "nessun appuntamento in programma" in out.reply_text, out.reply_text
    assert "10 aprile 2025" in out.reply_text, out.reply_text


async def test_asked_in_english(local_backend: object, context: CallContext) -> None:
    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("When's the Renegade booked in?", context, alone=True)
    assert out.handled and "ZA987YE has 2 appointments coming up" in out.reply_text, out.reply_text
    assert "Wednesday 4 March at 10:00" in out.reply_text, out.reply_text


@pytest.fixture
async def four_to_come(tmp_path: Path) -> AsyncIterator[FastPath]:
    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))
    (first,) = [a for a in seed["appointments"] if a["vehicle_id"] == 11 and a["start"].startswith("2026-03-03")]
    for k, day in enumerate(("2026-03-10", "2026-03-17")):
        seed["appointments"].append({**first, "id": 900 + k, "start": f"{day}T09:00"})
    async for f in fast_on(tmp_path, seed):
        yield f


async def test_more_than_three_to_come_says_the_first_and_the_rest_on_screen(
    four_to_come: FastPath, context: CallContext
) -> None:
    """uc36, spoken to the app: "ha 5 appuntamenti in programma:" then three of them read as if they were all."""
    out = await four_to_come.handle("Quando viene la AP 123 CD?", context, alone=True)
    assert "4 appuntamenti in programma; i primi:" in out.reply_text, out.reply_text
    assert out.reply_text.endswith("Gli altri sono sullo schermo."), out.reply_text
