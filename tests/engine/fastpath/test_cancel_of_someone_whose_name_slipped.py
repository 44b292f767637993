"""A cancel of someone whose name slipped the speaker's mind ("Stamattina mi ha disdetto qualcuno che aveva
appuntamento lunedì 21 giugno, il nome mi è sfuggito. Levalo.", set 53): the customer said not known, no second
action; the job is asked about by its day (never one cancelled on a guess: `steps._is_it_this_one`). ("Stamattina"
said first, when the call came, is still read as a second day: asked which.) Parses on the bench's Wednesday 25
November 2026; the cancel on the test workshop's Monday 2 March 2026."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    "text",
    [
        "Mi ha disdetto qualcuno che aveva appuntamento lunedì 21 giugno, il nome mi è sfuggito. Levalo.",
        "Ha disdetto uno che aveva appuntamento lunedì 21 giugno, il nome mi è scappato. Cancellalo.",
        "Ha disdetto una signora che aveva appuntamento lunedì 21 giugno, il nome mi è passato di mente. Toglila.",
    ],
)
def test_name_slipped_is_not_known_no_second_action(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel" and p.slots.get("old_date") == "2027-06-21", (p.intent, p.reason, p.slots)
    assert not (p.reason or "").startswith("unknown_action"), p.reason


async def test_the_days_job_is_asked_about_never_cancelled(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Mi ha disdetto qualcuno che aveva appuntamento martedì 3 marzo, il nome mi è sfuggito. Levalo.",
        context,
    )
    assert out.pending is None, out  # nothing put for a yes before the job is known
    assert not any(c.name == "cancel_appointment" for c in out.tool_calls), out
    assert out.clarification, out
