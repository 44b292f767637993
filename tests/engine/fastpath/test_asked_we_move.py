"""The customer's question relayed with our verb of moving in the first person plural ("Rossi chiede se
anticipiamo la Panda da sabato a domani"): the move asked (`Parse.careful == "asked"`, said back whole), no
hypothetical to refuse. "Chiede se" with anything else after it stays as it was. Parses on the bench's Wednesday
25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Il Ferri chiede se anticipiamo la Panda, AB 123 CD, da sabato a domani alle 5.", "2026-11-28", "2026-11-26"),
        ("La Conti chiede se posticipiamo la Golf, EF 456 GH, da venerdì a lunedì alle 9.", "2026-11-27", "2026-11-30"),
    ],
)  # fmt: skip
def test_asked_to_move_is_a_move_said_back(text: str, old: str, new: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.careful == "asked", (p.intent, p.reason, p.careful)
    assert (p.slots.get("old_date"), p.slots.get("date")) == (old, new), p.slots


def test_asked_if_something_else_is_no_move() -> None:
    p = parse_it("Il Ferri chiede se la Panda, AB 123 CD, è pronta per sabato.")
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason)
