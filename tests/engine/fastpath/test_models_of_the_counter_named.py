"""Models of the counter the fast path did not know (set 22): the Lancia Lybra, as said and as whisper base spells it
the Italian way ("la Libra"), the Brera, Baleno, Espace, Agila, C-Max, Forfour, Classe B; known, a plate heard one symbol off
is checked against the model said (the bench's Wednesday 25 November 2026)."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it, slot


def test_libra_is_the_lybra() -> None:
    p = parse_it("di chi è la Libra grigia, AB 123 CD?")
    assert_parsed(p, "lookup_plate", {"plate": "AB123CD", "model": "Lybra"})


def test_lybra_as_written() -> None:
    assert slot(parse_it("prenota un tagliando per la Lybra, AB 123 CD, domani alle 9"), "model") == "Lybra"


def test_more_models_of_the_counter_are_known() -> None:
    p = parse_it("la Baleno azzurra, AB 123 CD, diagnosi mercoledì 9 alle 4")
    assert_parsed(p, "book", {"plate": "AB123CD", "model": "Baleno"})
    assert (
        slot(parse_it("prenota la revisione per la Brera rossa, AB 123 CD, domani alle 9"), "model")
        == "Brera"
    )
    assert (
        slot(parse_it("mi metti la C-Max grigia, AB 123 CD, per una diagnosi domani alle 5"), "model")
        == "C-Max"
    )
    assert slot(parse_it("la Classe B bianca, AB 123 CD, batteria domani alle 9"), "model") == "Classe B"
