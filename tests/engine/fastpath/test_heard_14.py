"""Whisper's little words learnt from held-out set 14's Italian transcripts, tested on new sentences: "ha" and "a"
swapped ("a bisogno", "ha infilare"), an elision written out ("lo olio"), "l'ha mai" written "la mai", and
"gliel'abbiamo" written "gli abbiamo" before "già" or "mai". What Italian does say as written is left as heard.
Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.little_words import little_words
from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("la clio a bisogno di una revisione", "la clio ha bisogno di una revisione"),
        ("riusciamo ha incastrare un tagliando", "riusciamo a incastrare un tagliando"),
        ("per fare lo appuntamento", "per fare l appuntamento"),
        ("la revisione la mai fatta da noi", "la revisione l ha mai fatta da noi"),
    ],
)
def test_little_words_are_put_back(heard: str, meant: str) -> None:
    assert little_words(heard.split()) == meant.split()


@pytest.mark.parametrize(
    "said",
    [
        "ha detto che passa a ritirarla",  # "ha" before a participle stays
        "la porta a bisognosi",  # "a" before another word stays
        "lo e sempre stato",  # "lo è": a one-letter word after it
        "la golf ha 274 mila km",  # "ha" before digits
    ],
)
def test_what_italian_says_so_stays(said: str) -> None:
    assert little_words(said.split()) == said.split()


def test_la_mai_with_no_participle_stays() -> None:
    assert little_words(["la", "mai", "piu"]) == ["la", "mai", "piu"]


@pytest.mark.parametrize(
    ("text", "intent", "want"),
    [
        ("La Yaris della Bassi, CX 808 BZ, a bisogno del tagliando, venerdì 4 alle 10.", "book",
         {"plate": "CX808BZ", "service": "service", "date": "2026-12-04", "time": "10:00"}),
        ("Martedì pomeriggio riesco ha infilare una diagnosi?", "first_free_slot",
         {"service": "diagnosis", "date": "2026-12-01"}),
        ("Il primo posto libero per cambiare lo olio alla Golf, EF 456 GH?", "first_free_slot",
         {"service": "oil_change"}),
        ("La Golf di Rossi, EF 456 GH, la revisione la mai fatta da noi?", "vehicle_history",
         {"plate": "EF456GH", "service": "inspection"}),
        ("Le pastiglie della Yaris, CX 808 BZ, gli abbiamo già cambiate noi?", "vehicle_history",
         {"plate": "CX808BZ", "service": "brakes"}),
    ],
)  # fmt: skip
def test_requests_heard_with_little_words_swapped_are_understood(
    text: str, intent: str, want: dict[str, object]
) -> None:
    assert_parsed(_parse(text), intent, want)


@pytest.mark.parametrize(
    "text",
    [
        "La Golf, EF 456 GH, gli abbiamo cambiato le pastiglie ieri.",  # told, no "già"/"mai": no history asked
        "La Yaris, CX 808 BZ, non la mai fatta la revisione da noi.",  # "non": a negation
    ],
)
def test_told_or_negated_is_not_the_history(text: str) -> None:
    p = _parse(text)
    assert not (p.intent == "vehicle_history" and p.handled), (p.intent, p.reason, p.slots)
