"""A booked job put off with its new day still unknown: "il tagliando di lunedì 22 marzo va differito, ma la data
nuova ancora non la sa" (set 46), "Ms Biancofiore needs to rearrange the Panoz's brakes on March 10th; she'll ring
back with a new date" (set 46): a move whose new day is asked, never a negation refused nor a booking. Said with its
new day it is the move; a thing rearranged in the past is none of ours to write."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("La Delahaye della Rotondaro, GJ 058 KH: il tagliando di lunedì 22 marzo va differito, ma la data nuova "
         "ancora non la sa.", "2027-03-22"),
        ("Le gomme di venerdì della GJ 058 KH vanno differite, la data nuova non l'ha ancora decisa.", "2026-11-27"),
        ("La Delahaye, GJ 058 KH: il tagliando di lunedì 22 marzo va spostato, ma la data nuova ancora non la sa.",
         "2027-03-22"),
    ],
)
def test_put_off_with_no_new_day_asks_it(text: str, old: str) -> None:
    parsed = parse_it(text)
    assert parsed.intent == "move" and parsed.reason == "missing:date", (parsed.reason, text)
    assert parsed.slots.get("old_date") == old


def test_rearranged_with_a_new_day_unknown_asks_it() -> None:
    parsed = parse_en("Ms Biancofiore needs to rearrange the Panoz's brakes on March 10th; she'll ring back with a new "
                      "date.")
    assert parsed.intent == "move" and parsed.reason == "missing:date", parsed.reason


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("La revisione di lunedì della GJ 058 KH va differita a giovedì alle 10.", "2026-11-26"),
    ],
)
def test_put_off_to_a_day_said_is_the_move(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "move", {"date": date, "time": "10:00"})


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Rearrange the MOT on FG 052 GA from Monday to Thursday at 10.", "2026-11-26"),
        ("Mr Rossi has to rearrange his Friday booking for the Panda, FG 052 GA, to Monday at 9.", "2026-11-30"),
    ],
)
def test_rearranged_to_a_day_said_is_the_move(text: str, date: str) -> None:
    assert_parsed(parse_en(text), "move", {"date": date, "plate": "FG052GA"})


def test_rearranged_in_the_past_is_no_move() -> None:
    assert parse_en("I rearranged the workshop yesterday.").intent != "move"
