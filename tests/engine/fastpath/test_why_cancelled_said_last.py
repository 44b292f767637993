"""Why a cancellation is made, said last after it ("togli l'appuntamento del Crafter, …, tanto la cliente non si
è più fatta sentire"): its "non" tells why, it negates no request, so the cancellation is taken (and, as every
cancellation, shown for a yes). Said with a command inside ("…, perché non la sposti a lunedì"), a number, or
before the command, the negation stays and the request is refused. Parses on the bench's Wednesday 25 November
2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        (
            "Togli l'appuntamento della Panda, AB 123 CD, tanto il cliente non si è più fatto sentire.",
            "AB123CD",
        ),
        ("Cancella la revisione della Clio, EF 456 GH, perché la signora non viene più.", "EF456GH"),
        ("Disdici il tagliando della Golf, FG 321 AB, tanto non ha mai richiamato.", "FG321AB"),
    ],
)
def test_the_why_said_last_is_no_negation(text: str, plate: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel" and p.handled, (p.intent, p.reason)
    assert p.slots.get("plate") == plate, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Cancella la revisione della Panda, AB 123 CD, perché non la sposti a lunedì.",  # another command inside
        "Non cancellare la revisione della Panda, AB 123 CD, tanto il cliente viene.",  # negated command
        "Cancella la revisione della Panda, AB 123 CD, tanto non viene prima delle 10.",  # a number in it
    ],
)
def test_a_negation_of_the_request_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "cancel" and p.handled), (p.intent, p.reason)


def test_a_service_in_the_why_leaves_the_job_unclear() -> None:
    p = parse_it("Togli la revisione della Clio, EF 456 GH, tanto non le serve più il tagliando.")
    assert not (p.intent == "cancel" and p.handled), (p.intent, p.reason)
