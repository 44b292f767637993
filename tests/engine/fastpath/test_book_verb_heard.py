"""Two respellings found speaking Italian to the app under Xvfb (Kokoro, whisper base): "prenotale un cambio
gomme" heard "per notale un cambio come" (the service already read so: kept as a guard). The sentences below are
new."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    [
        "Allora per notale una revisione per la AB 123 CD giovedì alle 10",
        "Va bene, per nota un tagliando per la AB 123 CD giovedì alle 10",
        "senti, per notami un cambio olio per la AB 123 CD giovedì alle 10",
    ],
)
def test_prenota_heard_per_nota_where_the_request_opens(text: str) -> None:
    p = _p(text)
    assert p.intent == "book" and p.slots["plate"] == "AB123CD" and p.slots["time"] == "10:00", p


@pytest.mark.parametrize(
    "text",
    [
        "per nota spese mi serve la fattura della AB 123 CD",  # no job after it
        "per nota una cosa: la AB 123 CD perde olio",
        "e nota che la AB 123 CD perde olio",
    ],
)
def test_per_nota_before_anything_but_a_new_job_stays_as_said(text: str) -> None:
    assert _p(text).intent != "book"


def test_gomme_heard_come_after_cambio() -> None:
    p = _p("prenota un cambio come per la AB 123 CD giovedì alle 10")
    assert p.intent == "book" and p.slots["service"]["name"] == "cambio gomme", p
    assert _p("segnami un cambio come").slots.get("service", {}).get("name") == "cambio gomme"


def test_the_gearbox_asked_about_stays_a_question() -> None:
    p = _p("il cambio come va sulla AB 123 CD?")
    assert p.intent is None or p.intent == "lookup_plate"
