"""An appointment named by its day and "buttalo via" ("niente più gomme per la Noble di Scandolara, EZ 733 VR:
l'appuntamento di lunedì 18 gennaio buttalo via", set 39; whisper's "butta lovia"): a cancellation, said back for a
yes as every one, its "niente più" the cancel said twice, no negation. "Togli la revisione" heard with its article
twice ("Toglia la revisione di giovedì") is the cancel too. A thing thrown away with no day of its own ("la batteria
vecchia buttala via") cancels nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Ehm, niente più gomme per la Panda di Rossi, AB 123 CD: l'appuntamento di lunedì 30 novembre buttalo via.",
        "La Panda, AB 123 CD: l'appuntamento di lunedì 30 novembre buttalo via.",
        "Il cambio gomme di lunedì 30 novembre della AB 123 CD buttalo pure via, non viene più.",
        "La revisione del 30 novembre della AB 123 CD, buttala via.",
        # as whisper writes it, the pronoun run onto "via"
        "e niente più gomme per la Panda di Rossi, AB 123 CD, l'appuntamento di lunedì 30 novembre butta lovia.",
        "Rossi ha venduto la Panda, AB 123 CD. Toglia la revisione di lunedì 30 novembre.",
    ],
)
def test_the_days_appointment_thrown_away_is_cancelled(text: str) -> None:
    assert_parsed(parse_it(text), "cancel", {"plate": "AB123CD", "old_date": "2026-11-30"})


@pytest.mark.parametrize(
    "text",
    [
        "La batteria vecchia della Panda, AB 123 CD, buttala via.",
        "Niente più gomme per la Panda, AB 123 CD, buttale via.",
        "Le gomme vecchie della AB 123 CD buttale via e montale nuove lunedì 30 novembre alle 9.",
    ],
)
def test_a_thing_thrown_away_cancels_nothing(text: str) -> None:
    assert parse_it(text).intent != "cancel", parse_it(text)
