"""Set 46's English as whisper heard it: "Scrap Mr. Favoreto Service on the salmon Delta Bravo 821 Tango Echo" — the
customer's "'s" lost between a titled surname and the job right after it. Put back only there; the sentences below
are new."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import title_possessive_lost
from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Scrap Mr Rossetti service on the Panda, AB 123 CD, that's Friday", "service"),
        ("Scrap Mrs Rossetti tyre change on the Panda, AB 123 CD, that's Friday", "tyres"),
        ("Scrap Ms Bianchini oil change on the salmon Alfa Bravo 123 Charlie Delta. That's Friday", "oil_change"),
    ],
)
def test_the_job_of_a_titled_customer_with_its_s_lost(text: str, service: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": "AB123CD", "service": service, "old_date": "2026-11-27"})


@pytest.mark.parametrize(
    "tokens",
    [
        ["text", "mr", "rossetti", "the", "car", "is", "ready"],  # no job after the name
        ["ask", "mr", "brown", "service", "is", "due"],  # "brown" a word: no surname to own it
        ["scrap", "mr", "rossetti", "s", "service"],  # said with its "'s"
    ],
)
def test_left_as_said_without_a_job_right_after_a_surname(tokens: list[str]) -> None:
    assert title_possessive_lost(tokens) == tokens
