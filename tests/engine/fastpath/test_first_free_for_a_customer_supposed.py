"""The first free slot asked for a customer who might ring or walk in ("If a customer rang now wanting a new battery
fitted, what's the soonest we could take the car?", set 38; "if someone walked in wanting pads done, when's the
first free slot?", "se chiamasse un cliente per le pastiglie, quando è il primo posto libero?"): its "if"/"se" only
frames the question, a read of the diary. A write said with it ("if a customer calls, book them in …") stays a
hypothetical, and an "if" said anywhere else stays one."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "If a customer rang now wanting a new battery fitted, what's the soonest we could take the car?",
        "If someone walked in wanting pads done, when's the first free slot?",
        "If a client phoned today wanting an MOT, when's the next available?",
    ],
)
def test_a_customer_supposed_asks_the_first_free_slot(text: str) -> None:
    assert parse_en(text).intent == "first_free_slot", text


@pytest.mark.parametrize(
    "text",
    [
        "Se chiamasse un cliente per le pastiglie, quando è il primo posto libero?",
        "Se un cliente arriva adesso per il tagliando, qual è il primo posto libero?",
    ],
)
def test_un_cliente_supposto_asks_the_first_free_slot(text: str) -> None:
    assert parse_it(text).intent == "first_free_slot", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If a customer calls, book them in for the first free slot.", "en"),
        ("If a customer rang wanting an MOT, book the soonest slot.", "en"),
        ("What's the soonest for an MOT if the customer agrees?", "en"),
        ("Se un cliente chiama, prenotalo al primo posto libero.", "it"),
    ],
)
def test_a_write_or_another_if_stays_a_hypothetical(text: str, lang: str) -> None:
    parsed = parse_en(text) if lang == "en" else parse_it(text)
    assert parsed.intent is None and parsed.reason == "out_of_scope:hypothetical", (parsed.intent, parsed.reason)
