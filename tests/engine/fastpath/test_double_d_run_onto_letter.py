"""W's "doppia vu" with the d of "doppia" run onto the vowel letter said before it ("E J 2 5 7 A W" heard "E i lunga 2
5 7 ad oppiavo"): read as that letter and W, never as A D. Only before "oppia", which opens no word."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("heard", "plate"),
    [
        ("Prenotami la Panda, E i lunga 3 1 8 ad oppiavu, per martedì", "EJ318AW"),
        ("la targa è F G 4 0 2 ed oppia vu", "FG402EW"),
    ],
)
def test_double_d_run_onto_vowel_letter_reads_w(heard: str, plate: str) -> None:
    assert plate in plates_in(heard)


@pytest.mark.parametrize("heard", ["vado ad aprire", "ed oggi", "ad opera d'arte"])
def test_ad_before_any_other_word_stays(heard: str) -> None:
    assert put_back(tokenize(heard))[0] in ("vado", "ed", "ad")
