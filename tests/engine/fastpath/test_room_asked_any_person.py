"""Room asked in every person and with the infinitive whole: "riesce a infilarmi una batteria?" (the courteous
"Lei", or "riesci" as whisper base hears it), "riesco a fare entrare una revisione giovedì?" ("far" said whole), and
"qual è il primo …" heard with its l lost ("qua è il primo momento che abbiamo libero"). With an hour said it is a
booking asked for (said back), and "non riesce a farla entrare" stays a negation. New sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    [
        "Quand'è che riesce a infilarmi una revisione?",
        "Giovedì riesce a farmi entrare un tagliando?",
        "Riesco a fare entrare un cambio gomme mercoledì pomeriggio?",
        "Ce la fa a incastrarmi una diagnosi domani mattina?",
        "Per le pastiglie qual è il primo momento che abbiamo libero?",
        "Per un tagliando qua è il primo momento che abbiamo libero.",
        "Per la revisione qua è la prima data che hai libera.",
    ],
)
def test_the_first_free_slot_asked(text: str) -> None:
    p = _p(text)
    assert p.intent == "first_free_slot" and p.handled, p


def test_with_an_hour_said_a_booking_is_asked_for() -> None:
    p = _p("Domani alle 4 riesce a infilarmi un cambio gomme per la AB 123 CD?")
    assert p.intent == "book" and p.slots.get("time") == "16:00", p


def test_here_and_there_is_left_alone() -> None:
    assert _p("ho sparso gli attrezzi qua e là").intent is None


def test_not_managing_stays_a_negation() -> None:
    assert _p("non riesce a farla entrare in garage").intent is None


def test_asked_in_the_first_person_with_an_hour_is_still_asked_never_booked() -> None:
    p = _p("Un tagliando per la AB 123 CD riesco a fare entrare giovedì alle 10?")
    assert p.intent == "first_free_slot", p
