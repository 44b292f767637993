"""A booking or a move relayed with what the caller did not leave ("ma non ha lasciato la targa") or the customer
moving their own ("vuole spostarsi a mercoledì …"): the missing thing is asked, never refused as a negation, and
never guessed. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_plate_not_left_is_asked() -> None:
    p = _p(
        "Una signora vuole prenotare il cambio gomme della Clio per venerdì alle 11, ma non ci ha lasciato la targa."
    )
    assert p.intent == "book" and p.reason == "missing:plate" and "plate" not in p.slots, p


def test_customer_moving_themselves_with_name_forgotten() -> None:
    p = _p("Il cliente di lunedì vuole spostarsi a giovedì alle 2, ma non mi ricordo chi era.")
    assert p.intent == "move" and "plate" not in p.slots, p


def test_other_negations_still_refused() -> None:
    assert _p("Il signore non ha lasciato detto niente, prenota la revisione della Clio.").intent is None
