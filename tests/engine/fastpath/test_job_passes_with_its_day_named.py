"""A job said to pass to another day with its day named before and no move verb, the car told by its description
or its plate ("il tagliando di venerdì della Ypsilon beige passa a lunedì alle 9", "la revisione della Panda rossa
da mercoledì la passiamo a giovedì"): the job is what passes, a move, as "spostiamo" is. "passa" is also someone
coming by ("la signora di venerdì passa alle 5", "… passa a lunedì a ritirarla"): no move then, and never without
the job named. New sentences (spoken at the counter on the demo workshop, uc32)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Il tagliando di venerdì della Ypsilon nera passa a lunedì alle 9.", "2026-11-27", "2026-11-30"),
        ("La revisione della Panda rossa da giovedì la passiamo a venerdì alle 10.", "2026-11-26", "2026-11-27"),
        ("Il cambio olio di giovedì della Golf, EF 456 GH, slitta a lunedì alle 11.", "2026-11-26", "2026-11-30"),
        ("Il tagliando della Clio grigia da martedì lo passiamo a giovedì 3 alle 9 e mezza.", "2026-12-01", "2026-12-03"),
    ],
)  # fmt: skip
def test_the_job_named_with_its_day_passes_to_another(text: str, old: str, new: str) -> None:
    p = parse_it(text)
    assert p.intent == "move", (p.intent, p.reason, p.slots)
    assert (slot(p, "old_date"), slot(p, "date")) == (old, new), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando di venerdì della Ypsilon nera: la signora passa a lunedì a ritirarla.",  # comes by for it
        "La signora del tagliando di venerdì passa alle 5.",  # comes by at an hour
        "La signora Rossi di venerdì passa a lunedì.",  # no job named
        "Il tagliando di venerdì della Ypsilon nera lo passiamo a lunedì?",  # asked
    ],
)
def test_someone_coming_by_is_no_move(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "move", (p.intent, p.reason, p.slots)
