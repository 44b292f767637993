""" "email" said with an Italian accent and written by whisper base with its vowels smeared ("per Emaeul", "per
E-Miley", "Peremile" with its "per" run on): the channel put back where a message is asked for, after its
preposition, and always said back whole for a yes (`channel_heard`). "per mille euro", "male" stay themselves."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import channel_heard, put_back
from engine.fastpath.normalize import tokenize


@pytest.mark.parametrize(
    "heard",
    [
        "mandale la conferma per Emaeul del tagliando",
        "ricordaglielo per E-Miley il giorno prima",
        "programma un promemoria, Peremile il giorno prima",
        "mandagli la conferma per e mile",
    ],
)
def test_email_smeared_is_put_back_and_said_back(heard: str) -> None:
    tokens = tokenize(heard)
    assert "email" in put_back(tokens)
    assert channel_heard(tokens)


@pytest.mark.parametrize(
    "heard",
    [
        "mandagli un messaggio per mille euro",
        "mandagli la conferma, per male che vada domani",
        "per Emile il tagliando domani alle 9",  # no message asked: a name
    ],
)
def test_no_email_without_its_sound_or_a_message(heard: str) -> None:
    assert "email" not in put_back(tokenize(heard))
