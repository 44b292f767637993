"""Three everyday counter phrasings set 32 and 33 refused typed: the day's list asked "oggi chi ci tocca?"; the owner
asked of a plate "è un cliente nostro? Come si chiama?" (its "chiama" no call to make); and a car taken off a day's
list "toglimi la Phaeton, DX 880 TS, dal giro di giovedì 10" (a cancellation of that day's appointment, said back
as every cancellation is). Parsed on the fast path's Italian, at the contract seed's today (Monday 2 March 2026)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize("text", ["Oggi chi ci tocca? Elencami le macchine.", "Domani chi ci tocca?",
                                  "Cosa ci tocca venerdì?"])  # fmt: skip
def test_whose_turn_it_is_asked_is_the_days_list(text: str) -> None:
    assert parse_it(text).intent == "day_appointments", text


@pytest.mark.parametrize(
    "text",
    [
        "Domodossola Washington 3 5 2 Palermo Como: è un cliente nostro? Come si chiama?",
        "Di chi è la DW 352 PC? Come si chiama?",
        "DW 352 PC, è un cliente nostro?",
    ],
)
def test_the_name_asked_of_a_plate_is_a_look_up(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and slot(p, "plate") == "DW352PC", p


@pytest.mark.parametrize(
    "text",
    [
        "Chiama il proprietario della DW 352 PC.",  # a call: the fast path makes none
        "Come si chiama il meccanico che l'ha fatta? Chiamalo.",
    ],
)
def test_a_call_asked_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None and p.reason == "out_of_scope:unsupported_action", p


def test_a_name_asked_without_a_plate_is_no_look_up() -> None:
    assert parse_it("È un cliente nostro? Come si chiama?").intent is None


@pytest.mark.parametrize(
    "text",
    [
        "Toglimi la Phaeton della Mezzadri, DX 8 8 0 TS, dal giro di giovedì 5.",
        "Togli la DX 880 TS da giovedì 5.",
        "Levami la AB 123 CD dall'agenda di mercoledì.",
    ],
)
def test_a_car_taken_off_a_days_list_is_its_cancellation(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel" and slot(p, "old_date") is not None, p


@pytest.mark.parametrize(
    "text",
    [
        "Togli le gomme alla DX 880 TS da giovedì 5.",  # the tyres off the car
        "Togli la DX 880 TS dal ponte.",  # off the lift: no day
        "Togli la batteria della DX 880 TS da giovedì.",  # a part
    ],
)
def test_a_part_or_a_place_is_no_cancellation(text: str) -> None:
    assert parse_it(text).intent != "cancel", text
