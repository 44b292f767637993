"""J's "i lunga" with its "i" run onto the whole name of the letter before it, as whisper base wrote it in held-out
set 17 ("S128 cappai lunga" for … cappa i lunga, K J; the sentences below are new). Read as that letter and J,
only right before "lunga"; such a word alone is no letter."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plate_symbols import symbol
from engine.fastpath.plates_spoken import find_plates


def _plates(text: str) -> list[str]:
    return [m.plate for m in find_plates(heard_tokens(text))]


def test_a_letters_name_with_the_i_run_on() -> None:
    assert symbol(["cappai", "lunga"], 0) == ("KJ", 2)
    assert symbol(["effei", "lunga"], 0) == ("FJ", 2)
    assert _plates("la Mazda di Sbarra, FS 417 cappai lunga, domani") == ["FS417KJ"]


def test_without_lunga_after_it_no_letter() -> None:
    assert symbol(["cappai", "domani"], 0) is None
    assert symbol(["ragazzi", "lunga"], 0) is None  # no letter's name before the "i"
