"""Why the customer cancels, said of the car ("disdice: il Frontera sabato non lo porta più", set 28's shape; the
sentences below are new): a reason, no negation of the request, so the cancel told is done where it was refused.
Said alone, with no cancel nor move asked, it is still no request."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _intent(text: str) -> str | None:
    return parse(text, language="it", today=today()).intent


def test_the_car_not_brought_is_a_reason() -> None:
    assert _intent("Ha chiamato la Rossi, disdice: la Clio, AB 123 CD, venerdì non la porta più.") == "cancel"
    assert _intent("Il Ducato, AB 123 CD, lunedì non lo può portare: spostalo a martedì alle 9.") == "move"


def test_said_alone_it_is_no_request() -> None:
    assert _intent("la Clio di Rossi, AB 123 CD, venerdì non la porta") is None
