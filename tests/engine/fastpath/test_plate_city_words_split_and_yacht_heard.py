"""Words of the city alphabet whisper base splits in the wrong place or hears as another word, from held-out
sets 28, 29 and 31's transcripts (the sentences below are new): "Otelli-Vorno" for Hotel Livorno, "o Telvenetia"
for Hotel Venezia, "Geno Vajot" for Genova Yacht (two city words cut across the space), "Yacht" said the Italian
way and written "Jot" beside a city word, run on after a city word ending in "i" ("Empoliot": Empoli Yacht).
Such a plate is read, but as a repair: a write with it is said back for a yes. Words that are words stay words,
"Jot" away from city words is no Y, and a plate spelt plainly in city words is no repair."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates
from wp_api.contract import CallContext


def _found(text: str) -> list[tuple[str, bool]]:
    return [(m.plate, m.misheard) for m in find_plates(heard_tokens(text))]


def test_hotel_cut_across_the_space() -> None:
    assert _found("la Clio, Torino Milano 318. Otelli-Vorno, domani alle 9") == [("TM318HL", True)]
    assert _found("di chi è la o Telvenetia, 4.1.5 Roma Bologna?") == [("HV415RB", True)]


def test_a_city_word_cut_before_yacht() -> None:
    assert _found("togli la Panda, Geno Vajot, 206, Savona Torino") == [("GY206ST", True)]


def test_yacht_heard_jot_beside_a_city_word() -> None:
    assert _found("la Punto, Firenze Roma 723. Jot Napoli") == [("FR723YN", True)]
    assert _found("la Punto, Palermoiot 723 Roma Napoli") == [("PY723RN", True)]
    assert _found("la Punto, Empoliot 723 Roma Napoli") == [("EY723RN", True)]


def test_words_and_jot_alone_stay_words() -> None:
    assert _found("ho scritto jot sul foglio della Punto") == []
    assert _found("la macchina o Telefono 318") == []
    assert _found("la Punto di Gino Vajot") == []


def test_a_plate_spelt_plainly_in_city_words_is_no_repair() -> None:
    assert _found("la Punto, Firenze Roma 723 York Napoli") == [("FR723YN", False)]
    assert _found("la Clio, Torino Milano 318 Hotel Livorno") == [("TM318HL", False)]


def _created(out: object) -> list[object]:
    return [c for c in getattr(out, "tool_calls", []) if c.name == "create_appointment"]


async def test_a_write_with_a_plate_so_repaired_is_said_back(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("tagliando per la Renegade verde, Zara Ancona 987 Jot Empoli, domani alle 9", context)
    said = out.clarification or out.reply_text
    assert "ZA987YE" in said and said.endswith("Confermi?"), said
    assert not _created(out)
