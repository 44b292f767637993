"""What the customer asked for, relayed with "chiede di" ("la Pulcinelli chiede di slittare: il tagliando …", set 28's
shape; the sentences below are new): "chiede" unknown, the surname and it were two words not caught and the move was
said back; and "slittare" asked for (never "a slittare", the clutch's symptom) is a move. A call asked for stays
refused."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def test_the_customer_asks_to_move() -> None:
    p = parse("Il Bianchi chiede di spostare la revisione della Clio, AB 123 CD, da giovedì a venerdì alle 11.",
              language="it", today=today())  # fmt: skip
    assert (p.intent, p.handled, p.slots["time"]) == ("move", True, "11:00")
    p = parse("La Rossi ha chiesto di slittare: il tagliando della Clio, AB 123 CD, da domani a lunedì alle 9.",
              language="it", today=today())  # fmt: skip
    assert (p.intent, p.handled) == ("move", True)


def test_the_clutch_slipping_is_no_move() -> None:
    p = parse("la frizione della Clio AB 123 CD comincia a slittare: diagnosi venerdì alle 9", language="it", today=today())
    assert p.intent == "book"


def test_a_call_asked_for_is_still_refused() -> None:
    assert parse("La Rossi chiede di richiamarla", language="it", today=today()).intent is None


def test_asking_the_customer_is_still_refused() -> None:
    assert parse("chiedi alla Bianchi di spostare la Clio AB 123 CD a lunedì alle 9", language="it", today=today()).intent is None


def test_the_speakers_own_asking_keeps_the_hour_asked() -> None:
    p = parse("Prenota la revisione della Clio, AB 123 CD, martedì: l'ora la chiedo dopo.", language="it", today=today())
    assert p.intent == "book" and not p.handled and "time" not in p.slots
