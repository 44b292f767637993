"""A job said by its day (and service), its car only described ("sposta il tagliando di domani della Panda grigia a
venerdì"), where several cars on file fit the description: the one booked that day for that job is the one meant,
said back whole for a yes (no plate was heard). A busy day holds more of that job than a handful, and the car is
still found among them; a day with none of them booked, or two, asks which."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on
from wp_api.contract import CallContext

WRITES = {"reschedule_appointment", "cancel_appointment"}

_GREY_PANDAS = [(21, 2, "BX310KM"), (22, 3, "CK482PL"), (23, 4, "DR559TS")]
"""Three more grey Pandas (beside Mario Rossi's AB123CD): vehicle id, owner, plate."""


def _seed(extra_panda_tuesday: bool = False) -> dict[str, Any]:
    """The contract workshop with four grey Pandas; Tuesday (tomorrow) holds seven tagliandi, one of them a grey
    Panda's (BX310KM); Friday one tagliando, another grey Panda's (CK482PL)."""
    from tests.contract.seed_data import TODAY, build_seed

    seed = build_seed(TODAY)
    seed["vehicles"] = [
        *seed["vehicles"],
        *({"id": v, "customer_id": c, "plate": p, "make": "Fiat", "model": "Panda", "colour": "grigio",
           "year": 2015, "fuel": "petrol"} for v, c, p in _GREY_PANDAS),
    ]  # fmt: skip
    tuesday = [(21, 2), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7)]
    if extra_panda_tuesday:
        tuesday.append((23, 4))
    hours = ["08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00"]
    booked = [(v, c, "2026-03-03", hours[k]) for k, (v, c) in enumerate(tuesday)] + [
        (22, 3, "2026-03-06", "09:00")
    ]
    seed["appointments"] = [
        *seed["appointments"],
        *({"id": 300 + k, "service_id": 1, "staff_id": 1 + k % 2, "customer_id": c, "vehicle_id": v,
           "start": f"{day}T{hour}", "status": "approved", "notes": ""} for k, (v, c, day, hour) in enumerate(booked)),
    ]  # fmt: skip
    return seed


async def _fast(tmp_path: Path, **kwargs: bool) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed(**kwargs)):
        yield f


@pytest.fixture
async def fast(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in _fast(tmp_path):
        yield f


@pytest.fixture
async def fast_two_booked(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in _fast(tmp_path, extra_panda_tuesday=True):
        yield f


def _said(out: Any) -> str:
    return (out.clarification or "") + out.reply_text


def _written(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES and c.result.ok]


async def test_the_grey_panda_booked_tomorrow_on_a_busy_day_is_said_back(fast: FastPath) -> None:
    out = await fast.handle(
        "il tagliando di domani della Panda grigia spostamelo a venerdì alle 10", CallContext("a", "t")
    )
    said = _said(out)
    assert "BX310KM" in said and "prenotato quel giorno" in said, out
    assert not _written(out), out  # no plate heard: a yes first


async def test_the_grey_panda_booked_friday_is_the_one_cancelled_after_a_yes(fast: FastPath) -> None:
    out = await fast.handle("togli il tagliando di venerdì della Panda grigia", CallContext("b", "t"))
    said = _said(out)
    assert "CK482PL" in said and "AB123CD" not in said and "BX310KM" not in said, out
    assert not _written(out), out


async def test_no_grey_panda_booked_that_day_asks_which(fast: FastPath) -> None:
    out = await fast.handle(
        "sposta il tagliando di mercoledì della Panda grigia a venerdì alle 10", CallContext("c", "t")
    )
    assert not _written(out), out
    assert out.reason == "ambiguous_vehicle", out


async def test_two_grey_pandas_booked_that_day_asks_which_of_the_two(fast_two_booked: FastPath) -> None:
    out = await fast_two_booked.handle(
        "sposta il tagliando di domani della Panda grigia a venerdì alle 10", CallContext("d", "t")
    )
    said = _said(out)
    assert not _written(out), out
    assert "BX310KM" in said and "DR559TS" in said and "CK482PL" not in said, out
