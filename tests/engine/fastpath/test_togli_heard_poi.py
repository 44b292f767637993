"""The cancel "togli" heard "poi" over a workshop's noise, its gl lost and its t heard p as in "posi" ("Poi, la
puntamento di domani della Idea …", "Poi, l'appuntamento di venerdì 4 del Boxer …": sets 26 and 27): the request's
command, put back only as its first word right before "l'appuntamento" with no other command after it. A
cancellation always waits for a yes. New sentences in the shape the sets heard; "poi" before anything else, or
with a command of its own after it, is left as heard."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Poi, la puntamento di giovedì 3 della Clio rossa, AB 123 CD.", {"plate": "AB123CD"}),
        ("poi l'appuntamento di domani della Panda, la signora sta male", {}),
    ],
)
def test_togli_heard_poi_before_the_appointment_cancels(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "cancel", slots)


@pytest.mark.parametrize(
    "text",
    [
        "poi l'appuntamento di domani della Panda spostalo a lunedì",  # a move said with its own command
        "poi la revisione della Panda quando l'abbiamo fatta?",  # no appointment taken up
    ],
)
def test_poi_with_a_command_of_its_own_or_no_appointment_stays(text: str) -> None:
    assert "togli" not in heard_tokens(text)
