"""A move said after the reason the appointment is off, heard as whisper writes it: the pronouns run onto the verb
with its "a" written twice ("melaportia a martedì"), the customer's own "me la porta a …", the appointment "fatto"
another day ("la facciamo venerdì alle 10"), and the reason's "ha" heard "a" ("domani a un imprevisto"), which is
then said back whole for a yes. Without a reason, or without the new day right after, nothing moves. Parses on the
bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import Parse, heard_tokens, parse
from tests.engine.fastpath.italian import WEDNESDAY


def parse_it(text: str) -> Parse:
    """As the fast path parses it: a surname or "porti" no table knows is taken, every such write said back."""
    return parse(text, language="it", today=WEDNESDAY, unknown_ok=True)


def _move(text: str) -> dict[str, object]:
    p = parse_it(text)
    assert p.intent == "move", (p.intent, p.reason, p.slots)
    return p.slots


def test_pronouns_run_onto_the_verb_with_its_a_twice() -> None:
    assert heard_tokens("melaportia a giovedì")[:4] == ["me", "la", "porti", "a"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Il Ferri giovedì non ce la fa: la Panda, AB 123 CD, melaportia a venerdì 27 alle 9.", "2026-11-27"),
        (
            "La signora Conti venerdì non può, la Golf, EF 456 GH, me la porta a lunedì 30 alle 10.",
            "2026-11-30",
        ),
        (
            "La Bassi domani ha un imprevisto: la Clio, GH 789 JK, la facciamo venerdì 27 alle 11.",
            "2026-11-27",
        ),
    ],
)
def test_after_a_reason_the_appointment_goes_to_the_day_said(text: str, date: str) -> None:
    assert _move(text)["date"] == date


def test_the_reasons_ha_heard_a_is_said_back() -> None:
    p = parse_it("La Bassi domani a un imprevisto: la Clio, GH 789 JK, la facciamo venerdì 27 alle 11.")
    assert p.intent == "move" and p.careful == "words", (p.intent, p.reason, p.careful)


@pytest.mark.parametrize(
    "text",
    [
        "La Clio, GH 789 JK, la facciamo venerdì 27 alle 11.",  # no reason: maybe a booking, never a move
        "La Bassi domani ha un imprevisto: la Clio, GH 789 JK, la facciamo bene.",  # no new day
        "La signora Conti me la porta a lavare.",  # no reason, no day
    ],
)
def test_without_a_reason_or_a_new_day_nothing_moves(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)
