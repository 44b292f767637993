"""A plate of this week's appointments a letter or two from what was heard ranks high by its prior alone; it is
looked up and weighed against the description and the owner said before the answer: "la Compass bianca di
Rogerini, doppia V338 M e" is the white Compass DW338ME, not this week's blue Tiguan DV336ME (once asked "Quale:
la Tiguan … o la Compass …?"). On the bench's own workshop (a small build of it: its look-alikes and this week's
appointments, real LocalBackend)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benches import speech_workshop
from engine.fastpath import FastPath
from wp_api.contract import CallContext
from wp_api.local import LocalBackend


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("weighed") / "workshop.sqlite3"
    speech_workshop.build(path, [], customers=300)
    return path


async def _answer(workshop: Path, text: str) -> str:
    now = speech_workshop.now()
    backend = LocalBackend(workshop, now=lambda: now, kick_outbox=False)
    try:
        out = await FastPath(backend, language="it", now=lambda: now).handle(
            text, CallContext(session_id="weighed", actor="test"), alone=True
        )
    finally:
        await backend.aclose()
    assert not [c for c in out.tool_calls if c.name == "create_appointment"], out  # a write heard so: asked first
    return out.clarification or out.reply_text


@pytest.mark.parametrize(
    "text",
    [
        "Senti, la Compass bianca di Rogerini di doppia V338 M e, il clima da ricaricare dopodomani alle 5 e mezza",
        "la Compass bianca del Rogerini, doppia V338 M e, ricarica del clima venerdì alle 10",
    ],
)
async def test_the_vehicle_described_beats_this_weeks_look_alike(workshop: Path, text: str) -> None:
    said = await _answer(workshop, text)
    assert "DW338ME" in said and "DV336ME" not in said, said


async def test_a_description_that_fits_neither_is_no_pick(workshop: Path) -> None:
    # the Tiguan said of a plate heard nearer the Compass: the mismatch is asked about, never booked
    said = await _answer(workshop, "la Tiguan blu di doppia V338 M e, il clima da ricaricare dopodomani alle 5 e mezza")
    assert said.endswith("?"), said
