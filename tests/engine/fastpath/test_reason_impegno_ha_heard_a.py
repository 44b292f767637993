"""The customer's reason with its "ha" heard "a": "Ardizzone lunedì a un impegno: il tagliando della Nissan Pixo, …,
me lo metti a lunedì 14 dicembre alle 9?" (set 34), as "a un imprevisto" already is. The command after it reads as the
move it is, said back whole for a yes; the sentences below are new. "a un impegno" with no command after it, or said of
a place ("vado a un impegno"), moves nothing."""

from __future__ import annotations

from engine.fastpath.misheard import reason_heard
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_impegno_reason_heard_a_is_put_back() -> None:
    for text in (
        "Rossi lunedì a un impegno, il tagliando della Panda me lo metti a martedì alle 9",
        "la signora Bianchi venerdì a avuto un impegno, spostala a sabato alle 10",
        "Ferri domani a un impegno: la revisione della Punto portala a giovedì",
    ):
        assert "ha" in heard_tokens(text) and "a" not in heard_tokens(text)[:4], text
        assert reason_heard(tokenize(text)), text


def test_impegno_reason_then_a_move_is_read_as_a_move() -> None:
    p = parse_it("Rossi lunedì a un impegno: il tagliando della AB 123 CD me lo metti a martedì 1 dicembre alle 9?")
    assert p.intent == "move" and p.slots.get("date") == "2026-12-01", (p.intent, p.reason, p.slots)
    p = parse_it("Ferri venerdì a un impegno, la revisione della EF 456 GH spostala a sabato 28 alle 10.")
    assert p.intent == "move" and p.slots.get("time") == "10:00", (p.intent, p.reason, p.slots)


def test_impegno_with_no_command_moves_nothing() -> None:
    for text in ("Rossi lunedì a un impegno", "domani vado a un impegno alle 9 con la AB 123 CD"):
        assert parse_it(text).intent != "move", text
