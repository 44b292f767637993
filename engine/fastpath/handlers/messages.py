"""The handlers that message the customer (a booking confirmation, a reminder), and the same two steps
after a booking or a move ("…e mandagli la conferma su WhatsApp")."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from engine.fastpath import steps
from engine.fastpath.context import Context, idempotency_key, why
from i18n import fastpath as T


async def follow_ups(ctx: Context, appointment: dict[str, Any], vehicle: dict[str, Any]) -> list[str]:
    """The composite parts after a booking or a move: confirmation, reminder, in order."""
    said: list[str] = []
    for part in ctx.parse.parts[1:]:
        if part.intent == "send_confirmation":
            said.append(await confirm_by_message(ctx, appointment, vehicle, part.slots["channel"]))
        elif part.intent == "send_reminder":
            said.append(await schedule_reminder(ctx, appointment, part.slots))
    return said


def follow_ups_said(ctx: Context) -> str:
    """The composite parts after a booking or a move, as said back before it (", e mando la conferma SMS")."""
    said = ""
    for part in ctx.parse.parts[1:]:
        channel = T.channel_name(part.slots.get("channel") or "whatsapp", ctx.lang)
        if part.intent == "send_confirmation":
            said += T.say("and_confirmation", ctx.lang, channel=channel)
        elif part.intent == "send_reminder":
            said += T.say("and_reminder", ctx.lang, channel=channel)
    return said


def _about(ctx: Context, appointment: dict[str, Any], vehicle: dict[str, Any] | None) -> dict[str, str]:
    """The appointment a message is about, as said back: its service, vehicle and time."""
    return {
        "service": T.in_sentence(str(appointment.get("service", ""))),
        "vehicle": T.spoken_vehicle(vehicle, ctx.lang) if vehicle else str(appointment.get("plate", "")),
        "when": T.spoken_when(str(appointment["start"]), ctx.lang, ctx.today),
    }


async def confirm_by_message(
    ctx: Context, appointment: dict[str, Any], vehicle: dict[str, Any], channel: str
) -> str:
    customer_id = appointment.get("customer_id") or (vehicle.get("customer") or {}).get("customer_id")
    args = {
        "customer_id": customer_id,
        "channel": channel,
        "kind": "booking_confirmation",
        "appointment_id": appointment["appointment_id"],
        "idempotency_key": idempotency_key(),
    }
    name = T.channel_name(channel, ctx.lang)
    action = T.say("do_confirmation", ctx.lang, channel=name, **_about(ctx, appointment, vehicle))
    result = await ctx.write("send_message", args, action)
    if not result.ok:
        return T.say("message_failed", ctx.lang, channel=name, why=why(result, ctx.lang))
    status = (result.data.get("message") or {}).get("status")
    return T.say("confirmation_sent" if status == "sent" else "confirmation_queued", ctx.lang, channel=name)


async def schedule_reminder(ctx: Context, appointment: dict[str, Any], slots: dict[str, Any]) -> str:
    rem = slots.get("reminder") or {"days_before": 1, "time": "18:00"}
    start = datetime.fromisoformat(str(appointment["start"]))
    day = start.date() - timedelta(days=int(rem.get("days_before", 1)))
    send_at = f"{day.isoformat()}T{rem.get('time', '18:00')}"
    channel = slots.get("channel") or "whatsapp"
    args = {
        "appointment_id": appointment["appointment_id"],
        "channel": channel,
        "send_at": send_at,
        "idempotency_key": idempotency_key(),
    }
    action = T.say(
        "do_reminder", ctx.lang, channel=T.channel_name(channel, ctx.lang),
        send=T.spoken_when(send_at, ctx.lang, ctx.today), **_about(ctx, appointment, ctx.vehicle),
    )  # fmt: skip
    result = await ctx.write("schedule_reminder", args, action)
    if not result.ok:
        return T.say("reminder_failed", ctx.lang, why=why(result, ctx.lang))
    return T.say(
        "reminder_set", ctx.lang, channel=T.channel_name(channel, ctx.lang),
        when=T.spoken_when(send_at, ctx.lang, ctx.today),
    )  # fmt: skip


async def send_confirmation(ctx: Context) -> str:
    vehicle = await steps.find_vehicle(ctx, write=True)
    appointment = await steps.find_appointment(ctx, vehicle)
    said = [await confirm_by_message(ctx, appointment, vehicle, ctx.slots.get("channel", "whatsapp"))]
    for part in ctx.parse.parts[1:]:
        if part.intent == "send_reminder":
            said.append(await schedule_reminder(ctx, appointment, part.slots))
    return " ".join(said)


async def send_reminder(ctx: Context) -> str:
    vehicle = await steps.find_vehicle(ctx, write=True)
    appointment = await steps.find_appointment(ctx, vehicle)
    return await schedule_reminder(ctx, appointment, ctx.slots)
