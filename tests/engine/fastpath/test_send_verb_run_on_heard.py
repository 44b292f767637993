"""The message's "gli scrivi" as whisper base hears it, its "gli" heard "i" and run on ("… giovedì 10 dicembre alle 9
e poi iscrivi un whatsapp di conferma", set 41): a word of its own ("iscrivi", to enrol) refused as an unknown
action. Put back only before a message or its channel, and the message then said back whole for a yes; "iscrivi"
before anything else stays as said."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.misheard import put_back, write_word_guessed
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Tagliando per la FA 922 HL giovedì 10 dicembre alle 9 e poi iscrivi un whatsapp di conferma.",
        "Metti la FA 922 HL per le gomme lunedì alle 10 e iscrivi la conferma.",
        "Segna la revisione alla FA 922 HL venerdì alle 11, poi iscrivi un sms di conferma.",
    ],
)
def test_the_confirmation_written_is_sent_said_back(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert [part.intent for part in parsed.parts] == ["book", "send_confirmation"], parsed
    assert parsed.careful == "words" and write_word_guessed(tokenize(text))


@pytest.mark.parametrize("text", ["iscrivi il cliente al programma", "iscrivi la Panda nel registro"])
def test_iscrivi_before_anything_else_stays(text: str) -> None:
    assert "iscrivi" in put_back(tokenize(text))
    assert not write_word_guessed(tokenize(text))
