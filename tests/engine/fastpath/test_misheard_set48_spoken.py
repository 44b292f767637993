"""Counter words whisper wrote otherwise in set 48, spoken: "depenna" with its nn heard "nd" ("Dependa il tagliando"),
"non ce la fa mercoledì" with the weekday's consonant doubled onto "fa" ("fammercole di"), "levala pure" cut
("le vale a pure"), "se l'è fatta fare" as "se le fatta" (no "if"), "mezza riesci a infilare" run together
("mezzarieci ha infilare"). Each put back only in a form no Italian sentence has; the real words near them stay."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Dependa il tagliando di mercoledì 2 dicembre della Panda AB 123 CD.",
        "Dependai tagliando di mercoledì 2 dicembre della Panda AB 123 CD",
        "la revisione della Panda AB 123 CD di venerdì 4 dicembre, dependala",
    ],
)
def test_depenna_heard_with_nd_is_a_cancel(text: str) -> None:
    assert parse_it(text).intent == "cancel"


def test_dipenda_stays_a_word() -> None:
    assert "depenna" not in heard_tokens("dipenda da lui, la Panda AB 123 CD")


@pytest.mark.parametrize(
    "text",
    [
        "La Rossi non c'è la fammercole di 2 dicembre. La Panda AB 123 CD, passala a lunedì 7 dicembre alle 10.",
        "La Rossi non c'è la fam mercole di 2 dicembre. La Panda AB 123 CD, passala a lunedì 7 dicembre alle 10.",
        "Il Rossi non ce la faggiovedì, la Panda AB 123 CD spostala a venerdì 4 dicembre alle 9.",
    ],
)
def test_weekday_doubled_onto_fa_is_the_reason_for_a_move(text: str) -> None:
    assert parse_it(text).intent == "move"


@pytest.mark.parametrize(
    "text",
    [
        "la revisione della Panda se le fatta fare in motorizzazione, AB 123 CD, le vale a pure.",
        "la revisione della Panda se le fatta fare altrove, AB 123 CD, le vala pur.",
        "il tagliando della Panda AB 123 CD se lo è fatto fare da un altro, le vala pure",
    ],
)
def test_levala_cut_is_a_cancel(text: str) -> None:
    assert parse_it(text).intent == "cancel"


@pytest.mark.parametrize(
    "text",
    ["le vale la pena, la Panda AB 123 CD", "se le fa la revisione giovedì, la Panda AB 123 CD, ditemelo"],
)
def test_real_words_stay(text: str) -> None:
    tokens = heard_tokens(text)
    assert "levala" not in tokens and tokens.count("se") <= 1 and "l" not in tokens
    assert parse_it(text).intent != "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Oggi alle 5 e mezzarieci ha infilare un cambio gomme per la Panda AB 123 CD?",
        "Domani alle 9 e mezzariesci a infilare un tagliando per la Panda AB 123 CD?",
    ],
)
def test_mezza_riesci_run_together_is_a_booking(text: str) -> None:
    assert parse_it(text).intent == "book"


@pytest.mark.parametrize(
    "text",
    [
        "tagliando lunedì 7 dicembre alle 9 per la Panda AB 123 CD e poi rimandi una SMS che è tutto confermato",
        "e poi rimandi un whatsapp al Rossi per la Panda AB 123 CD",
    ],
)
def test_gli_mandi_heard_rimandi_is_no_move(text: str) -> None:
    assert parse_it(text).intent != "move"
    assert "rimandi" not in heard_tokens(text)


def test_rimandi_a_day_stays_a_move() -> None:
    assert parse_it("rimandi a giovedì il tagliando della Panda AB 123 CD").intent == "move"
