"""Over a workshop's noise whisper base loses the opening of "tagliando" ("alliando", run onto its article:
"in alliando", "ittalliando") or turns its "gli" to "i" and drops its d ("taiano", "Untaiano"), and cuts the
hour's "alle" to "al" or hears it "allo" right after the day's date ("martedì 15 dicembre allo 5 del
pomeriggio"). New sentences in the shape sets 17 to 27 heard; what stays as it was ("dal 3 dicembre al 5", "al
5 dicembre") is checked too."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    "text",
    [
        "la Clio rossa AB123CD, alliando giovedì 3 dicembre alle 10",
        "la Clio rossa AB123CD vuole ittalliando venerdì 4 dicembre alle 9",
        "Untaiano per la Clio rossa AB123CD lunedì 7 dicembre alle 11",
        "la Clio rossa AB123CD deve fare il taiano mercoledì 9 dicembre alle 8",
    ],
)
def test_tagliando_heard_cut_is_the_service(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book"
    assert slot(p, "service") == "service"  # the tagliando's key
    assert slot(p, "plate") == "AB123CD"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("la Clio AB123CD, cambio olio martedì 15 dicembre allo 5 del pomeriggio", "17:00"),
        ("la Clio AB123CD, cambio olio martedì 15 dicembre al 3 del pomeriggio", "15:00"),
        ("la Clio AB123CD, cambio olio giovedì 10 dicembre allo 9", "09:00"),
        ("la Clio AB123CD, cambio olio venerdì 11 allo 10 e mezza", "10:30"),
        ("la Clio AB123CD, cambio olio mercoledì 9 al 5 del pomeriggio", "17:00"),
    ],
)
def test_alle_heard_al_or_allo_after_the_date_is_the_hour(text: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book"
    assert slot(p, "time") == time


@pytest.mark.parametrize(
    "text",
    [
        # a range of days, not an hour
        "chi viene dal 3 dicembre al 5 del mese?",
        # a date after "al", no hour at all
        "la Clio AB123CD, cambio olio martedì 15 dicembre al 5 dicembre",
    ],
)
def test_al_after_a_date_that_is_no_hour_stays(text: str) -> None:
    assert slot(parse_it(text), "time") is None
