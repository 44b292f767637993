"""An Italian request's courtesy said last ("…, se c'è posto", "se possibile, grazie", "se riesci") is no condition the
request waits on, as "if we can" already was in English: the request is taken, and its slot checked as always. "Se ci
sta" alone stays a condition ("if he agrees"), and so does a courtesy said first or followed by more of the request."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("said", "intent", "slots"),
    [
        ("Revisione per la Golf EF 456 GH giovedì alle 11, se c'è posto", "book",
         {"plate": "EF456GH", "date": "2026-11-26", "time": "11:00"}),
        ("mi fai il cambio olio alla Punto BC 271 FD lunedì alle 9 se possibile, grazie", "book",
         {"plate": "BC271FD", "date": "2026-11-30", "time": "09:00"}),
        ("anticipa la Yaris GA 118 KP a domani se riesci", "move", {"plate": "GA118KP", "date": "2026-11-26"}),
        ("gomme invernali per la C3 FD 602 LM sabato alle 10 se ce la facciamo per favore", "book",
         {"plate": "FD602LM", "date": "2026-11-28", "time": "10:00"}),
    ],
)  # fmt: skip
def test_a_courtesy_said_last_is_no_condition(said: str, intent: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(said), intent, slots)


@pytest.mark.parametrize(
    "said",
    [
        "sposta la Panda AB 123 CD a venerdì se ci sta",  # "if he agrees": his yes is awaited
        "Se possibile, tagliando per la Panda AB 123 CD venerdì alle 10",  # said first, as "if possible, book …"
        "tagliando per la Panda AB 123 CD venerdì alle 10 se c'è posto per la Clio",  # more request after it
        "tagliando per la Panda AB 123 CD venerdì alle 10 se il cliente conferma",  # a real condition
    ],
)
def test_a_condition_stays_a_condition(said: str) -> None:
    p = parse_it(said)
    assert p.intent is None and p.reason == "out_of_scope:hypothetical", (p.intent, p.reason)
