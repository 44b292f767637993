"""The day an appointment had said last, after the new one ("la batteria della Captiva, …, la facciamo domani alle 2
e mezza invece che mercoledì", "… lo facciamo venerdì alle 9 anziché giovedì"): a move, as "invece di lunedì gliela
facciamo venerdì" said the other way round is, its day after "invece che" the old one, the time the new day's. Before,
it was a booking with two days (asked which). Without a day made after the verb, nothing is moved."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def test_new_day_then_instead_of_the_old() -> None:
    p = parse(
        "Senti, il cambio gomme della Captiva, GE 4 0 2 TR, lo facciamo venerdì alle 11 invece che martedì.",
        language="it",
        today=today(),
    )
    assert p.intent == "move"
    assert p.slots.get("plate") == "GE402TR"
    assert p.slots.get("old_date") == "2026-12-01"
    assert p.slots.get("date") == "2026-11-27"
    assert p.slots.get("time") == "11:00"
    assert (p.slots.get("vehicle_description") or {}).get("model") == "Captiva"
    assert "customer" not in p.slots


def test_anziche_said_last() -> None:
    p = parse(
        "la revisione dell'Alhambra, FC 118 PK, la facciamo dopodomani alle 4 anziché lunedì",
        language="it",
        today=today(),
    )
    assert p.intent == "move"
    assert p.slots.get("old_date") == "2026-11-30"
    assert p.slots.get("date") == "2026-11-27"
    assert p.slots.get("time") == "16:00"


def test_instead_said_first_still_a_move() -> None:
    p = parse(
        "La diagnosi della Clio, invece di lunedì, gliela facciamo venerdì alle 5",
        language="it",
        today=today(),
    )
    assert p.intent == "move"
    assert p.slots.get("old_date") == "2026-11-30"
    assert p.slots.get("date") == "2026-11-27"


def test_the_time_said_instead_is_still_the_old_time() -> None:
    p = parse(
        "sposta la revisione della Clio FA 123 BC a domani alle 5 invece che alle 3",
        language="it",
        today=today(),
    )
    assert p.slots.get("old_time") == "15:00"
    assert p.slots.get("time") == "17:00"


def test_no_move_without_the_new_day_after_the_verb() -> None:
    p = parse(
        "il tagliando della Clio, FA 123 BC, invece che martedì, la facciamo", language="it", today=today()
    )
    assert p.intent != "move" or not p.handled
