"""A message told of or asked about is none to send, in Italian as in English: "il signor Rossi ha già mandato la
conferma per la Panda …" sent one (whisper's fuzzy put-back made "mandato" the request "mandalo")."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    "said",
    [
        "Il signor Rossi ha già mandato la conferma per la Panda AB 123 CD.",
        "La signora Neri ha ricevuto il promemoria della Punto FG 456 HK.",
        "Gli abbiamo già mandato la conferma su WhatsApp per la AB 123 CD?",
        "Ho inviato io il promemoria per SMS alla FG 456 HK.",
        "La conferma della AB 123 CD gliel'ha spedita Marco per email.",
    ],
)
def test_a_message_told_of_is_none_to_send(said: str) -> None:
    p = parse_it(said)
    assert p.intent not in ("send_confirmation", "send_reminder"), (p.intent, p.reason, p.slots)
    assert not p.handled


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("Manda la conferma su WhatsApp per la AB 123 CD.", "send_confirmation"),
        ("Mandagli il promemoria per la FG 456 HK il giorno prima.", "send_reminder"),
        ("Invia la conferma via email alla signora della AB 123 CD.", "send_confirmation"),
    ],
)
def test_a_message_asked_for_is_still_sent(said: str, intent: str) -> None:
    p = parse_it(said)
    assert p.handled and p.intent == intent, (p.reason, p.slots)


def test_mandato_is_never_put_back_as_a_request() -> None:
    from engine.fastpath.misheard import put_back

    assert "mandalo" not in put_back(["ha", "mandato", "la", "conferma"])


def test_english_told_of_too() -> None:
    p = parse_en("Mr Ricci already sent the WhatsApp confirmation for AB 123 CD.")
    assert not p.handled and p.intent != "send_confirmation", (p.intent, p.reason)
