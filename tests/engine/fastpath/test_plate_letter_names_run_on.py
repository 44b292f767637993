"""Letter names whisper base runs into each other and into the plate's digits (set 27): "vu uno" heard as one
word with the "u" said once ("accavono 5 8" for acca vu uno 5 8: H V 1); H's "acca" written "ak" run onto the
plate's last letter ("…819AKS": H S); W's "doppia vu" written as a 2 and "pf" ("G2PF819…": G W). Each is read as
the letters said; an ordinary word ending like "vono" stays a word, and "AK" said apart stays A K."""

from __future__ import annotations

import pytest

from engine.fastpath.plate_hearing import token_readings, word_readings
from tests.engine.fastpath.italian import plates_in


def test_vu_uno_run_together_reads_v_then_1() -> None:
    assert word_readings("accavono")[0].text == "HV1"
    assert word_readings("accavuno")[0].text == "HV1"


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Prenota la revisione per accavono 4 2 TL domani alle 9", "HV142TL"),
        ("Per la Punto bianca, accavono 3-6 MR, cambio olio giovedì alle 10", "HV136MR"),
    ],
)  # fmt: skip
def test_plate_opening_acca_vu_uno_heard_as_one_word(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_words_ending_in_vono_are_no_plate() -> None:
    assert plates_in("le ruote si muovono 3 volte") == []
    assert plates_in("dovevono arrivare 200 pezzi") == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Prenota il tagliando per la FR527AKM giovedì alle 9", "FR527HM"),
        ("Chi ha la CB340AKT?", "CB340HT"),
    ],
)  # fmt: skip
def test_acca_written_ak_at_the_plate_end(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_ak_then_a_vowel_or_said_apart_stays_as_heard() -> None:
    assert plates_in("Chi ha la CB 340 AK?") == ["CB340AK"]


def test_double_vu_written_2pf_inside_a_plate() -> None:
    texts = [r.text for r in token_readings("f2pf503akt")]
    assert "FW503HT" in texts
    assert plates_in("Prenota il tagliando per F2PF503AKT domani alle 9") == ["FW503HT"]


def test_a_2_before_an_f_with_no_p_stays_a_digit() -> None:
    assert "FW73FA" not in [r.text for r in token_readings("fx72fa")]
