"""Spoken answers to a pending confirmation are recognised by the pipeline; anything longer is a new request."""

from __future__ import annotations

import pytest

from engine.pipeline.confirm_words import confirmation_answer


@pytest.mark.parametrize(
    "text",
    [
        "Sì, conferma.",
        "sì",
        "Confermo",
        "ok, procedi",
        "Va bene, grazie",
        "Yes, confirm.",
        "yes please",
        "Sure, go ahead",
    ],
)
def test_yes(text: str) -> None:
    assert confirmation_answer(text) == "accept"


@pytest.mark.parametrize(
    "text",
    ["No.", "No, annulla", "annulla", "lascia stare", "non confermare", "no thanks", "Cancel", "don't"],
)
def test_no(text: str) -> None:
    assert confirmation_answer(text) == "decline"


@pytest.mark.parametrize(
    "text",
    [
        "annulla l'appuntamento di domani",
        "sì, e prenota anche la revisione",
        "Prenota un tagliando per la Panda",
        "yes but move it to Friday",
        "",
        "grazie",
    ],
)
def test_anything_else_is_a_new_request(text: str) -> None:
    assert confirmation_answer(text) is None
