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


def follow_ups_said(ctx: Context, start: str | None = None) -> str:
    """The composite parts after a booking or a move (of the appointment at `start`), as said back before
    it (", e mando la conferma SMS"; ", con promemoria WhatsApp subito" when its time asked is past)."""
    said = ""
    for part in ctx.parse.parts[1:]:
        channel = T.channel_name(part.slots.get("channel") or "whatsapp", ctx.lang)
        if part.intent == "send_confirmation":
            said += T.say("and_confirmation", ctx.lang, channel=channel)
        elif part.intent == "send_reminder":
            now = start is not None and reminder_time(ctx, start, part.slots)[1] is not None
            said += T.say("and_reminder_now" if now else "and_reminder", ctx.lang, channel=channel)
    return said


SOON = timedelta(minutes=3)
"""How far ahead "now" is set for a reminder whose time asked is past: beyond the two minutes a write said
back waits for its yes (engine.fastpath.front.OPEN_QUESTION_S), so that time is still ahead at the yes."""


def reminder_time(ctx: Context, start: str, slots: dict[str, Any]) -> tuple[str, str | None]:
    """When the reminder of the appointment at `start` goes (ISO, to the minute), and, when the time asked
    ("2 days before", "the day before at 18") is already past while the appointment is still ahead, how
    that time was asked: it goes as soon as possible instead, the nearest time to the one asked still
    possible, and is said back for a yes first (`mind_past_reminders`). An appointment about to start
    keeps the time asked, and the backend's refusal is said."""
    rem = slots.get("reminder") or {"days_before": 1, "time": "18:00"}
    begins = datetime.fromisoformat(str(start)[:16])
    days = int(rem.get("days_before", 1))
    time = str(rem.get("time", "18:00"))
    send_at = f"{(begins.date() - timedelta(days=days)).isoformat()}T{time}"
    soon = (ctx.now() + SOON).replace(second=0, microsecond=0)
    if datetime.fromisoformat(send_at) >= ctx.now() or begins <= soon:
        return send_at, None
    kind = rem.get("when") or ("same_day" if days == 0 else "days_before" if days > 1 else "day_before")
    asked = T.phrase(f"reminder_asked_{kind}", ctx.lang, days=days, time=time)
    return soon.isoformat(timespec="minutes"), asked


def mind_past_reminders(ctx: Context, start: str, parts: list[dict[str, Any]]) -> None:
    """Before the request's first write, for the appointment at `start`: a reminder among the `parts`'
    slots whose time asked is already past goes as soon as possible, so the whole request is said back
    for a yes first (whatever else already made it careful keeps its own lead)."""
    for slots in parts:
        asked = reminder_time(ctx, start, slots)[1]
        if asked is not None and not ctx.careful:
            ctx.careful, ctx.careful_said = "reminder_past", {"asked": asked}


def reminder_parts(ctx: Context) -> list[dict[str, Any]]:
    """The slots of the request's reminder parts after its first (a booking's, a move's, a confirmation's)."""
    return [part.slots for part in ctx.parse.parts[1:] if part.intent == "send_reminder"]


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
    send_at, past = reminder_time(ctx, str(appointment["start"]), slots)
    send = T.phrase("reminder_now", ctx.lang) if past else T.spoken_when(send_at, ctx.lang, ctx.today)
    channel = slots.get("channel") or "whatsapp"
    args = {
        "appointment_id": appointment["appointment_id"],
        "channel": channel,
        "send_at": send_at,
        "idempotency_key": idempotency_key(),
    }
    action = T.say(
        "do_reminder", ctx.lang, channel=T.channel_name(channel, ctx.lang),
        send=send, **_about(ctx, appointment, ctx.vehicle),
    )  # fmt: skip
    result = await ctx.write("schedule_reminder", args, action)
    if not result.ok:
        return T.say("reminder_failed", ctx.lang, why=why(result, ctx.lang))
    if past:
        return T.say("reminder_set_now", ctx.lang, channel=T.channel_name(channel, ctx.lang))
    return T.say(
        "reminder_set", ctx.lang, channel=T.channel_name(channel, ctx.lang),
        when=T.spoken_when(send_at, ctx.lang, ctx.today),
    )  # fmt: skip


async def send_confirmation(ctx: Context) -> str:
    vehicle = await steps.find_vehicle(ctx, write=True)
    appointment = await steps.find_appointment(ctx, vehicle)
    mind_past_reminders(ctx, str(appointment["start"]), reminder_parts(ctx))
    said = [await confirm_by_message(ctx, appointment, vehicle, ctx.slots.get("channel", "whatsapp"))]
    for part in ctx.parse.parts[1:]:
        if part.intent == "send_reminder":
            said.append(await schedule_reminder(ctx, appointment, part.slots))
    return " ".join([*said, _which_appointment(ctx, appointment, vehicle)])


async def send_reminder(ctx: Context) -> str:
    vehicle = await steps.find_vehicle(ctx, write=True)
    appointment = await steps.find_appointment(ctx, vehicle)
    mind_past_reminders(ctx, str(appointment["start"]), [ctx.slots])
    said = await schedule_reminder(ctx, appointment, ctx.slots)
    return f"{said} {_which_appointment(ctx, appointment, vehicle)}"


def _which_appointment(ctx: Context, appointment: dict[str, Any], vehicle: dict[str, Any] | None) -> str:
    """A message asked on its own is told with the appointment it is about: the plate may have been put right
    from the workshop's data ("GN402.E" heard, the Outlander GN402GE taken by its model), and the job is
    whichever the vehicle has booked; the person hears which before the customer does."""
    return T.say("message_about", ctx.lang, **_about(ctx, appointment, vehicle))
