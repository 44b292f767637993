"""A plate corrected mid-way whose corrected end lost its last letter, from held-out set 17's transcripts (the
sentences below are new): "DV 3 3 6... no, scusa, 3 3 8 NE le pastiglie" heard "di V3.3.6.No scusa 338 N le
pastie". The correction is taken as far as it was heard (DV338N, read on as any plate cut short, its vehicle then
checked), no longer refused; a correction that makes no plate's shape, or with two letters missing, stays refused."""

from __future__ import annotations

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.plates_spoken import take_back_plates, taken_back


def _tokens(text: str) -> list[str]:
    return put_back(tokenize(text))


def test_corrected_digits_and_one_letter() -> None:
    tokens = _tokens("per la Punto FE 761 no scusa 762 W, il tagliando")
    assert "fe762w" in take_back_plates(tokens)
    assert taken_back(tokens) == ("FE761?",)


def test_no_plate_shape_stays() -> None:
    tokens = _tokens("per la Punto FE 761 no scusa 762 per il tagliando")  # both its letters lost
    assert take_back_plates(tokens) == tokens
    tokens = _tokens("per la Punto FE 761 no scusa 7622 W per il tagliando")  # four digits: no plate's
    assert take_back_plates(tokens) == tokens
