"""What the customer has not settled yet, said after the slot ("che giorno non l'ha ancora deciso", "l'ora non
ce l'ha confermata"): like "non me l'ha detto", the slot is asked, the rest of the request kept. Before, "non l'ha
deciso" was read as the request denied and refused. A job said not confirmed stays a negation."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def test_the_day_not_decided_is_asked() -> None:
    p = parse(
        "Gallo vuole la revisione del Qashqai, FB 2 71 KT, verso le 3; il giorno non l'ha ancora deciso.",
        language="it",
        today=today(),
    )
    assert p.intent == "book"
    assert p.reason == "missing:date"
    assert p.slots.get("plate") == "FB271KT"
    assert p.slots.get("time") == "15:00"
    assert "date" not in p.slots


def test_the_hour_not_confirmed_is_asked() -> None:
    p = parse(
        "sposta il cambio olio della Yaris GA 9 04 LM a lunedì, l'orario non ce l'ha confermato",
        language="it",
        today=today(),
    )
    assert p.intent == "move"
    assert p.reason == "missing:time"


def test_a_job_not_confirmed_is_still_refused() -> None:
    p = parse("la revisione della Yaris, GA 9 04 LM, non l'ha confermata", language="it", today=today())
    assert p.intent is None
    assert p.reason == "out_of_scope:negation"
