"""A move said after why the customer cannot keep the appointment: not there in time ("non arriva in tempo",
"non fa in tempo"), then the command ("rimandala a lunedì 21"); or the day not kept said bare before the reason
("venerdì 18 ha un imprevisto") and the job passed on with "la passiamo a lunedì 21" (set 36). Said alone, or
with no day the appointment had, they stay what they were."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Mingardi martedì 15 non arriva in tempo: la diagnosi del Ducato, DJ 6 9 6 EW, rimandala a lunedì 21 dicembre "
        "alle 10 e mezza.",
        "Mingardi martedì 15 non fa in tempo: la diagnosi della DJ 696 EW spostala a lunedì 21 alle 10 e mezza.",
        "Martedì 15 la signora non riesce ad arrivare in tempo, la diagnosi della DJ 696 EW rimandala a lunedì 21 "
        "alle 10 e mezza.",
    ],
)
def test_not_in_time_then_moved(text: str) -> None:
    assert_parsed(parse_it(text), "move", {"plate": "DJ696EW", "old_date": "2026-12-15", "date": "2026-12-21",
                                           "time": "10:30"})


@pytest.mark.parametrize(
    "text",
    [
        "La Bordigoni venerdì 18 ha un imprevisto: la revisione della Wira, GJ791KS, la passiamo a lunedì 21 alle 4.",
        "La Bordigoni venerdì 18 ha avuto un contrattempo, la revisione della GJ 791 KS la passiamo a lunedì 21 "
        "alle 4.",
        "Bordigoni venerdì 18 dicembre ha un impegno: la revisione della GJ 791 KS la passiamo a lunedì 21 alle 4.",
    ],
)
def test_day_not_kept_then_passed_on(text: str) -> None:
    assert_parsed(parse_it(text), "move", {"plate": "GJ791KS", "old_date": "2026-12-18", "date": "2026-12-21",
                                           "time": "16:00"})


@pytest.mark.parametrize(
    "text",
    [
        "Mingardi martedì 15 non arriva in tempo.",  # nothing asked of it
        "Mingardi martedì 15 non fa in tempo a portare la DJ 696 EW.",  # no command
    ],
)
def test_not_in_time_alone_is_refused(text: str) -> None:
    p = parse_it(text)
    assert not p.handled and p.intent is None, (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Colombo venerdì non ce la fa: prenota il cambio olio della Yaris, GM 555 NP, portalo a sabato.",
        "Colombo venerdì 18 ha un imprevisto: prenota la revisione della GM 555 NP, la passiamo a lunedì 21.",
    ],
)
def test_day_not_kept_before_a_booking_moves_nothing(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)


def test_passed_with_no_day_it_had_is_no_move() -> None:
    # the job named with no day it had: a booking of that day (said back as the other one it already has)
    p = parse_it("La revisione della Wira, GJ791KS, la passiamo a lunedì 21 alle 4.")
    assert p.intent != "move", (p.intent, p.slots)
