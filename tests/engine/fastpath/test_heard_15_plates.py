"""How whisper base writes a plate's letters, learnt from held-out set 15's Italian transcripts and tested on
new sentences: W's "doppia" written as a 2 or two zeros run into the letters ("a2v", "43600va"), J's "i lunga"
with its "i" run into the letter or digit before ("x lunga", "6 lungati"), "acca" cut after its "a" ("ha
cabi"), "zero" voiced ("sero"), "ipsilon" said "ipsilone" or voiced ("ipzilon"), and a word after the plate's
letters that reads as no letter names cut off. What is no plate stays no plate: "lunga" after words, "ha"
before known words, a plate of another format said plainly. On the contract workshop where a write is made."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import heard_tokens
from engine.fastpath.plate_hearing import readings
from engine.fastpath.plates_spoken import find_plates
from tests.engine.fastpath.italian import plates_in
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "cancel_appointment", "send_message", "schedule_reminder"}


def _misheard(text: str) -> list[tuple[str, bool]]:
    return [(m.plate, m.misheard) for m in find_plates(heard_tokens(text))]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("prenota un tagliando per la a2v 518 tr domani alle 9", "AW518TR"),  # "a doppia vu"
        ("la Clio di Sala, BC71200VE, la revisione", "BC712WE"),  # "settecentododici doppia vu e"
        ("la Corsa, r2pav 306 el, le gomme", "RW306EL"),  # "erre doppia vu" as "2pav"
        ("la Micra, effe erre 4 0 8 lungati, domani alle 10", "FR408JT"),  # "otto i lunga ti"
        ("la Polo di Sartori, ha cabi 615 LT, il tagliando", "HB615LT"),  # "acca bi" cut after the "a"
    ],
)  # fmt: skip
def test_letters_whisper_writes_otherwise_are_read_as_a_misheard_plate(text: str, plate: str) -> None:
    assert _misheard(text) == [(plate, True)]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la Yaris, gr 7 3 3 k lunga, domani alle 9", "GR733KJ"),  # "cappa i lunga" as "k lunga"
        ("la Fiesta di Moro, cb 4 0 9 x lunga, la revisione", "CB409XJ"),
        ("la Tipo, bi ci 4 1 9 zeta ipsilone, il tagliando", "BC419ZY"),  # "ipsilonne"
    ],
)  # fmt: skip
def test_letter_names_said_so_are_a_plate_spelled_plainly(text: str, plate: str) -> None:
    assert _misheard(text) == [(plate, False)]


def test_a_long_i_run_into_digits_glued_to_its_letter() -> None:
    found = readings(["ci", "di", "0", "72", "x", "lunga"])
    assert found[0].text == "CD072XJ"
    assert [m.plate for m in find_plates(heard_tokens("la Panda della Neri, accadisero 64x lunga, domani"))] == [
        "HD064XJ"
    ]


def test_zero_voiced_inside_letter_names_run_together() -> None:
    assert readings(["gitisero", "4", "7", "mn"])[0].text == "GT047MN"


def test_a_word_after_the_plates_letters_that_reads_as_none_is_cut_off() -> None:
    (match,) = find_plates(heard_tokens("il doblo di Pace, F 4 1 2 di acca. Sbrighiamoci."))
    assert match.plate == "F412DH" and match.misheard


@pytest.mark.parametrize(
    "text",
    [
        "la strada e lunga 3 km, arrivo alle 10",  # "lunga" after a word
        "la coda era lunga 20 minuti",
        "ha cambiato 3 gomme la settimana scorsa",  # "ha" before a known word
        "il tagliando di 2 anni fa della Clio di Ferri",  # "di" a preposition, digits a number
        "alle 2 vado a prendere la macchina",
    ],
)
def test_what_is_no_plate_stays_no_plate(text: str) -> None:
    assert plates_in(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("targa ab2300vx", "AB2300VX"),  # a foreign plate's shape said plainly: no W read into its "00v"
        ("targa CK 2211 PV", "CK2211PV"),
    ],
)
def test_a_plate_of_another_format_is_kept_as_said(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def _writes(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES]


async def test_a_plate_said_with_ipsilone_is_booked(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un cambio gomme per la Renegade, zeta a 9 8 7 ipsilone e, domani alle 10", context)
    (booked,) = _writes(out)
    assert booked.result.ok and booked.arguments["vehicle_id"] == 9, out


async def test_a_recovered_plate_is_never_written_on_another_vehicle(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la ha cacappa 0 1 0 elle a domani alle 10", context)
    writes = _writes(out)
    if writes:  # sure enough to write: only on the 208 whose plate it is
        assert [w.arguments["vehicle_id"] for w in writes] == [7], out
    else:  # else said back, that plate named, for a yes
        assert out.clarification and "HK010LA" in out.clarification, out


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la Clio di Riva, Torino Savona 5 u no 9 Milano Napoli, domani alle 9", "TS519MN"),
        ("la Punto di Neri, bi ci 4 quat tro 7 esse ti", "BC447ST"),
    ],
)
def test_a_digit_s_name_cut_in_two_is_the_digit(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]
