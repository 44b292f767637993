"""The car searched by its plate said the way it is at the counter: "cerca targa …" with its article dropped, the
car found by its plate ("devo trovare una macchina per targa", the plate to come, so it is asked for) and the car
said first, then asked to be found ("… con la FP 846 SK, me la trovi?"). All reads: a look-up, never a write."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Cerca targa Empoli Genova 7 1 4 Roma Torino", "EG714RT"),
        ("controlla targa HB 239 ZV per favore", "HB239ZV"),
        ("Al telefono c'è uno con la GS 352 RT, me la trovi?", "GS352RT"),
        ("trovamela al volo, EH 024 JY", "EH024JY"),
        ("la signora ha la FC 436 VX, me la cerchi per favore", "FC436VX"),
    ],
)  # fmt: skip
def test_plate_searched_is_looked_up(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


@pytest.mark.parametrize(
    "text",
    [
        "Mi serve cercare un'auto per targa, un momento che mi detta il libretto",
        "cerca targa",
        "trovami la macchina dalla targa, adesso te la dico",
    ],
)  # fmt: skip
def test_plate_to_come_is_asked_for(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and not p.handled and p.reason == "missing:plate", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "me la trovi una data per il tagliando della FC 436 VX?",  # a day found, not the car
        "la Panda di Rossi me la trovi",  # no plate: nothing to look up by
    ],
)  # fmt: skip
def test_found_with_something_after_or_no_plate_is_no_lookup(text: str) -> None:
    assert parse_it(text).intent != "lookup_plate"
