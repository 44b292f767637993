"""Whose vehicle, told by the owner's trade or as the one next door ("il furgone del fornaio qui di fianco", "la
Panda del tabaccaio"): no surname. Before, the trade was taken for the owner's surname and the vehicle looked up
by it ("Non trovo nessun veicolo van di Fornaio"); now the booking is understood and the plate asked. A surname
said so is still the customer."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from engine.fastpath.parser import parse
from wp_api.contract import CallContext


def test_the_trade_is_no_customer() -> None:
    p = parse(
        "Fammi una revisione per il furgone del macellaio qui accanto, lunedì 7 dicembre alle 9.",
        language="it",
        today=today(),
    )
    assert p.intent == "book"
    assert "customer" not in p.slots
    assert (p.slots.get("vehicle_description") or {}).get("body") == "van"
    assert p.slots.get("date") == "2026-12-07"


def test_a_surname_is_still_the_customer() -> None:
    p = parse(
        "Fammi una revisione per il furgone di Fornari, lunedì 7 dicembre alle 9.",
        language="it",
        today=today(),
    )
    assert p.slots.get("customer") == "Fornari"


def test_the_trade_is_no_surname_for_the_plate_lookup() -> None:
    p = parse("Segnami le pastiglie per la Panda del tabaccaio, giovedì alle 3", language="it", today=today())
    assert p.intent == "book"
    assert "customer" not in p.slots
    assert "plate" not in p.slots


async def test_the_vehicle_is_asked(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "prenota un tagliando per il furgone del fornaio qui di fianco domani alle 10", context
    )
    assert not out.handled
    assert out.clarification == "Per quale veicolo? Dimmi la targa."
    assert not WRITES & {c.name for c in out.tool_calls}
