"""The command's "mi" cut to its m over the noise ("Segnam, tagliando per la Golf nera …", held-out set 26; the
sentences below are new): the command as said ("segnami", "prenotami"), put back only as the request's first word
before what it acts on, and the request then said back whole for a yes (`verb_cut`). A word that is no command
with its "i" put back ("Segnam e basta") stays unread."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import verb_cut
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Segnam, revisione per la Clio nera di Moretti, lunedì 30 alle 10.", "inspection"),
        ("Prenotam il cambio olio per la Panda AB 123 CD venerdì alle 11.", "oil_change"),
    ],
)
def test_the_command_cut_is_a_booking_said_back(text: str, service: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and slot(p, "service") == service, (p.intent, p.reason, p.slots)
    assert verb_cut(tokenize(text))


def test_nothing_it_acts_on_stays_unread() -> None:
    assert parse_it("Segnam e basta.").intent is None
