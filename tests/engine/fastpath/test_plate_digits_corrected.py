"""A plate's digits taken back and said again with the rest of the plate ("FA 0 9 7... no, scusa, 0 9 8 LP"):
its first letters said once, the corrected digits dropped, the plate read whole. A correction with no plate's rest
after it stays refused (which plate was meant is never guessed)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "intent", "plate"),
    [
        ("Sposta il tagliando della EW 2 7 4... no, scusa, 2 7 5 HS, da lunedì a martedì 1 dicembre alle 9",
         "move", "EW275HS"),
        ("Prenota una revisione per la GS 351, no, 352 RT giovedì alle 10", "book", "GS352RT"),
        ("Cancella la diagnosi della HB 23... no, aspetta, 239 ZV", "cancel", "HB239ZV"),
    ],
)  # fmt: skip
def test_plate_digits_said_again_are_read(text: str, intent: str, plate: str) -> None:
    assert_parsed(parse_it(text), intent, {"plate": plate})


@pytest.mark.parametrize(
    "text",
    [
        "Prenota una revisione per la GS 351, no scusa, 352 giovedì alle 10",  # no letters after: not the rest
        "Cancella la diagnosi della HB 239 ZV, no, scusa",  # nothing said instead
    ],
)  # fmt: skip
def test_correction_without_the_plate_rest_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert not p.handled or p.slots.get("plate") not in ("GS352RT", "HB239ZV"), (p.intent, p.slots)
