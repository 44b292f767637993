"""The parse the Italian phrasing tests share: Italian, on the bench sets' Wednesday 25 November 2026."""

from __future__ import annotations

from datetime import date

from engine.fastpath.parser import Parse, parse

WEDNESDAY = date(2026, 11, 25)


def parse_it(text: str) -> Parse:
    """`text` parsed as Italian with today = `WEDNESDAY`."""
    return parse(text, language="it", today=WEDNESDAY)
