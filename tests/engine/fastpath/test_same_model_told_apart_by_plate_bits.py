"""Two cars of one model on file, the plate said but made into no plate by whisper ("la Moskvich, Geno Vazara 4.03
Torino Genova", set 35; "the Jade, Go for the 499 Zulu Yomiyo", set 41): a read about the one whose three digits were
heard in a row, a letter of its plate too, answers about it, its plate said; digits alone, or a write, still ask
which of the two."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "cancel_appointment"}


def _seed() -> dict[str, Any]:
    """The contract workshop with a second grey Panda (GZ403TG) beside Mario Rossi's AB123CD."""
    from tests.contract.seed_data import TODAY, build_seed

    seed = build_seed(TODAY)
    seed["vehicles"] = [
        *seed["vehicles"],
        {"id": 21, "customer_id": 2, "plate": "GZ403TG", "make": "Fiat", "model": "Panda", "colour": "grigio",
         "year": 2015, "fuel": "petrol"},
    ]  # fmt: skip
    return seed


@pytest.fixture
async def fast(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f


def _said(out: Any) -> str:
    return (out.clarification or "") + out.reply_text


@pytest.mark.parametrize(
    "text",
    [
        "che lavori ha fatto da noi la Panda, Geno Vazara 4.03 Torino Genova?",
        "la Panda, Genova Zara 4.03 Torino, quando le abbiamo fatto l'ultimo tagliando?",
        "Tirami fuori lo storico della Panda grigia, Golf Zulu 4:03 Tango",
    ],
)
async def test_the_one_whose_digits_and_a_letter_were_heard_is_read(fast: FastPath, text: str) -> None:
    out = await fast.handle(text, CallContext("a", "t"))
    said = _said(out)
    assert "GZ403TG" in said and "AB123CD" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        # its digits alone: no letter of it heard
        "che lavori abbiamo fatto sulla Panda, 403?",
        # no part of either plate
        "che lavori abbiamo fatto sulla Panda grigia?",
    ],
)
async def test_without_its_digits_and_a_letter_it_still_asks_which(fast: FastPath, text: str) -> None:
    out = await fast.handle(text, CallContext("a", "t"))
    said = _said(out)
    assert "GZ403TG" in said and "AB123CD" in said, said


async def test_a_write_is_never_taken_from_plate_bits(fast: FastPath) -> None:
    out = await fast.handle(
        "prenota un tagliando per la Panda, Geno Vazara 4.03 Torino Genova, venerdì alle 10", CallContext("a", "t")
    )
    assert not [c for c in out.tool_calls if c.name in WRITES and c.result.ok], out
