"""The oil named with its filters by "con" ("le serve l'olio con i filtri: venerdì 18 dicembre, alle 4 e mezza",
set 50, asked which service): the oil change, as "l'olio e i filtri" already was; the filters alone name no job."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it, slot


@pytest.mark.parametrize(
    "text",
    [
        "La FZ 199 JT le serve l'olio con i filtri: venerdì 18 dicembre, alle 4 e mezza.",
        "Segnami olio con filtro per la FZ 199 JT lunedì alle 9",
        "Per la FZ 199 JT fagli l'olio col filtro martedì alle 10",
    ],
)
def test_oil_with_its_filters_is_the_oil_change(text: str) -> None:
    assert_parsed(parse_it(text), "book", {"service": "oil_change"})


@pytest.mark.parametrize(
    "text",
    ["La FZ 199 JT ha un problema con i filtri, venerdì alle 9", "Prenota la FZ 199 JT con i filtri nuovi lunedì alle 9"],
)
def test_the_filters_alone_name_no_oil_change(text: str) -> None:
    assert slot(parse_it(text), "service") != "oil_change"
