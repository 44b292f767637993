"""A past job asked of a car with the job said first and its pronoun after ("la revisione quando l'ha passata da
noi?", "le gomme gliele abbiamo già montate quest'anno?", set 40, and as whisper writes them): its history. "quest'anno" is the year, never
"questa no" (a negation); a booking with "quest'anno" keeps its own reading."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La 240Z di Lanzavecchia, FH 0 5 2 RK: la revisione quando l'ha passata da noi?",
        "Il collaudo della FH 052 RK quando l'ha superato?",
        "Sulla G40 di Finocchiaro, FP 876 NA, le gomme gliele abbiamo già montate quest'anno?",
        "FP 876 NA, il tagliando quando l'ha fatto?",
        "La 240Z di Lanzavecchia FH052RK, la revisione quando la passata da noi.",
        "Sulla G40 di Finocchiaro, FP 876 NA, le gomme miele abbiamo già montate quest'anno.",
        "La FP 876 NA, l'olio l'abbiamo già cambiato?",
    ],
)
def test_the_job_asked_of_the_car_is_its_history(text: str) -> None:
    assert parse_it(text).intent == "vehicle_history"


def test_this_year_is_no_negation() -> None:
    assert heard_tokens("le gomme quest'anno") == ["le", "gomme", "quest", "anno"]
    assert heard_tokens("quell'officina") == ["quell", "officina"]


def test_a_write_said_with_it_stays_that_write() -> None:
    p = parse_it("Prenota alla FP 876 NA un tagliando lunedì alle 9, l'olio l'abbiamo già cambiato")
    assert p.intent == "book" and p.slots.get("date") == "2026-11-30"


@pytest.mark.parametrize("text", ["FP 876 NA, il tagliando non l'ha fatto", "La revisione quando la passa la FP 876 NA?"])
def test_not_done_or_yet_to_come_is_no_history(text: str) -> None:
    assert parse_it(text).intent != "vehicle_history"
