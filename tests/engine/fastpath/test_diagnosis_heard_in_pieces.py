""" "diagnosi" as whisper base writes it across words, its gn heard n or nn and its "-si" heard "zi" ("di anni o si",
"di anni ozieletronica", "un adiagno zidomani", "va indiano zimarte di"): put back, with the article or "in" run onto
it and the word run onto its "-si"; a surname, an "indiano" or anything else run on stays as heard."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("fa un rumore al cambio. di anni o si giovedì 3", "fa un rumore al cambio diagnosi giovedi 3"),
        ("mi fai di anni ozieletronica per la Clio", "mi fai diagnosi elettronica per la clio"),
        ("fagli un adiagno zidomani alle 10", "fagli una diagnosi domani alle 10"),
        ("la Yaris va indiano zimarte di 1 dicembre", "la yaris va in diagnosi martedi 1 dicembre"),
    ],
)
def test_diagnosis_heard_in_pieces_is_put_back(heard: str, want: str) -> None:
    assert " ".join(put_back(tokenize(heard))) == want


@pytest.mark.parametrize(
    "heard", ["un indiano simpatico al banco", "il signor di anni quaranta", "di anni o sei mesi fa"]
)
def test_no_diagnosis_without_its_sound_or_with_a_stranger_run_on(heard: str) -> None:
    assert "diagnosi" not in put_back(tokenize(heard))


def test_a_dictated_diagnosis_heard_in_pieces_is_booked() -> None:
    p = parse_it(
        "Allora, la Fabia grigia, EZ 5 2 1 PK, fa un rumore strano in frenata. Di anni o si lunedì 7 "
        "dicembre alle 3."
    )
    assert_parsed(
        p, "book", {"plate": "EZ521PK", "service": "diagnosis", "date": "2026-12-07", "time": "15:00"}
    )
