"""A plate's 7 said after another digit ("due sette", "quattro sette") that whisper base wrote as a 0 and the z of
the next word ("120 z a capi", "120Z accabili", "540 zetici", held-out sets 18 and 19; the sentences below are
new): read as the 7 at a price, the workshop's plates deciding. A number ending on 0 before any other word keeps
its 0."""

from __future__ import annotations

from engine.fastpath.plate_hearing import readings


def _texts(tokens: list[str]) -> list[str]:
    return [r.text for r in readings(tokens)]


def test_zero_and_z_apart_are_a_seven() -> None:
    assert "GT347TC" in _texts(["gt", "340", "zetici"])


def test_zero_z_in_one_token_is_a_seven() -> None:
    assert "GT347HB" in _texts(["gt", "340z", "accabi"])


def test_a_zero_before_another_word_stays() -> None:
    assert not any("347" in t for t in _texts(["gt", "340", "accabi"]))
    assert _texts(["gt", "340", "hb"])[0] == "GT340HB"
