"""A car named by a number whose model the fast path does not read ("prenota la 1 della Gallo": the Uno, or an A1
with its letter lost; "la Uno della …", the Fiat whose name is a number too): the owner's one car on file may not be
the car said, so a write is said back whole for a yes, its model not caught. A car said by its model, or not named
at all ("la macchina della Gallo"), is her one car, written at once as before."""

from __future__ import annotations

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it
from wp_api.contract import CallContext


def test_a_car_named_by_a_number_makes_a_booking_careful() -> None:
    assert parse_it("Prenota la 1 della Gallo per il tagliando lunedì alle 9.").careful == "model"
    assert parse_it("Prenota la Uno della Gallo per il tagliando lunedì alle 9.").careful == "model"


def test_a_model_said_or_no_car_named_is_not_careful() -> None:
    assert parse_it("Prenota la Ypsilon della Gallo per il tagliando lunedì alle 9.").careful is None
    assert parse_it("Prenota la macchina della Gallo per il tagliando lunedì alle 9.").careful is None
    assert parse_it("Prenota la 500 della Gallo per il tagliando lunedì alle 9.").careful is None


def test_one_and_a_date_is_no_car() -> None:
    assert parse_it("Prenota il tagliando della Gallo per il 1 di dicembre alle 9.").careful is None


async def test_the_owners_one_car_is_said_back_when_a_number_named_it(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prenota la Uno della Gallo per il tagliando mercoledì 4 marzo alle 9.", context)
    said = (out.clarification or "") + out.reply_text
    assert "EM304RS" in said and "Confermi?" in said and "modello" in said, out
    assert not any(c.name == "create_appointment" for c in out.tool_calls), out.tool_calls


async def test_the_owners_one_car_said_by_its_model_is_booked(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prenota la Ypsilon della Gallo per il tagliando mercoledì 4 marzo alle 9.", context)
    assert any(c.name == "create_appointment" and c.result.ok for c in out.tool_calls), out
