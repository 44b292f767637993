"""The appointment's day no longer suits and the new one is to be seen later ("il cambio gomme di lunedì 7 non gli va
più, vediamo poi quando rifarlo", set 35): a move whose new day is asked, never a refusal; the day said is the one it
had. Said without the day to come it stays a negation; "vediamo" before anything but a day is no slot unknown."""

from __future__ import annotations

import pytest

from engine.fastpath.intents import not_known
from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "plate", "old_date"),
    [
        (
            "Il Trooper di Pianezza, EN 4 1 8 ZB: il cambio gomme di lunedì 7 non gli va più, vediamo poi quando rifarlo.",
            "EN418ZB",
            "2026-12-07",
        ),
        (
            "La revisione della Panda, AB 123 CD, di venerdì 27 non gli va più bene, vediamo poi quando rifarla.",
            "AB123CD",
            "2026-11-27",
        ),
        ("Il tagliando di giovedì 3 della Golf, EF 456 GH, non le va più, poi vediamo quando farlo.", "EF456GH",
         "2026-12-03"),
    ],
)
def test_day_off_and_the_new_one_to_see_later_asks_the_day(text: str, plate: str, old_date: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert slot(p, "plate") == plate and slot(p, "old_date") == old_date and slot(p, "date") is None, p.slots


def test_the_job_to_redo_is_heard_as_said() -> None:
    assert heard_tokens("vediamo poi quando rifarlo")[-1] == "rifarlo"  # never "rifatto", a job done


def test_the_day_off_said_alone_stays_refused() -> None:
    p = parse_it("Il cambio gomme di lunedì 7 della Golf, EF 456 GH, non gli va più.")
    assert p.intent is None and p.reason == "out_of_scope:negation", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    ["Vediamo la targa della Panda, AB 123 CD.", "Vediamo l'ora del tagliando della Panda, AB 123 CD."],
)
def test_seen_later_is_of_a_day_only(text: str) -> None:
    assert not_known(heard_tokens(text)) is None
