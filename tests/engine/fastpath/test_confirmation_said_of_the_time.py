"""The confirmation asked by what it confirms ("… e poi gli mandi un SMS che gli confermi l'orario", set 51): a
confirmation sent with the booking. What the message says that is no confirmation ("che gli confermi se viene")
stays not understood. Sentences are new; parsed on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Rossi, la Panda, AB 123 CD: gomme venerdì 4 dicembre alle 9, e poi gli mandi un SMS che gli confermi l'orario.",
        "Tagliando per la Clio, EF 456 GH, venerdì 4 dicembre alle 3, e mandale una mail che le confermi la data.",
    ],
)
def test_message_confirming_the_booking(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"date": "2026-12-04"})
    assert [part.intent for part in p.parts] == ["book", "send_confirmation"]


def test_message_saying_something_else_is_not_read() -> None:
    p = parse_it("Tagliando per la Clio, EF 456 GH, venerdì 4 dicembre alle 3, e mandale un SMS che le confermi se "
                 "viene.")
    assert not p.handled, (p.intent, p.reason)
