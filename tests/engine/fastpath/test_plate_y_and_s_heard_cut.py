"""Set 47 as whisper heard it: ES 932 YJ said "e esse novecentotrentadue ipsilon i lunga", written "e ese 932 Xyloni
lunga" (three times over the set): S's "esse" with its ss single, Y's "ipsilon" with its ps written x and its first
i lost, J's "i" run onto it. Neither "ese" nor "xylon" is a word, so both are the letters."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("per la Xoanje Bianca della Pizigoni, e ese 932 Xyloni lunga, per un cambio gomme", "ES932YJ"),
        ("e ese 932 ipsiloni lunga", "ES932YJ"),
        ("la effe ese 210 ti a", "FS210TA"),
        ("la gi xilon 582 ti a", "GY582TA"),
        ("la AB 123 xylon di", "AB123YD"),
    ],
)
def test_y_and_s_heard_cut(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "il xilofono è rotto",
        "questo ese mi fa impazzire domani alle 10",
    ],
)
def test_no_plate_without_its_digits(text: str) -> None:
    assert plates_in(text) == []
