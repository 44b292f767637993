"""Z's "zeta" split after its z by an apostrophe right after a plate's digits ("… tre z'etaci" for 3 zeta ci: Z C),
the next letter's name run onto it: joined back, after digits written or said as words, only where the rest reads
as letter names; a word after a lone "z" ("z etichetta") stays. New sentences."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it, plates_in, slot


def test_zeta_split_after_digits_said_as_words() -> None:
    p = parse_it("Quand'è l'ultima revisione della Panda, e di quattro uno sette z'etaci?")
    assert slot(p, "plate") == "ED417ZC", (p.reason, p.slots)


def test_zeta_split_after_digits_written() -> None:
    assert plates_in("la Panda, FA 417 z'etabi") == ["FA417ZB"]


def test_a_word_after_a_lone_z_stays() -> None:
    assert not any("ZE" in p for p in plates_in("la Panda FA 417 z etichetta"))
