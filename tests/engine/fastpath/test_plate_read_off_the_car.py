"""The plate to be read off the car by the one speaking, who goes to it (set 52: "Fammi una ricerca per targa, c'è un
furgone che blocca l'uscita. Aspetta che scendo a leggerla." was refused for its "aspetta"): no waiting to do, the
plate asked for. The car's description alone never stands for the plate to come."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Fammi una ricerca per targa, c'è un furgone che blocca l'uscita. Aspetta che scendo a leggerla.",
        "Di chi è il furgone bianco in cortile? Un attimo che vado a vedere la targa.",
        "Mi cerchi una targa? Aspetta che vado a leggerla.",
        "Di chi è la Panda in cortile? Vado a leggere la targa.",
        "Di chi è la Panda in cortile? Aspetta che la leggo.",
    ],
)
def test_the_plate_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason, p.slots)


def test_waiting_alone_is_still_refused() -> None:
    p = parse_it("Fammi una ricerca per targa. Aspetta.")
    assert p.intent is None and p.reason == "out_of_scope:unsupported_action", (p.intent, p.reason)
