"""Why a reminder is sent, the customer told absent-minded and said last ("… E mettigli anche un avviso il giorno
prima, che è distratto", set 51): no words of the request, the booking and its reminder read. Said before anything
else ("che è distratto, spostagli il tagliando") it is no such why. Sentences are new; parsed on the bench's Wednesday
25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Ha chiamato Rossi per la Panda, AB 123 CD: tagliando venerdì 4 dicembre alle 2 e mezza. E mettigli anche un "
        "avviso il giorno prima, che è distratto.",
        "Revisione per la Clio, EF 456 GH, venerdì 4 dicembre alle 10, e un promemoria su WhatsApp la sera prima, "
        "tanto è smemorata.",
    ],
)
def test_reminder_with_why_said_last(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"date": "2026-12-04"})
    assert [part.intent for part in p.parts] == ["book", "send_reminder"]


def test_absent_minded_with_no_message_is_no_why() -> None:
    p = parse_it("Tagliando per la Panda, AB 123 CD, venerdì 4 dicembre alle 10, che è distratto.")
    assert not (p.handled and len(p.parts) > 1), (p.intent, p.reason)
