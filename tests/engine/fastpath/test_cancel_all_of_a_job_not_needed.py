""""Cancella tutto" said last after the job said no longer needed (set 48: "Per la Zapatilla, EH 979 WF, la batteria
nuova non serve più: cancella tutto.") was refused as an undo: "tutto" is the whole of that appointment, a cancel.
Said alone, or after anything else, it still takes back what was said (left to the model)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Per la Zapatilla, EH 979 WF, la batteria nuova non serve più: cancella tutto.", "battery"),
        ("Per la Panda AB 123 CD, il tagliando non serve più, annulla tutto, grazie.", "service"),
        ("La revisione della Panda, AB 123 CD, non gli serve più: annulla tutto.", "inspection"),
    ],
)
def test_all_of_a_job_not_needed_is_cancelled(text: str, service: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "cancel", {"service": service})
    assert p.slots.get("plate") in ("EH979WF", "AB123CD"), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Cancella tutto.",
        "Prenota un tagliando per la Panda AB 123 CD lunedì alle 9, anzi no, cancella tutto.",
        # something asked after it: not all of it said last
        "Il tagliando per la Panda AB 123 CD non serve più: cancella tutto e prenota una revisione.",
        # no job named before it
        "La Panda AB 123 CD non serve più: cancella tutto.",
    ],
)
def test_anything_else_is_still_an_undo(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None, (p.intent, p.reason, p.slots)
