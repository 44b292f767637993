"""Confirmation tokens of confirm tools, the same on every backend (see wp_api.confirmations)."""

from __future__ import annotations

import dataclasses

from tests.contract.conftest import day
from wp_api.confirmations import CONFIRMATION_TTL_S
from wp_api.contract import CallContext, ToolBackend, ToolResult


async def first_call(backend: ToolBackend, session: CallContext, name: str, **args: object) -> ToolResult:
    first = await backend.call_tool(name, args, context=session)
    assert not first.ok and first.error is not None and first.error.code == "confirmation_required"
    assert first.confirmation is not None and len(first.confirmation.token) >= 32
    assert first.confirmation.expires_at
    return first


def with_token(session: CallContext, result: ToolResult) -> CallContext:
    assert result.confirmation is not None
    return dataclasses.replace(session, confirmation=result.confirmation.token)


async def still_booked(call, today, appointment_id: int) -> bool:
    found = await call("search_appointments", customer_id=9, status="approved", date_from=day(today, 0))
    return appointment_id in [a["appointment_id"] for a in found.data["appointments"]]


async def test_the_token_runs_exactly_that_call_once(backend, session, call, today):
    first = await first_call(backend, session, "cancel_appointment", appointment_id=103)
    assert await still_booked(call, today, 103)
    # the token is nowhere the model reads
    assert first.confirmation is not None and first.confirmation.token not in first.for_model()
    assert first.confirmation.token not in repr(first) and first.confirmation.token not in repr(session)

    done = await backend.call_tool(
        "cancel_appointment", {"appointment_id": 103}, context=with_token(session, first)
    )
    assert done.ok, done.error
    assert not await still_booked(call, today, 103)

    reused = await backend.call_tool(
        "cancel_appointment", {"appointment_id": 103}, context=with_token(session, first)
    )
    assert not reused.ok and reused.error is not None and reused.error.code == "confirmation_invalid"


async def test_a_token_for_other_arguments_tool_or_user_is_refused(backend, session, call, today):
    # other arguments: the token for 103 does not cancel 104
    first = await first_call(backend, session, "cancel_appointment", appointment_id=103)
    other = await backend.call_tool(
        "cancel_appointment", {"appointment_id": 104}, context=with_token(session, first)
    )
    assert not other.ok and other.error is not None and other.error.code == "confirmation_invalid"
    # ... nor does it cancel 103 with an extra argument
    first = await first_call(backend, session, "cancel_appointment", appointment_id=103)
    extra = await backend.call_tool(
        "cancel_appointment", {"appointment_id": 103, "reason": "altro"}, context=with_token(session, first)
    )
    assert not extra.ok and extra.error is not None and extra.error.code == "confirmation_invalid"

    # other tool: a cancellation's token does not send a campaign
    preview = await call("preview_campaign", category="tyres", months_since=6, channel="whatsapp")
    campaign = {"campaign_id": preview.data["campaign"]["campaign_id"]}
    first = await first_call(backend, session, "cancel_appointment", appointment_id=103)
    crossed = await backend.call_tool("send_campaign", campaign, context=with_token(session, first))
    assert not crossed.ok and crossed.error is not None and crossed.error.code == "confirmation_invalid"

    # other user (actor): the token is bound to whoever asked for it
    first = await first_call(backend, session, "cancel_appointment", appointment_id=103)
    stranger = CallContext(session_id=session.session_id, actor="someone-else@PC-2")
    stolen = await backend.call_tool(
        "cancel_appointment", {"appointment_id": 103}, context=with_token(stranger, first)
    )
    assert not stolen.ok and stolen.error is not None and stolen.error.code == "confirmation_invalid"

    # a made-up token
    forged = dataclasses.replace(session, confirmation="A" * 43)
    made_up = await backend.call_tool("cancel_appointment", {"appointment_id": 103}, context=forged)
    assert not made_up.ok and made_up.error is not None and made_up.error.code == "confirmation_invalid"

    assert await still_booked(call, today, 103)


async def test_an_expired_token_is_refused(backend, session, call, clock, today):
    first = await first_call(backend, session, "cancel_appointment", appointment_id=103)
    clock.advance(seconds=CONFIRMATION_TTL_S + 60)
    late = await backend.call_tool(
        "cancel_appointment", {"appointment_id": 103}, context=with_token(session, first)
    )
    assert not late.ok and late.error is not None and late.error.code == "confirmation_expired"
    assert await still_booked(call, today, 103)
    # asking again gives a fresh token that works
    assert (await call("cancel_appointment", appointment_id=103, confirmed=True)).ok


async def test_invalid_arguments_get_no_token(backend, session):
    refused = await backend.call_tool("cancel_appointment", {"appointment_id": "103"}, context=session)
    assert not refused.ok and refused.error is not None and refused.error.code == "invalid_arguments"
    assert refused.confirmation is None
