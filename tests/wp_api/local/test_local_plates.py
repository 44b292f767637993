"""Plates: normalisation, Italian format, spoken forms and fuzzy scores (pure functions)."""

from __future__ import annotations

import pytest

from wp_api import plates


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ab 123 cd", "AB123CD"), ("AB-123-CD", "AB123CD"), (" fg.112.hh ", "FG112HH"), ("àb123çd", "AB123CD")],
)
def test_normalise(text, expected):
    assert plates.normalise(text) == expected


def test_italian_format():
    assert plates.is_italian("AB 123 CD")
    assert not plates.is_italian("AO123CD")  # O is never used on Italian plates
    assert not plates.is_italian("M AB 1234")  # German, accepted as foreign elsewhere
    assert plates.repair_italian("AB I23 CD") == "AB123CD"
    assert plates.repair_italian("A8 123 CD") == "AB123CD"
    assert plates.repair_italian("ABC") is None


@pytest.mark.parametrize(
    ("spoken", "plate"),
    [
        ("a bi uno due tre ci di", "AB123CD"),
        ("Ancona Bologna 1 2 3 Como Domodossola", "AB123CD"),
        ("A come Ancona, B come Bologna, 123, C come Como, D come Domodossola", "AB123CD"),
        ("Alpha Bravo one two three Charlie Delta", "AB123CD"),
        ("targa EF 456 GH", "EF456GH"),
        ("zeta zeta nove nove nove zeta zeta", "ZZ999ZZ"),
        ("doppia vu kappa sette sette sette ics i greca", "WK777XY"),
        ("Roma Savona 4 5 0 Domodossola Torino", "RS450DT"),
        ("è la bmw AB123CD", "AB123CD"),
        ("la targa è AB123CD della panda", "AB123CD"),
        ("la Panda di Mario, targa a bi uno due tre ci di, domani", "AB123CD"),
        ("M AB 1234", "MAB1234"),
    ],
)
def test_spoken_to_plate(spoken, plate):
    assert plates.spoken_to_plate(spoken) == plate


@pytest.mark.parametrize("text", ["prenota un tagliando per la panda", "", "ciao", "1234"])
def test_no_plate_in_text(text):
    assert plates.spoken_to_plate(text) is None


def test_skeleton_groups_confusable_characters():
    assert plates.skeleton("AP123TD") == plates.skeleton("AB123DB")
    assert plates.skeleton("GM555NP") == plates.skeleton("GN555MB")
    assert plates.skeleton("HK010LA") == plates.skeleton("HKO1OLA")
    assert plates.skeleton("AB123CD") != plates.skeleton("AB123CE")


def test_scores_rank_confusions_above_unrelated_edits():
    assert plates.score("AB123CD", "AB123CD") == 1.0
    near = plates.score("AP123CD", "AB123CD")
    far = plates.score("AX123CD", "AB123CD")
    dropped = plates.score("AB12CD", "AB123CD")
    assert 0.8 < near < 1.0
    assert far < near and dropped < near
    assert plates.score("ZZ999ZZ", "AB123CD") == 0.0


def test_candidates_and_ambiguity():
    known = ["AB123CD", "AP123CD", "XY987ZW"]
    ranked = plates.candidates("AD123CD", known)
    assert {c.plate for c in ranked[:2]} == {"AB123CD", "AP123CD"}
    assert plates.is_ambiguous(ranked)
    clear = plates.candidates("AB123CT", known)
    assert clear[0].plate == "AB123CD" and not plates.is_ambiguous(clear)
    assert plates.candidates("QQQQQQQ", known) == []
