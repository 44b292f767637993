"""What the phrasing and reading tests share: the parse (Italian or English) on the bench sets'
Wednesday 25 November 2026, the plates a transcript spells, whether a turn wrote and what it booked."""

from __future__ import annotations

from datetime import date

from engine.confirmation import ToolCallRecord
from engine.fastpath.context import WRITES
from engine.fastpath.outcome import FastPathOutcome
from engine.fastpath.parser import Parse, heard_tokens, parse
from engine.fastpath.plates_spoken import find_plates

WEDNESDAY = date(2026, 11, 25)


def parse_it(text: str) -> Parse:
    """`text` parsed as Italian with today = `WEDNESDAY`."""
    return parse(text, language="it", today=WEDNESDAY)


def parse_en(text: str) -> Parse:
    """`text` parsed as English with today = `WEDNESDAY`."""
    return parse(text, language="en", today=WEDNESDAY)


def slot(p: Parse, key: str) -> object:
    """One slot of a parse as the tests name it: the vehicle's "model" or "colour", a service by its key."""
    vehicle = p.slots.get("vehicle_description", {})
    got = vehicle.get(key) if key in ("model", "colour") else p.slots.get(key)
    return got["key"] if key == "service" and got else got


def assert_parsed(p: Parse, intent: str, slots: dict[str, object]) -> None:
    """`p` is a handled `intent` with each of `slots` (named as `slot` names them)."""
    assert p.intent == intent and p.handled, (p.reason, p.slots)
    for key, want in slots.items():
        assert slot(p, key) == want, (key, p.slots)


def plates_in(text: str) -> list[str]:
    """Every plate the words of `text` spell, as the fast path reads them."""
    return [m.plate for m in find_plates(heard_tokens(text))]


def wrote_nothing(out: FastPathOutcome) -> bool:
    return not WRITES & {c.name for c in out.tool_calls}


def booked(out: FastPathOutcome) -> list[ToolCallRecord]:
    """The bookings `out` wrote (a create_appointment that succeeded)."""
    return [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]
