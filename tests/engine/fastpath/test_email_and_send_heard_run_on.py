"""Set 47 as whisper heard it: "Spedisci per email la conferma …" written "Spedici, Peremma, la conferma …": "per
email" run together with its m doubled, "spedisci" with its s lost before the c. Neither is an Italian word, so
both are put back wherever they are heard."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Spedici, Peremma, la conferma del tagliando di mercoledì 31 marzo alla AB 123 CD",
        "spedicigli peremma la conferma dell'appuntamento della AB 123 CD",
        "spedisci peremma la conferma della revisione della AB 123 CD",
    ],
)
def test_confirmation_sent_by_email_heard_run_on(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "send_confirmation" and p.slots["plate"] == "AB123CD", p
    assert p.slots["channel"] == "email", p.slots


def test_spedici_alone_is_the_send_verb() -> None:
    assert heard_tokens("spedici un sms di promemoria")[0] == "spedisci"


@pytest.mark.parametrize(
    "text",
    [
        "prenota per Emma la revisione della AB 123 CD venerdì alle 10",  # a name, no "per email"
        "la AB 123 CD la spedisce il corriere",
    ],
)
def test_words_near_them_stay_as_heard(text: str) -> None:
    tokens = heard_tokens(text)
    assert "email" not in tokens and "spedisci" not in tokens, tokens
