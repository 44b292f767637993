"""W's "doppia vu" with its pp voiced, "dobbia" or "dobia" (set 30's "GF017 dobbia avubi" twice): read as W's
"doppia" as its other spellings are; "dobbiamo" stays a verb. New sentences."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it, plates_in, slot


def test_dobbia_vu_is_w() -> None:
    assert plates_in("la Polo, FA 204 dobbia vu ci") == ["FA204WC"]


def test_dobia_with_its_a_run_onto_vu() -> None:
    p = parse_it("Segnami un tagliando per la Polo, FA 204 dobia avuci, lunedì 30 alle 9.")
    assert slot(p, "plate") == "FA204WC", (p.reason, p.slots)


def test_dobbiamo_stays_a_verb() -> None:
    assert plates_in("dobbiamo fare il tagliando alla Polo") == []
