"""The cancel "togli" heard over the noise with its gl as s ("tosi"), its t as p ("posi") or a filler run onto it
("e intosi"): put back only as the request's first word and before what it acts on (an appointment or a service),
and said back whole for a yes (`verb_cut`). "Tosi" elsewhere (a surname) stays as heard."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import verb_cut
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Tosi l'appuntamento della Clio di venerdì, EB 512 CR.",
        "E intosi l'appuntamento di quello col furgone, quello di lunedì 30.",
        "Posi pure l'appuntamento di domani della Golf DZ 130 KS.",
    ],
)
def test_togli_heard_off_is_a_cancel_said_back(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel", (p.intent, p.reason)
    assert p.careful == "words" or not p.handled, (p.careful, p.reason)
    assert verb_cut(tokenize(text))


@pytest.mark.parametrize(
    "text",
    [
        "la signora Tosi l'appuntamento di domani",  # a surname, not the request's first word
        "Tosi ha chiamato per la Clio",  # nothing it acts on after it
    ],
)
def test_tosi_elsewhere_stays(text: str) -> None:
    assert not verb_cut(tokenize(text))
    assert parse_it(text).intent != "cancel"
