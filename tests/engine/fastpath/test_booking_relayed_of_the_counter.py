"""The customer's request relayed, asked of the counter ("Zanasi chiede se gli segni il cambio gomme della Tushek, ER
0 6 2 JL, domani a mezzogiorno", whisper's "se li segni", set 42) or of the customer's own bringing ("il signor
Tessarolo chiede se può portare la Keinath, …, per la ricarica dell'aria condizionata martedì 15, di pomeriggio", set
43), and the customer's visit told ("Pedrazzini passa martedì primo dicembre alle 11 e mezza per l'olio e i filtri: …",
set 42): a booking, said back whole for a yes. "Chiede se gli segni il numero", "passa a ritirare la Panda" and the
visit asked ("passa martedì alle 11 per l'olio?") are none."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "service", "day", "hour"),
    [
        ("Zanasi chiede se gli segni il cambio gomme della Panda, ER 0 6 2 JL, domani a mezzogiorno.", "tyres",
         "2026-11-26", "12:00"),
        ("Zanasi chiede, se li segni il cambio gomme della Panda, ER 062 JL, domani, amezzo giorno.", "tyres",
         "2026-11-26", "12:00"),
        ("La signora Rossi chiede se le prenoti la revisione della Panda ER 062 JL venerdì alle 10.", "inspection",
         "2026-11-27", "10:00"),
        ("Il signor Rossi chiede se può portare la Panda, ER 062 JL, per la ricarica dell'aria condizionata martedì "
         "15 alle 3.", "aircon", "2026-12-15", "15:00"),
        ("Pedrazzini passa martedì primo dicembre alle 11 e mezza per l'olio e i filtri: la Panda verde, ER 062 JL.",
         "oil_change", "2026-12-01", "11:30"),
        ("La signora Rossi passa domani alle 9 per il tagliando della Panda ER 062 JL.", "service", "2026-11-26",
         "09:00"),
    ],
)
def test_the_relayed_booking_is_said_back(text: str, service: str, day: str, hour: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.slots["plate"] == "ER062JL" and parsed.slots["service"]["key"] == service
    assert (parsed.slots["date"], parsed.slots["time"]) == (day, hour)
    assert parsed.careful == "asked"


def test_bringing_on_a_part_of_the_day_asks_its_time() -> None:
    parsed = parse("Il signor Rossi chiede se può portare la Panda, ER 062 JL, per la ricarica dell'aria "
                   "condizionata martedì 15, di pomeriggio.", language="it", today=TODAY)
    assert parsed.intent == "book" and parsed.slots.get("time") is None
    assert parsed.slots["part_of_day"] == "afternoon"


@pytest.mark.parametrize(
    "text",
    [
        "Rossi chiede se gli segni il numero di telefono.",
        "Chiede se può portare la Panda ER 062 JL a casa.",
        "Rossi passa domani alle 9 a ritirare la Panda ER 062 JL.",
        "Pedrazzini passa martedì alle 11 e mezza per l'olio e i filtri? La Panda, ER 062 JL.",
        "La Panda ER 062 JL passa la revisione?",
    ],
)
def test_no_booking_relayed(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent != "book"
