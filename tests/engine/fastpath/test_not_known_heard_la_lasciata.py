"""Set 47 as whisper heard it: "… una Clio bianca di un ragazzo che la targa non l'ha lasciata, lunedì …" written
"non la lasciata" and refused as a negation of the whole request. "la lasciata" is no noun, so "non la lasciata" is
what is not known (the plate), as "non la lasciato" already was: the booking is asked about, never written."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "prenotiamo un cambio gomme per una clio bianca di un ragazzo che la targa non la lasciata. L'UNEDY 21 "
        "dicembre alle 9 e mezza.",
        "segnami una revisione per la Panda di Rossi, la targa non la lasciata, venerdì alle 10",
        "un tagliando per la Clio bianca di Bianchi, la targa però non la ancora lasciata, lunedì alle 9",
    ],
)
def test_plate_not_left_heard_la_is_asked_for(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and "plate" not in p.slots, (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "cancella la revisione della Panda, non la lasciata qui",  # no slot before it: still refused
        "non prenotare la Panda di Rossi",
    ],
)
def test_a_request_said_not_to_be_done_stays_refused(text: str) -> None:
    assert parse_it(text).intent is None
