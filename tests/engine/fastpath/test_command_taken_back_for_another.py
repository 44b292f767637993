"""One command said, taken back at once and another said instead ("Melkus RS2000, Delta Whiskey 0 3 3 Kilo Zulu: la
diagnosi rimandala... anzi, portala avanti a domani alle 10 e mezza", set 41): the second is the request, the
first dropped as a correction (engine.fastpath.corrections), no hesitation refused. "Portala avanti a <day>" carries
the job forward to that day. A day said between the first command and the marker ("spostala a lunedì, anzi
cancellala") is no such correction, and "portala avanti" with no day after it moves nothing."""

from __future__ import annotations

import pytest

from engine.fastpath.corrections import resolve_corrections
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        (
            "Lybra grigia, Delta Whiskey 0 3 3 Kilo Zulu: la diagnosi rimandala... anzi, portala avanti a domani alle "
            "10 e mezza.",
            "move",
            {"plate": "DW033KZ", "date": "2026-11-26", "time": "10:30"},
        ),
        (
            "Il tagliando della Panda, AB 123 CD, cancellalo, no, spostalo a lunedì 30 alle 9.",
            "move",
            {"plate": "AB123CD", "date": "2026-11-30", "time": "09:00"},
        ),
        (
            "La revisione della Golf, EF 456 GH: anticipala, anzi no, rimandala a venerdì alle 11.",
            "move",
            {"plate": "EF456GH", "date": "2026-11-27", "time": "11:00"},
        ),
        ("Le gomme della Polo, FA 204 KL, spostale... anzi, cancellale.", "cancel", {"plate": "FA204KL"}),
    ],
)
def test_the_command_said_instead_is_the_request(text: str, intent: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), intent, slots)


def test_the_command_taken_back_is_dropped() -> None:
    tokens = ["la", "diagnosi", "rimandala", "anzi", "portala", "avanti", "a", "domani"]
    assert resolve_corrections(tokens) == ["la", "diagnosi", "portala", "avanti", "a", "domani"]


@pytest.mark.parametrize(
    ("tokens", "first"),
    [
        (["spostala", "a", "lunedi", "anzi", "cancellala"], "spostala"),  # its day said before the marker
        (["non", "spostarla", "anzi", "cancellala"], "spostarla"),  # an infinitive, no command
        (["la", "diagnosi", "rimandala", "anzi", "no"], "rimandala"),  # nothing said instead
    ],
)
def test_no_two_commands_around_the_marker_is_no_such_correction(tokens: list[str], first: str) -> None:
    assert first in resolve_corrections(tokens)


def test_carried_forward_with_no_day_moves_nothing() -> None:
    p = parse_it("La diagnosi della Melkus, DW 0 3 3 KZ, portala avanti tu che io non ci sono.")
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)
