"""Little words whisper base runs together or writes otherwise over the workshop's noise: "per lo" as one word
("Pello Sprinter di …", as "pela" is "per la"), the "un" of "e un quarto" written as the digit ("alle 8 e 1
quarto"), "mandi" with its d heard g before the message ("le mangi un promemoria"). The sentences below are new."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_per_lo_run_together_opens_a_booking_without_a_verb() -> None:
    p = _p("Pello Scudo bianco, AB 123 CD, un tagliando venerdì 6 alle 10")
    assert p.intent == "book" and p.slots["plate"] == "AB123CD" and p.slots["time"] == "10:00", p


def test_a_quarter_past_with_its_un_written_as_the_digit() -> None:
    p = _p("manda un promemoria su WhatsApp per la AB 123 CD il giorno prima alle 9 e 1 quarto")
    assert p.slots["reminder"]["time"] == "09:15", p


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("le mangi un promemoria su WhatsApp", "mandi"),
        ("mangia la conferma per SMS alla signora Rossi", "manda"),
    ],
)
def test_send_heard_with_its_d_as_g_before_the_message(text: str, said: str) -> None:
    assert said in heard_tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        "il cliente mangi un panino mentre aspetta",  # eating: no message after it
        "pello la mela",  # no vehicle nor service: nothing to book
        "alle 9 e 1 minuto",  # one minute past, no quarter
    ],
)
def test_the_words_stay_as_heard_elsewhere(text: str) -> None:
    tokens = heard_tokens(text)
    assert "mandi" not in tokens and "un" not in tokens[-2:] and _p(text).intent != "book"


@pytest.mark.parametrize(
    "text",
    ["e mandagli la conferma suosa", "mandala conferma suos app alla signora Rossi"],
)
def test_su_whatsapp_run_together_with_its_app_lost(text: str) -> None:
    tokens = heard_tokens(text)
    assert "whatsapp" in tokens and tokens[tokens.index("whatsapp") - 1] == "su", tokens


def test_send_heard_before_a_message_misheard_too() -> None:
    p = _p("Cambio gomme per la AB 123 CD lunedì 9 alle 10 e il giorno prima le mangi un promemorno suosa")
    assert [q.intent for q in p.parts] == ["book", "send_reminder"], p
    assert p.parts[1].slots["channel"] == "whatsapp", p


def test_eating_stays_eating() -> None:
    assert "mangia" in heard_tokens("il cliente mangia la pizza mentre aspetta la Panda")
