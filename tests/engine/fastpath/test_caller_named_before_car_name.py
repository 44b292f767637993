"""Who called, named after "ha chiamato" ("Ha chiamato Chisari per l'Healey, DH 0 24 GB: il cambio gomme lo
anticipiamo a lunedì 5 luglio alle 2 e mezza.", set 54, refused as several actions: "Chisari" put back as the verb
"fissali"): the surname kept as said. A car's name no table knows is still said back (unknown words), a negated move
or a price asked still refuse."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Ha chiamato Chisari per la Panda, DH 0 24 GB: il cambio gomme lo anticipiamo a lunedì 5 luglio alle 2 e mezza.",
        "Ha telefonato Chisari per la Panda, DH 024 GB: il cambio gomme spostalo a lunedì 5 luglio alle 2 e mezza.",
        "Ha chiamato Chisari: il cambio gomme della DH 024 GB lo anticipiamo a lunedì 5 luglio alle 2 e mezza.",
    ],
)
def test_move_after_who_called(text: str) -> None:
    assert_parsed(parse_it(text), "move", {"plate": "DH024GB", "time": "14:30"})


@pytest.mark.parametrize("text", ["Ha chiamato Chisari per l'Healey", "Al signor Chisari, DH 024 GB", "la signora Chisari"])
def test_surname_kept_as_said(text: str) -> None:
    assert "chisari" in heard_tokens(text)


def test_unknown_car_name_still_said_back() -> None:
    text = "Ha chiamato Chisari per l'Healey, DH 0 24 GB: il cambio gomme lo anticipiamo a lunedì 5 luglio alle 2 e mezza."
    p = parse_it(text)
    assert p.intent == "move" and (p.reason or "").startswith("unknown_words:")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Ha chiamato Chisari per la Panda, DH 024 GB: il cambio gomme non lo anticipiamo.", "out_of_scope:negation"),
        ("Ha chiamato Chisari per la Panda, DH 024 GB: vuole sapere quanto costa il cambio gomme.", "out_of_scope:price"),
    ],
)
def test_still_refused(text: str, reason: str) -> None:
    assert parse_it(text).reason == reason
