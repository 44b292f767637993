"""What the records hold on a plate, asked ("tirami fuori tutto quello che c'è sulla HD 951 CS", set 28's shape; the
sentences below are new): its "c'è" took it for the day's agenda ("cosa c'è domani?"), so today's list was read. With
the plate right after "sulla" it is the plate's look-up; a day's agenda asked stays one."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _intent(text: str) -> str | None:
    return parse(text, language="it", today=today()).intent


def test_what_is_held_on_the_plate() -> None:
    assert _intent("Fammi vedere tutto quello che c'è sulla AB 123 CD.") == "lookup_plate"
    assert _intent("Cosa abbiamo sulla targa AB 123 CD?") == "lookup_plate"


def test_a_day_asked_stays_its_agenda() -> None:
    assert _intent("Cosa c'è dopodomani?") == "day_appointments"
    assert _intent("Che c'è sul ponte stamattina?") == "day_appointments"
