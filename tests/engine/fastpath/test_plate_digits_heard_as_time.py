"""A plate's three digits whisper base wrote as a time ("8.45" for otto quattro cinque), between the plate's
letters, from held-out set 17's transcripts (the sentences below are new): "G i lunga 8.45 TC", "Genova Jolly
8.45 Torino Como". Read as the plate's digits only right after its letters and right before more of them; a
time said after "alle", or beside ordinary words, stays a time."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import heard_tokens, parse
from engine.fastpath.plates_spoken import find_plates


def _plates(text: str) -> list[str]:
    return [m.plate for m in find_plates(heard_tokens(text))]


def test_digits_as_a_time_between_letter_names() -> None:
    assert _plates("la Clio di Rossi, D i lunga 3.62 HT, il tagliando sabato") == ["DJ362HT"]
    assert _plates("la Punto, FE 7.62 WA, revisione lunedì") == ["FE762WA"]


def test_digits_as_a_time_between_city_words() -> None:
    assert _plates("la Clio, Empoli Bologna 6.58 Zara Como, domani") == ["EB658ZC"]


def test_the_time_is_no_time_of_the_request() -> None:
    p = parse(
        "sposta la Bayon, Genova Jolly 8.45 Torino Como, a martedì stessa ora", language="it", today=today()
    )
    assert p.slots.get("plate") == "GJ845TC"
    assert "old_time" not in p.slots and "time" not in p.slots


def test_a_time_said_as_a_time_stays_one() -> None:
    assert _plates("la Clio alle 8.45 va bene") == []
    # after "alle": the hour, whatever follows; no whole plate is read across it
    assert not [
        m for m in find_plates(heard_tokens("la Clio di Rossi, domani alle 8.45 TC")) if m.italian_format
    ]
    assert _plates("la Clio di GE 8.45 poi la Panda") == []  # no letters after it
    p = parse("metti la Clio di Rossi, FE 762 WA, domani alle 8.45", language="it", today=today())
    assert p.slots.get("plate") == "FE762WA" and p.slots.get("time") == "08:45"
