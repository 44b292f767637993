"""A cancellation whose why is told first, the car no longer brought ("Sgroi non ci porta più l'Haflinger per la
revisione, …: cestinalo") or the job no longer done ("Il cambio olio dell'Orbita, …, non si fa più: … Stralcialo dal
calendario", set 51), its verb one of the diary's own (thrown in the bin, cut out): the "non" tells why, no negation
of the cancel. A cancel negated stays refused. Sentences are new; parsed on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Rossi non ci porta più la Panda per il tagliando, l'ha venduta. AB 123 CD: cestinalo.", "AB123CD"),
        ("La Bianchi non ce la porta più la Clio, EF 456 GH, per la revisione: cancellala.", "EF456GH"),
        ("La revisione della Clio, EF 456 GH, non si fa più: la signora ha cambiato macchina. Stralciala.", "EF456GH"),
        ("Il tagliando della Golf, FG 321 AB, non si fa più. Cestinalo dal calendario.", "FG321AB"),
    ],
)
def test_why_told_then_cancelled(text: str, plate: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel" and p.handled, (p.intent, p.reason)
    assert p.slots.get("plate") == plate, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Non cestinare il tagliando della Golf, FG 321 AB, lo fa lo stesso.",
        "Il tagliando della Golf, FG 321 AB, non si fa più: non stralciarlo però.",
        "Rossi non ci porta più la Panda, AB 123 CD?",
    ],
)
def test_a_cancel_negated_or_none_asked_is_not_taken(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "cancel" and p.handled), (p.intent, p.reason)
