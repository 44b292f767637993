"""Why a read is asked, said after it as what the one asking must decide by it ("Quante macchine mi entrano
dopodomani? Devo sapere se chiamare anche il ragazzo.", set 54, refused as a condition and a call): no condition, no
call to make. A write said so, or the same words asked first, still wait."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Quante macchine mi entrano dopodomani? Devo sapere se chiamare anche il ragazzo.",
        "Chi abbiamo in agenda domani? Devo capire se mi serve il ragazzo.",
        "Quanti appuntamenti ci sono venerdì? Così so se posso andare via prima.",
        "Chi arriva sabato mattina? Mi serve sapere se aprire.",
    ],
)
def test_day_read_with_its_why(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "day_appointments" and p.reason is None


@pytest.mark.parametrize(
    "text",
    [
        "Prenota la revisione alla DH 024 GB venerdì alle 9, devo sapere se va bene.",
        "Devo sapere se la DH 024 GB è pronta.",
    ],
)
def test_write_or_question_first_still_waits(text: str) -> None:
    assert parse_it(text).reason == "out_of_scope:hypothetical"
