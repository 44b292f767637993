"""The request's command heard with its opening lost or misheard over the workshop's noise (whisper base at 10 dB:
"Posta" for sposta, "Nulla" for annulla, "Concella" for cancella, "Venotale" for prenotale): put back only as the
request's first word and before what it acts on, the write then said back whole for a yes (`Parse.careful`). The
sentences below are new."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Posta la revisione della AB 123 CD a venerdì alle 10", "move"),
        ("Allora, posta l'appuntamento della AB 123 CD a giovedì alle 9", "move"),
        ("Posta la AB 123 CD a mercoledì alle 4", "move"),
        ("Nulla il tagliando di venerdì della AB 123 CD", "cancel"),
        ("M, nulla la revisione della AB 123 CD", "cancel"),
        ("Concella la diagnosi di lunedì della AB 123 CD", "cancel"),
        ("Ancela la batteria di giovedì per la AB 123 CD", "cancel"),
        ("Costa l'appuntamento della AB 123 CD a venerdì alle 10", "move"),
        ("Renota un cambio olio per la AB 123 CD giovedì alle 10", "book"),
        ("Venotale, pastiglie dei freni per la AB 123 CD, martedì alle 11", "book"),
    ],
)
def test_a_command_cut_at_its_opening_is_put_back_and_said_back(text: str, intent: str) -> None:
    p = _p(text)
    assert p.intent == intent and p.slots["plate"] == "AB123CD", p
    assert p.careful, p  # the command is a guess from what the noise left: the write is said back for a yes


@pytest.mark.parametrize(
    "text",
    [
        "nulla da fare per la AB 123 CD",  # "nothing", no appointment after it
        "posta la lettera alla signora Rossi",  # the mail, no appointment, service or plate
        "concella la porta domani",
        "costa la revisione della AB 123 CD?",  # what it costs: "costa" is taken only before the appointment
        "la ventola della AB 123 CD è rotta",
        "manda la revisione della AB 123 CD al cliente",  # a command of its own, never "rimanda"
        "dimmi l'appuntamento della AB 123 CD",  # never "toglimi"
        "la revisione della AB 123 CD è a posto, nulla il resto",  # not the request's first word
    ],
)
def test_the_word_as_heard_stays_where_nothing_is_acted_on(text: str) -> None:
    assert _p(text).intent not in ("move", "cancel", "book")


def test_a_command_heard_whole_is_not_said_back_for_it() -> None:
    p = _p("Sposta la revisione della AB 123 CD a venerdì alle 10")
    assert p.intent == "move" and p.careful is None, p
