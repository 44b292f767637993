"""Room asked (set 36): the first free date asked with the conditional of a polite question ("la prima data
libera quale sarebbe?", "quale sarebbe il primo posto libero?"), and of a customer to come said first ("se uno
arriva giovedì 17 in mattinata per le gomme, lo riesco a sistemare?"): the first free slot, a read. "Sarebbe"
elsewhere, or with a booking asked, stays a hypothetical."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Per una diagnosi elettronica, la prima data libera quale sarebbe?", "diagnosis"),
        ("Quale sarebbe il primo posto libero per un tagliando?", "service"),
        ("Per le gomme il primo buco quando sarebbe?", "tyres"),
    ],
)
def test_first_free_asked_politely(text: str, service: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"service": service})


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Se uno arriva giovedì 17 dicembre in mattinata per le gomme, lo riesco a sistemare?", "2026-12-17"),
        ("Se qualcuno mi viene venerdì 27 pomeriggio per un tagliando, ce la faccio a sistemarlo?", "2026-11-27"),
        ("Se un cliente passa domani per le pastiglie, riesco a sistemarlo?", "2026-11-26"),
    ],
)
def test_room_for_one_to_come(text: str, day: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"date": day})


@pytest.mark.parametrize(
    "text",
    [
        "Sarebbe libero il primo posto di venerdì?",
        "Per il tagliando sarebbe meglio il primo posto libero.",
        "Prenota la revisione per la DA 763 CP al primo posto libero, quale sarebbe?",
        "Se uno arriva domani per le gomme, prenotalo alle 9.",
        "Riesci a sistemarla giovedì alle 10? DA 763 CP",
    ],
)
def test_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert not p.handled and p.intent is None, (p.intent, p.reason)
