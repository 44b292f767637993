"""The first free slot asked in set 50's ways: when a job can be done, asked impersonally or of us ("quando si
potrebbero fare le pastiglie?", "quando possiamo cambiare le gomme?"), the free room named nearest ("lo spazio libero
più vicino qual è?"), with the read's limit said last ("Dimmi solo la data, non prenotare": no negation of it). A
"non prenotare" after a booking asked stays refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Per la DK 358 DY, quando si potrebbero fare le pastiglie? Dimmi solo la data, non prenotare.", "brakes"),
        ("Quando possiamo cambiare le gomme alla DK 358 DY?", "tyres"),
        ("Quando si può fare una revisione?", "inspection"),
        ("Un cliente mi chiede entro quanto gli possiamo sostituire la batteria: lo spazio libero più vicino qual è?",
         "battery"),
        ("Per una revisione, il posto disponibile più vicino?", "inspection"),
        ("La data libera più vicina per un tagliando?", "service"),
        ("Il primo posto libero per un tagliando alla DK 358 DY? Non prenotarlo ancora.", "service"),
    ],
)  # fmt: skip
def test_when_it_can_be_done_is_the_first_free_slot(text: str, service: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"service": service})


def test_dont_book_it_after_the_first_free_slot_asked_is_its_limit() -> None:
    p = parse_en("What's the first free slot for an MOT on DK 358 DY? Don't book it yet.")
    assert_parsed(p, "first_free_slot", {"service": "inspection"})


@pytest.mark.parametrize(
    "text",
    [
        "Prenota la revisione della DK 358 DY venerdì alle 9, anzi non prenotare.",
        "Quando possiamo fare il tagliando alla DK 358 DY? Prenota venerdì alle 9, non prenotare sabato.",
    ],
)
def test_no_booking_after_a_booking_asked_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert not p.handled, p


def test_no_booking_after_a_booking_asked_in_english_stays_refused() -> None:
    assert not parse_en("Book DK 358 DY in for an MOT on Friday at 9, actually don't book it.").handled
