""" "Sabato non viene più: rimettilo a sabato 12 alle 9": the appointment put again on another day after the reason
it is off, as "mettilo a …" is (a move). Said alone, or "rimettilo a posto", it moves nothing. Parses on the
bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_put_again_after_a_reason_is_a_move() -> None:
    p = parse_it(
        "Il tagliando della Panda, AB 123 CD, venerdì 27 non viene più: rimettilo a lunedì 30 alle 9."
    )
    assert_parsed(
        p, "move", {"plate": "AB123CD", "old_date": "2026-11-27", "date": "2026-11-30", "time": "09:00"}
    )


@pytest.mark.parametrize("text", ["Rimettilo a posto.", "La Panda, AB 123 CD, rimettila a sabato alle 9."])
def test_put_again_with_no_reason_moves_nothing(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason)
