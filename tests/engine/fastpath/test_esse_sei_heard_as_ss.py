"""A plate's last letter S and first digit 6 said "esse sei" and written by whisper over workshop noise as S twice
("FSS-2-8" for F S 6 2 8): no Italian plate opens on three letters, so the second S is the 6; an S merely
said twice ("FSS 6 2 8") still reads as the plate. A group of three other letters is read as before. New
sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _plate(text: str) -> str | None:
    p = parse(text, language="it", today=NOW.date(), unknown_ok=True)
    return p.slots.get("plate")


def test_the_second_s_is_the_six() -> None:
    assert _plate("di chi è la BSS-4-1 ti erre?") == "BS641TR"


def test_an_s_said_twice_before_the_whole_digits() -> None:
    assert _plate("di chi è la BSS 6 4 1 TR?") == "BS641TR"


def test_a_plate_said_plainly_is_unchanged() -> None:
    assert _plate("di chi è la BS 641 TR?") == "BS641TR"


def test_three_other_letters_are_not_read_so() -> None:
    assert _plate("di chi è la BPP 641 TR?") == "BP641TR"  # a P said twice: dropped, as before
