"""Who called said first, then the car the call was about ("Carlesso ha telefonato per il Rezvani rosso, FX 5 7 3
SJ: diagnosi, che gli si accende una spia sul cruscotto, mercoledì 9 dicembre alle 11", set 42): the dictation
after it read as with "ha chiamato Carlesso: il Rezvani …", and what the car does, said between the job and its day
with "che"/"perché", is why, no words of the request. A job had ("…, che ha fatto il tagliando lunedì") is none."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Carlesso ha telefonato per il Rezvani rosso, FX 5 7 3 SJ: diagnosi, che gli si accende una spia sul "
         "cruscotto, mercoledì 9 dicembre alle 11.", "diagnosis"),
        ("Carlesso ha telefonato per il Rezvani rosso, FX 573 SJ: diagnosi mercoledì 9 dicembre alle 11.", "diagnosis"),
        ("La signora Pini ha chiamato per la Panda, FX 573 SJ: tagliando mercoledì 9 dicembre alle 11.", "service"),
        ("Ha telefonato Carlesso: il Rezvani rosso, FX 573 SJ, diagnosi mercoledì 9 dicembre alle 11.", "diagnosis"),
    ],
)
def test_the_call_then_the_dictation_is_a_booking(text: str, service: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.slots["plate"] == "FX573SJ" and parsed.slots["service"]["key"] == service
    assert (parsed.slots["date"], parsed.slots["time"]) == ("2026-12-09", "11:00")


def test_why_said_before_the_day_is_no_slot() -> None:
    parsed = parse("Prenota una diagnosi alla Panda FX 573 SJ, che fa un rumore strano, domani alle 9.",
                   language="it", today=TODAY)
    assert parsed.intent == "book"
    assert (parsed.slots["date"], parsed.slots["time"]) == ("2026-11-26", "09:00")


@pytest.mark.parametrize(
    "text",
    [
        "Carlesso ha telefonato per il Rezvani rosso, FX 573 SJ: il tagliando di mercoledì 9 dicembre alle 11.",
        "La Panda, FX 573 SJ: tagliando, che ha fatto il tagliando lunedì alle 10.",
    ],
)
def test_a_job_had_is_no_booking(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent != "book"
