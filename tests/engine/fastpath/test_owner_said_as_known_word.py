"""A car described, then its owner by a surname the parser knows as another word ("la Ypsilon di Monti": "monti" a
verb too): the owner is not taken, so the car would be found by its description alone — the workshop's one Ypsilon,
whoever owns it. The write is said back whole ("Non ho capito di chi è l'auto."), never made at once. A surname it
does not know is the owner as before; a day, a part of the day or a person word after "di" is no owner."""

from __future__ import annotations

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it
from wp_api.contract import CallContext


def test_a_known_word_as_the_owner_makes_the_write_careful() -> None:
    assert parse_it("Prenota un tagliando per la Ypsilon di Monti mercoledì 4 marzo alle 9.").careful == "owner_unread"
    assert parse_it("Prenota un tagliando per la Ypsilon di Porta mercoledì 4 marzo alle 9.").careful == "owner_unread"


def test_a_surname_or_a_day_after_di_is_not_careful() -> None:
    assert parse_it("Prenota un tagliando per la Ypsilon di Gallo mercoledì 4 marzo alle 9.").careful is None
    assert parse_it("Prenota un tagliando per la Ypsilon di Mercoledì 4 marzo alle 9.").careful is None
    assert parse_it("Prenota un tagliando per la Ypsilon di Mattina mercoledì 4 marzo.").careful is None


async def test_the_one_car_described_is_said_back_not_booked(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prenota un tagliando per la Ypsilon di Monti mercoledì 4 marzo alle 9.", context)
    said = (out.clarification or "") + out.reply_text
    assert "Non ho capito di chi è l'auto" in said and "Confermi?" in said, out
    assert not any(c.name == "create_appointment" for c in out.tool_calls), out.tool_calls
