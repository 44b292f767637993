"""Reads asked in words set 46 brought: who is behind a plate ("Chi c'è dietro la targa GS 816 CC?", a look-up, never
the day's "chi c'è" with the plate dropped), room asked as the job made to fit ("Sabato mattina riesci a farci stare
un tagliando?") or politely ("… ci sarebbe spazio per una ricarica del clima?", a question: no hypothetical), and who
turns up ("Domani chi si presenta al banco, in ordine di orario?", the day's list). Told of a plate or with a write,
"ci sarebbe spazio" stays a hypothetical; "chi c'è domani?" stays the day's list."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Chi c'è dietro la targa GS 816 CC?",
        "Chi c'è dietro questa targa, GS 816 CC?",
        "Dimmi chi c'è dietro quella targa: GS 816 CC.",
    ],
)
def test_who_is_behind_a_plate_is_its_look_up(text: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": "GS816CC"})


def test_who_is_in_on_a_day_stays_the_days_list() -> None:
    assert_parsed(parse_it("Chi c'è domani?"), "day_appointments", {"date": "2026-11-26"})


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sabato mattina riesci a farci stare un tagliando?", "2026-11-28"),
        ("Giovedì ce la fai a farci stare una revisione?", "2026-11-26"),
        ("Riuscite a farmi stare un cambio olio lunedì pomeriggio?", "2026-11-30"),
        ("Martedì 15 dicembre nel pomeriggio ci sarebbe spazio per una ricarica del clima?", "2026-12-15"),
        ("Ci sarebbe posto giovedì mattina per un tagliando?", "2026-11-26"),
        ("Ci sarebbe un buco domani per una revisione?", "2026-11-26"),
    ],
)
def test_room_asked_is_the_first_free_slot(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"date": date})


@pytest.mark.parametrize(
    "text",
    [
        "Ci sarebbe spazio venerdì per la GS 816 CC.",
        "Se ci sarebbe spazio giovedì, prenota la GS 816 CC per il tagliando.",
    ],
)
def test_room_told_of_a_plate_or_with_a_write_stays_hypothetical(text: str) -> None:
    assert parse_it(text).reason == "out_of_scope:hypothetical", text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Domani chi si presenta al banco, in ordine di orario?", "2026-11-26"),
        ("Chi si presenta giovedì mattina?", "2026-11-26"),
        ("Oggi chi si fa vedere in officina?", "2026-11-25"),
    ],
)
def test_who_turns_up_is_the_days_list(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


def test_who_turns_up_unknown_is_no_list() -> None:
    assert parse_it("Non so chi si presenta domani per la GS 816 CC.").intent is None
