"""W's "doppia" as whisper base writes it, its pp heard single or its d voiceless ("dopia", "toppia"), with the next
letter run onto its "vu" ("dopia vx": W X): read as W then the letter, as "doppia vx" already was, never as P A V X."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("heard", "plate"),
    [
        ("la Jazz della signora Rossi, di B, due 7, uno dopia vx", "DB271WX"),
        ("FE 5 0 3 toppia vk", "FE503WK"),
        ("GA 1 2 4 doppia vr", "GA124WR"),
    ],
)
def test_double_heard_single_with_letter_run_on_is_w(heard: str, plate: str) -> None:
    assert plates_in(heard) == [plate]


def test_double_without_its_vu_is_no_w() -> None:
    assert all("W" not in p for p in plates_in("FE 5 0 3 dopia kappa"))
