"""A job done asked of by its day ("in che data le avevamo montate?") or with the part put in ("quand'è che le
abbiamo messo la batteria?"), set 28's shapes (the sentences below are new): each a question of the car's history, a
read, where they were refused. Told to put a job in ("mettile giovedì") stays a booking."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _intent(text: str) -> str | None:
    return parse(text, language="it", today=today()).intent


def test_the_day_asked_for_by_name() -> None:
    assert (
        _intent("Le pastiglie della Panda, AB 123 CD, in che data gliele avevamo cambiate?")
        == "vehicle_history"
    )
    assert _intent("Il tagliando della Clio, AB 123 CD, in che giorno l'abbiamo fatto?") == "vehicle_history"


def test_a_part_put_in() -> None:
    assert (
        _intent("La Golf nera, AB 123 CD: quand'è che gli abbiamo messo le gomme invernali?")
        == "vehicle_history"
    )


def test_put_it_in_is_still_a_booking() -> None:
    assert _intent("Le gomme della Panda, AB 123 CD, mettile giovedì alle 9.") == "book"
