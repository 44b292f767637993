"""The cancel verb said last ("…, annullalo", "…, annullala") heard over the noise as "anno l'<piece>", its "-lalo"
or "-lala" written as an elided article and a piece of no word opening on "a" ("anno l'anero", "anno l'ala"). Put
back only when it ends the request and a service or an appointment is named before it (a cancellation is always
said back for a yes); with nothing named, nothing is put back."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("La revisione della Clio di domani, EB 512 CR: anno l'ala.", "annullala"),
        ("L'appuntamento di venerdì della Golf, DZ 130 KS, anno l'anelo.", "annullalo"),
    ],
)  # fmt: skip
def test_cancel_said_last_heard_elided_is_a_cancel(text: str, said: str) -> None:
    assert put_back(tokenize(text))[-1] == said
    assert_parsed(parse_it(text), "cancel", {})


@pytest.mark.parametrize(
    "text",
    [
        "la Panda EB 512 CR, anno l'ala",  # no service nor appointment named
        "il tagliando della Panda, anno l'altro",  # a word of its own
    ],
)
def test_nothing_named_or_a_word_puts_nothing_back(text: str) -> None:
    assert "annullala" not in put_back(tokenize(text))
    assert parse_it(text).intent != "cancel" or not parse_it(text).handled
