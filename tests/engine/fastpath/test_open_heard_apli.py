"""The card opened, "apri la scheda", as whisper base hears it: its r heard l and the article run onto it ("Aplirà
scheda della GB 445 KT"), or "aprimi" heard "aplimi": a look-up of the plate said (a read). New sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    ["Aplirà scheda della GB 445 KT.", "Aplimi la scheda della GB 445 KT", "Apli la scheda della GB 445 KT"],
)
def test_the_card_opened(text: str) -> None:
    p = _p(text)
    assert p.intent == "lookup_plate" and p.slots.get("plate") == "GB445KT", p


def test_with_no_vehicle_said_nothing_is_opened() -> None:
    assert not _p("Aplirà scheda.").handled
