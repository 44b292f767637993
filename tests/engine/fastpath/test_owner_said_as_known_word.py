"""A car described, then its owner by a surname the parser knows as another word ("la Ypsilon di Monti": "monti" a
verb too). Left untaken, the car would be found by its description alone — the workshop's one Ypsilon, whoever owns
it. The Capitalised word right after the model is taken as the owner: the car is found by both, so the Ypsilon of a
Monti is booked, and with no Monti owning one the plate is asked and nothing is written. A surname it does not know
is the owner as before; a day, a part of the day or a person word after "di" is no owner."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on
from tests.engine.fastpath.italian import parse_it, wrote_nothing
from wp_api.contract import CallContext

_BOOK = "Prenota un tagliando per la Ypsilon di Monti mercoledì 4 marzo alle 9."


@pytest.mark.parametrize("owner", ["Monti", "Porta"])
def test_a_known_word_after_the_model_is_the_owner(owner: str) -> None:
    p = parse_it(_BOOK.replace("Monti", owner))
    assert p.intent == "book" and p.slots.get("customer") == owner, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un tagliando per la Ypsilon di Mercoledì 4 marzo alle 9.",
        "Prenota un tagliando per la Ypsilon di Mattina mercoledì 4 marzo.",
        # lower case, a word after "di" that is no name: whisper's, not the speaker's capital
        "Prenota un tagliando per la Ypsilon di monti mercoledì 4 marzo alle 9.",
    ],
)
def test_a_day_a_part_of_the_day_or_a_lower_case_word_is_no_owner(text: str) -> None:
    assert "customer" not in parse_it(text).slots


def test_a_surname_it_does_not_know_is_the_owner_as_before() -> None:
    assert parse_it(_BOOK.replace("Monti", "Gallo")).slots.get("customer") == "Gallo"


async def test_no_monti_owning_the_one_ypsilon_asks_and_writes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(_BOOK, context)  # the workshop's one Ypsilon is Chiara Gallo's
    assert wrote_nothing(out) and "Ypsilon di Monti" in out.reply_text, out


@pytest.fixture
async def monti(tmp_path: Path) -> AsyncIterator[FastPath]:
    """The contract workshop with its Ypsilon's owner a Monti."""
    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))  # its customers are the module's own list
    (owner,) = [c for c in seed["customers"] if c["id"] == 10]
    owner["full_name"] = "Chiara Monti"
    async for f in fast_on(tmp_path, seed):
        yield f


async def test_the_ypsilon_of_a_monti_is_booked(monti: FastPath, context: CallContext) -> None:
    out = await monti.handle(_BOOK, context)
    booked = [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]
    assert len(booked) == 1 and booked[0].arguments["vehicle_id"] == 10, out
