"""Set 27's words whisper base wrote run together, apart or with a sound changed, each put back only in a form
Italian never says as heard: "anzi no" as "ansino" (a time taken back), the Legacy as "legaci", the Tiguan
Allspace as "tiguan al space", the Cherokee as "kero che è", and "ha la batteria a terra" with its silent h
written "alla"."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


def test_ansino_takes_the_hour_back() -> None:
    p = parse_it("Per la Clio, GA 412 KB, un tagliando sabato 5 dicembre alle 9 ansino, alle 11")
    assert p.intent == "book" and p.slots.get("time") == "11:00", (p.reason, p.slots)


def test_models_heard_as_words() -> None:
    assert (
        slot(parse_it("il kero che è di Russo, DA 512 KT, tagliando lunedì 30 alle 9"), "model") == "Cherokee"
    )
    assert (
        slot(parse_it("per la legaci di Russo, DA 512 KT, tagliando lunedì 30 alle 9"), "model") == "Legacy"
    )
    assert slot(parse_it("il tiguan al space di Russo, DA 512 KT, tagliando lunedì 30 alle 9"), "model") == (
        "Tiguan Allspace"
    )


def test_has_the_battery_flat_heard_alla() -> None:
    assert heard_tokens("alla batteria a terra")[:3] == ["ha", "la", "batteria"]


def test_alla_before_a_service_stays() -> None:
    assert heard_tokens("porta alla batteria nuova")[:2] == ["porta", "alla"]


def test_che_e_alone_stays() -> None:
    assert heard_tokens("chi è che è venuto")[-3:] == ["che", "e", "venuto"]


def test_mazda_heard_massa_before_its_number() -> None:
    assert slot(parse_it("le gomme della massa 2 di Russo, DA 512 KT, lunedì 30 alle 9"), "model") == "2"
    assert "massa" in heard_tokens("la massa del carico è troppa")
