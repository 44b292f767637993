"""A car whose colour is on file as a shade of two words ("rosso ciliegia", "marrone castagna", set 31's uu08 and
uu43): the fast path asks the backend for its plain colour ("156 red"), and the backend finds the shade by it, its
first word the plain colour; the whole shade said finds it too. A wrong colour still finds nothing, and a plain
colour that two cars of the model answer to (one plain, one a shade) is asked about, never chosen. On the contract
workshop with Davide Bruno's Renegade (ZA987YE) made an Alfa Romeo 156 "rosso ciliegia", and a second black Golf
beside Giulia Bianchi's (EF456GH) made "nero opaco"."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked, wrote_nothing
from wp_api.contract import CallContext


def _seed() -> dict[str, Any]:
    seed = seed_with({"ZA987YE": {"make": "Alfa Romeo", "model": "156", "colour": "rosso ciliegia"}})
    (golf,) = [v for v in seed["vehicles"] if v["plate"] == "EF456GH"]
    seed["vehicles"].append({**golf, "id": 99, "customer_id": 3, "plate": "GE123LT", "colour": "nero opaco"})
    return seed


@pytest.fixture
async def shaded(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f



@pytest.mark.parametrize(
    "text",
    [
        "Prenota un cambio gomme per la 156 rosso ciliegia venerdì 6 marzo alle 11.",  # the shade said whole
        "Prenota un cambio gomme per la Alfa 156 rosso ciliegia di Bruno venerdì 6 marzo alle 11.",
        "Prenota un cambio gomme per la 156 rossa venerdì 6 marzo alle 11.",  # its plain colour
        "Prenota un cambio gomme per la 156 rosso ciliegia, ZA 987 YE, venerdì 6 marzo alle 11.",  # with its plate
    ],
)
async def test_a_shade_of_two_words_or_its_plain_colour_finds_the_car(
    shaded: FastPath, context: CallContext, text: str
) -> None:
    out = await shaded.handle(text, context, alone=True)
    if out.reason == "say_back:described":  # no plate nor owner said: the one car on file so described, for a yes
        assert "ZA987YE" in out.reply_text and "Davide Bruno" in out.reply_text and not booked(out), out
        out = await shaded.resume("Sì", context, alone=True)
        assert out is not None
    (made,) = booked(out)
    assert made.arguments["start"] == "2026-03-06T11:00" and "ZA987YE" in out.reply_text, out


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un cambio gomme per la 156 verde venerdì 6 marzo alle 11.",  # a wrong colour
        "Prenota un cambio gomme per la 156 blu di Bruno venerdì 6 marzo alle 11.",
        "Prenota un cambio gomme per la 156 bianca venerdì 6 marzo alle 11.",
    ],
)
async def test_a_wrong_colour_finds_no_shade(shaded: FastPath, context: CallContext, text: str) -> None:
    out = await shaded.handle(text, context, alone=True)
    assert wrote_nothing(out) and "ZA987YE" not in (out.reply_text or ""), out


async def test_a_plain_colour_two_cars_answer_to_is_asked_about(shaded: FastPath, context: CallContext) -> None:
    # the black Golf and the "nero opaco" one: "la Golf nera" may be either, so neither is booked
    out = await shaded.handle("Prenota un cambio gomme per la Golf nera venerdì 6 marzo alle 11.", context, alone=True)
    assert wrote_nothing(out), out


async def test_the_backend_finds_a_shade_said_whole_only_as_itself(shaded: FastPath, context: CallContext) -> None:
    found = await shaded.backend.call_tool("find_vehicle", {"description": "Golf nero opaco"}, context=context)
    assert [m["plate"] for m in found.data["matches"]] == ["GE123LT"]
    plain = await shaded.backend.call_tool("find_vehicle", {"description": "Golf black"}, context=context)
    assert {m["plate"] for m in plain.data["matches"]} == {"EF456GH", "GE123LT"}
    other = await shaded.backend.call_tool("find_vehicle", {"description": "Golf rosso ciliegia"}, context=context)
    assert not other.ok and other.error.code == "not_found"
