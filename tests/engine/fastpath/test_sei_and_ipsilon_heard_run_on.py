"""A plate's letters and digits run together as whisper base wrote them over workshop noise (set 51): "sei" run onto
the letter's name before it with its "ei" heard "ai" or "ee" ("ci accasai 0,3": C H 6 0 3), and Y's "ipsilon" with its
last "n" lost and its "ps" voiced, run onto the letter before it ("cipzilo": C Y), or its "n" heard "m" before the next
letter's b, p or v (sets 29, 39: "Ipsilombi", "Ipsilomv"). Read only inside a plate's run."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    "text",
    [
        "Cannizzaro, la eufrozza ci accasai 0,3 cipzilo. Olio e filtro da cambiare",
        "la Panda rosa, ci accasai zero tre ci ipsilon, tagliando",
        "la Panda rosa, ci acca sei 0 3 ci ipsilo, tagliando",
    ],
)
def test_sei_and_ipsilon_run_onto_the_letters(text: str) -> None:
    assert plates_in(text) == ["CH603CY"]


@pytest.mark.parametrize("text", ["lo sai che la Panda è pronta?", "see you at ten", "la Panda, lo sai, costa 300 euro"])
def test_the_same_words_alone_are_no_plate(text: str) -> None:
    assert plates_in(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la Imax della Gualandris GS-4-81-Ipsilombi, batteria da sostituire", "GS481YB"),
        ("Uccellini ha venduto la Donkervoort, Di H830 Ipsilomv Toglila Revisione", "DH830YV"),
    ],
)
def test_ipsilon_with_its_n_heard_m_before_the_next_letter(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]
