"""What the customer has not settled yet, its "l'ha" written "la" by whisper ("ma il giorno non la ancora deciso",
"l'ora non la detto"): said so it is ungrammatical, so it is the same "non l'ha ancora deciso", no negation of the
request: the booking is taken and the slot not known is asked, nothing written. "non la data …" may be a date and
stays as it was; a real negation of the request is still refused. Parses on the bench's Wednesday 25 November
2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Per la Clio di Rossi, AB 123 CD, il tagliando alle 10, ma il giorno non la ancora deciso.", "date"),
        ("Per la Panda, EF 456 GH, una revisione lunedì 30, l'ora non la detto.", "time"),
        (
            "Per la Golf, FG 321 AB, le gomme invernali alle 9, ma il giorno non la ancora scelto.",
            "date",
        ),
    ],
)
def test_not_settled_heard_la_is_asked(text: str, missing: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == f"missing:{missing}", (p.intent, p.reason, p.slots)


def test_a_negated_request_stays_refused() -> None:
    p = parse_it("Non la prenotare la revisione della Panda, AB 123 CD, lunedì 30 alle 10.")
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason)
