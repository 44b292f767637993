""""L'olio" as whisper base cuts it, its last "o" heard apart ("chiede se gli cambiamo l'oli o venerdì quattro
dicembre alle due del pomeriggio", set 41): read as two options, the request was refused. Put back only with a day
said right after it; "l'oli o il filtro" (no day after) and "quale oli o venerdì" (no elided article) stay."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("Il signor Marcuzzi, EY 708 RN, chiede se gli cambiamo l'oli o venerdì quattro dicembre alle due del "
         "pomeriggio.", "2026-12-04", "14:00"),
        ("Alla EY 708 RN cambiamo l'oli o lunedì alle 9.", "2026-11-30", "09:00"),
        ("Per la EY 708 RN fagli l'oli o domani alle 10.", "2026-11-26", "10:00"),
    ],
)
def test_the_oil_cut_before_its_day_is_the_oil(text: str, day: str, hour: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book" and parsed.slots["service"]["key"] == "oil_change", parsed
    assert (parsed.slots["date"], parsed.slots["time"]) == (day, hour)


@pytest.mark.parametrize("text", ["l oli o il filtro", "quale oli o venerdì", "due oli o tre"])
def test_without_a_day_after_it_it_stays(text: str) -> None:
    said = put_back(tokenize(text))
    assert "oli" in said and "olio" not in said, said
