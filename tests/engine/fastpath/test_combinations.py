"""Booking requests built from every combination of verb, service, vehicle, day and time, in both
languages and in several word orders: the parser must read each part right whatever surrounds it."""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

from benches.nlu import slot_mismatches
from engine.fastpath import parse

WEDNESDAY = date(2026, 11, 25)

IT = {
    "verbs": ["prenota", "prenotami", "fissa", "mi prenoti", "metti", "Prenota pure", "puoi prenotare"],
    "services": [("un tagliando", "service"), ("il cambio gomme", "tyres"), ("la revisione", "inspection"),
                 ("un cambio olio", "oil_change"), ("la carrozzeria", "bodywork"), ("i freni", "brakes"),
                 ("la ricarica del clima", "aircon"), ("una diagnosi", "diagnosis")],
    "vehicles": [("per la AB123CD", {"plate": "AB123CD"}), ("alla targa FG 456 HK", {"plate": "FG456HK"}),
                 ("per la a bi uno due tre ci di", {"plate": "AB123CD"}),
                 ("per la Panda grigia", {"vehicle": {"model": "Panda", "colour": "grey"}}),
                 ("alla Golf nera del signor Bianchi", {"vehicle": {"model": "Golf"}, "customer": "Bianchi"})],
    "days": [("domani", "2026-11-26"), ("dopodomani", "2026-11-27"), ("lunedì", "2026-11-30"),
             ("il 3 dicembre", "2026-12-03"), ("mercoledì prossimo", "2026-12-02"), ("giovedì 3", "2026-12-03"),
             ("il 10/12", "2026-12-10"), ("tra tre giorni", "2026-11-28")],
    "times": [("alle 9", "09:00"), ("alle tre", "15:00"), ("alle 10 e mezza", "10:30"), ("alle 15:30", "15:30"),
              ("alle otto e un quarto", "08:15"), ("", None), ("di mattina", None), ("nel pomeriggio", None)],
}  # fmt: skip
EN = {
    "verbs": ["book", "Book", "please book", "can you book", "schedule"],
    "services": [("a service", "service"), ("a tyre change", "tyres"), ("an MOT", "inspection"),
                 ("an oil change", "oil_change"), ("bodywork", "bodywork"), ("a brake check", "brakes"),
                 ("an air con recharge", "aircon"), ("a diagnostic check", "diagnosis")],
    "vehicles": [("for AB123CD", {"plate": "AB123CD"}), ("for plate F G 4 5 6 H K", {"plate": "FG456HK"}),
                 ("for alpha bravo one two three charlie delta", {"plate": "AB123CD"}),
                 ("for the grey Panda", {"vehicle": {"model": "Panda", "colour": "grey"}}),
                 ("for Mr Smith's black Golf", {"vehicle": {"model": "Golf"}})],
    "days": [("tomorrow", "2026-11-26"), ("the day after tomorrow", "2026-11-27"), ("on Monday", "2026-11-30"),
             ("on December 3rd", "2026-12-03"), ("next Wednesday", "2026-12-02"),
             ("on the 3rd of December", "2026-12-03"), ("on 10/12", "2026-12-10"), ("in three days", "2026-11-28")],
    "times": [("at 9", "09:00"), ("at 3 pm", "15:00"), ("at half past ten", "10:30"), ("at 15:30", "15:30"),
              ("at quarter past eight", "08:15"), ("", None), ("in the morning", None), ("in the afternoon", None)],
}  # fmt: skip


def _sentences(table: dict[str, list], seed: int, count: int) -> list[tuple[str, dict]]:
    combos = list(itertools.product(*(table[k] for k in ("verbs", "services", "vehicles", "days", "times"))))
    rng = random.Random(seed)
    out = []
    for verb, (service, key), (vehicle, vslots), (day, iso), (time, hhmm) in rng.sample(combos, count):
        order = rng.randrange(3)
        if order == 0:
            text = f"{verb} {service} {vehicle} {day} {time}"
        elif order == 1:
            text = f"{verb} {service} {vehicle} {time} {day}"
        else:
            text = f"{vehicle[0].upper()}{vehicle[1:]}, {verb} {service} {day} {time}"
        expected = {"service": key, "date": iso, **vslots}
        if hhmm:
            expected["time"] = hhmm
        out.append((" ".join(text.split()), expected))
    return out


@pytest.mark.parametrize(("table", "language"), [(IT, "it"), (EN, "en")])
def test_every_combination_is_read_right(table: dict[str, list], language: str) -> None:
    problems = []
    for text, expected in _sentences(table, seed=7, count=800):
        p = parse(text, language=language, today=WEDNESDAY)
        if not p.handled:
            problems.append((text, p.reason))
        elif p.intent != "book" or (wrong := slot_mismatches(expected, p)):
            problems.append((text, p.intent, wrong if p.intent == "book" else None))
    assert problems == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Reschedule CX 560 PA to Thursday the 3rd at 11.", "2026-12-03"),
        ("Move CX560PA to Thursday 3rd at 11", "2026-12-03"),
        ("Move CX560PA to Thursday the 3rd of December at 11", "2026-12-03"),
    ],
)
def test_a_weekday_with_its_day_number_is_that_day_not_the_next_weekday(text: str, iso: str) -> None:
    # "Thursday the 3rd" once moved a booking to tomorrow (the speech bench's en-010): a wrong write
    assert parse(text, language="en", today=WEDNESDAY).slots["date"] == iso
