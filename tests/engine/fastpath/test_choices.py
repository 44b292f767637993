"""The answer to "which vehicle?" names it as people do: a model by its first words ("la Yaris" for the
Yaris Cross), a make as people call it ("la Mercedes" for the Mercedes-Benz), a colour; an answer that
fits both vehicles or neither picks nothing, so the question stands."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.choices import pick

OPTIONS = [
    {"plate": "GH907MN", "make": "Toyota", "model": "Yaris Cross", "colour": "Grigio"},
    {"plate": "GH907MH", "make": "Mercedes-Benz", "model": "Classe A", "colour": "Grigio"},
    {"plate": "FK220LB", "make": "Fiat", "model": "Punto", "colour": "Bianco"},
]


@pytest.mark.parametrize(
    ("answer", "plate"),
    [
        ("la Yaris", "GH907MN"),
        ("quella Yaris Cross", "GH907MN"),
        ("la Toyota", "GH907MN"),
        ("la Mercedes", "GH907MH"),
        ("la Punto", "FK220LB"),
        ("the white one", "FK220LB"),
        ("la grigia", None),
        ("la Panda", None),
        ("la seconda", "GH907MH"),
    ],
)
def test_the_answer_names_the_vehicle(answer: str, plate: str | None) -> None:
    chosen = pick("vehicle", answer, OPTIONS, "it", date(2026, 3, 2))
    assert (chosen or {}).get("plate") == plate


WRITE = [{"tool": "create_appointment", "arguments": {"start": "2026-03-03T10:00"}, "plate": "GH907MN"}]


@pytest.mark.parametrize("answer", ["Esatto.", "sì, confermo", "d'accordo", "yep, go ahead", "sure", "okay"])
def test_every_word_of_a_yes_accepts_a_write_said_back(answer: str) -> None:
    # one set of yes words for every answer: "esatto" and "confermo" were shadowed by a second, shorter set
    assert pick("write", answer, WRITE, "it", date(2026, 3, 2)) == WRITE[0]


@pytest.mark.parametrize("answer", ["esatto, ma alle 11", "sì, però la grigia", "no", "esatto no"])
def test_a_yes_with_more_to_it_or_a_no_accepts_no_write(answer: str) -> None:
    assert pick("write", answer, WRITE, "it", date(2026, 3, 2)) is None
