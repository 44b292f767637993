"""Plates whisper wrote otherwise in set 48, spoken: W's "doppia vu" with a voiceless Z run on ("dopia vuseta"), a
letter written as itself before J's "i lunga" ("164 ai lunga", "790 Ki lunga"), "i lunga" glued onto the plate
("FD790KiLunga"), NATO's November written as the month. Each only where a plate's run says so; the same words
anywhere else stay words, months and dates."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la Shendafei, FC 624 dopia vuseta", "FC624WZ"),
        ("FC 624 Doppia Vusetta, cambio olio", "FC624WZ"),
        ("AB 123 toppia vuseta", "AB123WZ"),
        ("GR 415 doppia vuzeta", "GR415WZ"),
    ],
)  # fmt: skip
def test_voiceless_zeta_run_into_doppia_vu(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["la seta della camicia", "una camicia di seta, 12 euro"])
def test_seta_alone_is_silk(text: str) -> None:
    assert plates_in(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("le pastiglie del Genlyon, EF164 ai lunga, falle scivolare", "EF164AJ"),
        ("la Tourster, FD 790 Ki lunga", "FD790KJ"),
        ("GE 123 ei lunga", "GE123EJ"),
        ("la Panda, EF164Ailunga", "EF164AJ"),
    ],
)  # fmt: skip
def test_letter_written_as_itself_before_long_i(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("tagliando per la Tourster, FD790KiLunga, alle 9", "FD790KJ"),
        ("la AB123ZiLunga", "AB123ZJ"),
        ("la Yaris FD790Ilunga", "FD790J"),
    ],
)  # fmt: skip
def test_long_i_glued_onto_the_plate(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["torno ai lunga distanza", "ai lunga durata, grazie", "EF164Alunga"])
def test_ai_lunga_elsewhere_is_no_j(text: str) -> None:
    assert not any(p.endswith("AJ") for p in plates_in(text))


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Controlla questa targa, Delta tango 787 bravo novembre, che cliente è", "DT787BN"),
        ("Delta tango 7-8-7 bravo novembre di chi è", "DT787BN"),
        ("Golf Kilo 343 Victor novembre", "GK343VN"),
    ],
)  # fmt: skip
def test_november_as_the_month_inside_a_nato_plate(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "la Golf 12 novembre alle 9",
        "la Bravo, revisione 12 novembre",
        "Alfa Bravo 123 Charlie Delta il 3 novembre",
    ],
)
def test_november_beside_one_nato_word_stays_the_month(text: str) -> None:
    assert not any(p.endswith("N") for p in plates_in(text))
    if "novembre" in text and "Delta" not in text:
        assert parse_it(text).slots.get("plate") is None
