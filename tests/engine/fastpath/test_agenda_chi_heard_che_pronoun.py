"""The day's agenda asked with a pronoun ("oggi chi ci arriva?") and its "chi" heard "che": read as the agenda
(a read, never a write); the relative "che" after a car stays as heard."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Domani che ci arriva in officina?", "2026-11-26"),
        ("Venerdì 27 che mi entra, per orario?", "2026-11-27"),
    ],
)  # fmt: skip
def test_agenda_che_with_pronoun_is_read(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


def test_relative_che_after_a_car_stays() -> None:
    p = parse_it("La Panda che ci arriva domani è del signor Rossi")
    assert p.intent != "day_appointments", (p.intent, p.reason)
