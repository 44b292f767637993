"""The day's agenda asked as who comes in, as whisper writes it ("Oggi chi entai in oficina, danni le lhenco completo",
set 40): "entai" put back to "entra" only after "chi", "oficina" to "officina"."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    ["Oggi chi entai in oficina, danni le lhenco completo.", "Domani chi entai in officina?", "Chi entra in oficina lunedì?"],
)
def test_who_comes_in_is_the_agenda(text: str) -> None:
    assert parse_it(text).intent == "day_appointments"


def test_entai_is_put_back_only_after_chi() -> None:
    assert heard_tokens("chi entai") == ["chi", "entra"]
    assert heard_tokens("entai") == ["entai"]


def test_the_workshop_named_without_a_day_is_no_agenda() -> None:
    assert parse_it("La Panda è in oficina").intent != "day_appointments"
