""" "tre dicembre" heard as 13 and what is left of the month: "13 embre" (its c lost) or "13.C." (cut to its first
sound). Put back only after a weekday, and the C only where no plate's letters follow it."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Metti la Kappa GT069BR per la revisione giovedì 13 embre alle 9.",
        "Per la Kappa GT069BR una revisione giovedì 13.C.",
        "La revisione della Kappa GT069BR giovedì 13 c alle 9.",
    ],
)  # fmt: skip
def test_tre_dicembre_cut_is_read(text: str) -> None:
    p = parse_it(text)
    assert p.slots.get("date") == "2026-12-03", (p.intent, p.reason, p.slots)


def test_c_opening_a_plate_stays_a_letter() -> None:
    p = parse_it("Segna le pastiglie giovedì 13 c d 4 5 6 f g alle due.")
    assert p.slots.get("date") != "2026-12-03", p.slots
    assert p.slots.get("plate") == "CD456FG", p.slots
