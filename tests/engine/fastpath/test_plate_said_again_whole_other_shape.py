"""A plate said whole, taken back ("scusa", "anzi", "no") and said again from its first letter, the first one of
another shape than the second ("G741MNO, scusa, G741NF" and "gd741m9 scusa gd741nf", set 34's transcripts; the
sentences below are new): the plate said again replaces it whole and is read as any plate (a misheard one repaired
and said back for a yes). A marker with no plate said again after it stays refused: the fast path never guesses
which of the two was meant."""

from __future__ import annotations

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import booked, parse_it, wrote_nothing
from wp_api.contract import CallContext


def test_plate_said_again_after_scusa_replaces_the_one_before() -> None:
    p = parse_it("Mettimi dentro la Panda grigia, AB123CDE, scusa, AB123CD, per il tagliando, lunedì 7 dicembre alle 10.")
    assert p.intent == "book" and p.slots.get("plate") == "AB123CD", (p.intent, p.reason, p.slots)
    assert p.slots.get("date") == "2026-12-07" and p.slots.get("time") == "10:00", p.slots


def test_lower_case_without_commas() -> None:
    p = parse_it("metti mi dentro la golf nera ef456g8 scusa ef456gh per le gomme venerdì 11 dicembre alle nove")
    assert p.intent == "book" and p.slots.get("plate") == "EF456GH", (p.intent, p.reason, p.slots)


def test_anzi_and_no_take_it_back_too() -> None:
    p = parse_it("Cambio olio per la Fiesta, D321TBA, anzi, DP321TB, domani alle 10.")
    assert p.intent == "book" and p.slots.get("plate") == "DP321TB", (p.intent, p.reason, p.slots)
    p = parse_it("La revisione della Punto, FT789M0, no, FT789MN, giovedì 10 dicembre alle 15.")
    assert p.intent == "book" and p.slots.get("plate") == "FT789MN", (p.intent, p.reason, p.slots)


def test_a_marker_with_no_plate_said_again_stays_refused() -> None:
    p = parse_it("Mettimi dentro la Panda, AB123CDE, scusa, per il tagliando, lunedì 7 dicembre alle 10.")
    assert p.intent is None, (p.intent, p.reason, p.slots)
    p = parse_it("Mettimi dentro la Panda, AB123CDE, scusa, 123 CD, per il tagliando, lunedì 7 dicembre alle 10.")
    assert p.intent is None or p.slots.get("plate") != "AB123CDE", (p.intent, p.reason, p.slots)


def test_a_plate_said_right_then_a_shorter_one_stays_refused() -> None:
    # the plate said first is a plate: the "a" after the digits said again is no letter of a new one
    p = parse_it("Cambio olio per la FT789MN, scusa, la FT 788 a venerdì alle 9.")
    assert not p.handled, (p.intent, p.reason, p.slots)


async def test_the_plate_said_again_is_the_one_booked(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Tagliando per la Golf nera, EF456G8, scusa, EF456GH, lunedì 9 marzo alle 10.", context)
    made = booked(out)
    assert len(made) == 1 and made[0].arguments["vehicle_id"] == 2, (out.reply_text, out.tool_calls)


async def test_the_plate_taken_back_is_never_booked(fast: FastPath, context: CallContext) -> None:
    # AB123CD is on file and nearly the plate said first: the one said again, AP123CD, is the car
    out = await fast.handle("Tagliando per la 500 bianca, AB123CDX, scusa, AP123CD, lunedì 9 marzo alle 10.", context)
    said = out.clarification or out.reply_text
    assert all(c.arguments["vehicle_id"] == 11 for c in booked(out)), (said, out.tool_calls)
    assert "AP123CD" in said and "AB123CD" not in said, said


async def test_no_plate_said_again_writes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Tagliando per la Golf nera, EF456G8, scusa, lunedì 9 marzo alle 10.", context)
    assert wrote_nothing(out), (out.reply_text, out.tool_calls)
