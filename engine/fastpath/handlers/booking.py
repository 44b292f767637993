"""The handlers that book, move and cancel an appointment, and find the first free slot."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from engine.confirmation import PendingConfirmation, ToolCallRecord
from engine.fastpath import steps
from engine.fastpath.context import Context, Stop, idempotency_key, why
from engine.fastpath.handlers import messages
from engine.fastpath.parser import first_free_asked, same_time_asked
from i18n import fastpath as T


async def book(ctx: Context) -> str:
    s = ctx.slots
    vehicle = await steps.find_vehicle(ctx, write=True)
    service = await steps.find_service(ctx, vehicle)
    if ctx.parse.verbless and s.get("date") and "write" not in ctx.pinned:
        # said without a verb ("la Tivoli, DR 815 DL: tagliando lunedì 30 alle 9"), the job the vehicle has booked
        # that very day: the sentence tells of that appointment, so it is read out, never booked a second time
        that_day = await steps.same_job_booked(ctx, vehicle, service, day=str(s["date"]))
        if that_day is not None:
            return T.say(
                "booked_that_day", ctx.lang, service=T.in_sentence(service["name"]),
                vehicle=T.spoken_vehicle(vehicle, ctx.lang), owner=T.owner_suffix(vehicle, ctx.lang),
                when=T.spoken_when(str(that_day["start"])[:16], ctx.lang, ctx.today),
            )  # fmt: skip
    booked = await steps.same_job_booked(ctx, vehicle, service) if "write" not in ctx.pinned else None
    if booked is not None:
        # a second appointment for the same job is rarely meant (a move said as a booking): said back whole
        # for a yes, the one on file told of, whatever else made the write careful
        ctx.careful = "already_booked"
        ctx.careful_said = {
            "service": T.in_sentence(service["name"]),
            "when": T.spoken_when(str(booked["start"])[:16], ctx.lang, ctx.today),
        }
    if s.get("date") and s.get("time") and not s.get("date_to"):
        start = f"{s['date']}T{s['time']}"
        staff_id = None
    else:
        day_only = (not s.get("first_free") or bool(s.get("date"))) and not s.get("open_ended")
        slot = await steps.first_slot(ctx, service, day_only=day_only)
        if slot is None:
            raise await steps.no_slots(ctx, service, vehicle)
        start, staff_id = str(slot["start"]), slot.get("staff_id")
        if not (s.get("first_free") and first_free_asked(ctx.parse.text)):
            # a day or a range said with no time ("giovedì mattina", "sometime next week"): its first free
            # time is offered for a yes, not booked; only "il primo posto libero" asked for that time itself
            ctx.careful = ctx.careful or "no_time"
    args: dict[str, Any] = {
        "service_id": service["service_id"],
        "vehicle_id": vehicle["vehicle_id"],
        "start": start[:16],
        "idempotency_key": idempotency_key(),
    }
    customer_id = (vehicle.get("customer") or {}).get("customer_id")
    if customer_id:
        args["customer_id"] = customer_id
    if staff_id:
        args["staff_id"] = staff_id
    messages.mind_past_reminders(ctx, args["start"], messages.reminder_parts(ctx))
    if ctx.says_back and s.get("date") and s.get("time") and not s.get("date_to"):
        # the time said is checked before it is said back: a yes is never met with "è già occupato"
        taken = await steps.taken_before_said_back(ctx, service, args["start"])
        if taken is not None:
            raise taken
    action = T.say(
        "do_book", ctx.lang, service=T.in_sentence(service["name"]), vehicle=T.spoken_vehicle(vehicle, ctx.lang),
        owner=T.owner_suffix(vehicle, ctx.lang), when=T.spoken_when(args["start"], ctx.lang, ctx.today),
    ) + messages.follow_ups_said(ctx, args["start"])  # fmt: skip
    result = await ctx.write("create_appointment", args, action)
    if not result.ok:
        raise steps.slot_refusal(ctx, result, args["start"])
    appointment = result.data["appointment"]
    said = [
        T.say(
            "booked_replayed" if result.data.get("replayed") else "booked", ctx.lang,
            service=service["name"], vehicle=T.spoken_vehicle(vehicle, ctx.lang),
            owner=T.owner_suffix(vehicle, ctx.lang),
            when=T.spoken_when(str(appointment["start"]), ctx.lang, ctx.today),
        )
    ]  # fmt: skip
    said += await messages.follow_ups(ctx, appointment, vehicle)
    return " ".join(said)


async def move(ctx: Context) -> str:
    s = ctx.slots
    vehicle = await steps.find_target_vehicle(ctx, write=True)
    appointment = await steps.find_appointment(ctx, vehicle)
    old = datetime.fromisoformat(str(appointment["start"]))
    service = {"service_id": appointment["service_id"], "name": appointment.get("service", "")}
    if s.get("time") and not s.get("first_free"):
        day = s.get("date") or old.date().isoformat()
        new_start = f"{day}T{s['time']}"
    elif s.get("time_shift") and not s.get("first_free"):
        # "un'ora prima", "fallo 2 ore dopo": its own hour shifted, on the new day said or its own
        day = s.get("date") or old.date().isoformat()
        shifted = old + timedelta(minutes=int(s["time_shift"]))
        new_start = f"{day}T{shifted.strftime('%H:%M')}"
    else:
        if s.get("date") and not s.get("first_free"):
            # same time on the new day when free, else the first free that day
            candidate = f"{s['date']}T{old.strftime('%H:%M')}"
            check = await ctx.call(
                "check_availability",
                {"service_id": service["service_id"], "date_from": s["date"], "date_to": s["date"],
                 "part_of_day": s.get("part_of_day", "any"), "limit": 50},
            )  # fmt: skip
            free = [str(x["start"])[:16] for x in check.data.get("slots", [])] if check.ok else []
            if not free:
                raise Stop(
                    T.say("no_slots", ctx.lang, service=service["name"], range=steps.range_words(ctx)),
                    reason="no_slots",
                )
            new_start = candidate if candidate in free else free[0]
            # no time said: the hour kept, or that day's first free one, is offered for a yes; the hour
            # kept asked for in words ("stessa ora") is moved at once
            kept = new_start == candidate
            if not (kept and same_time_asked(ctx.parse.text)):
                ctx.careful = ctx.careful or ("same_time" if kept else "no_time")
        else:
            slot = await steps.first_slot(ctx, service, day_only=False)
            if slot is None:
                raise Stop(
                    T.say("no_slots", ctx.lang, service=service["name"], range=steps.range_words(ctx)),
                    reason="no_slots",
                )
            new_start = str(slot["start"])[:16]
    args = {
        "appointment_id": appointment["appointment_id"],
        "new_start": new_start,
        "idempotency_key": idempotency_key(),
    }
    if ctx.says_back and (s.get("time") or s.get("time_shift")) and not s.get("first_free"):
        # the time said is checked before it is said back, as a booking's is: a yes is never met with "è già
        # occupato" (the appointment's own time counts as free: "mezz'ora più tardi" overlaps only itself)
        taken = await steps.taken_before_said_back(
            ctx, service, new_start, moving=appointment["appointment_id"]
        )
        if taken is not None:
            raise taken
    if vehicle is None:
        # found by its old day and hour alone ("quello di martedì 29 alle 9, spostamelo…"): no car was named, so the
        # move is said back for a yes with the car and owner booked then (set 37's blind run moved it at once)
        ctx.careful = ctx.careful or "booked"
    who = T.spoken_vehicle(vehicle, ctx.lang) if vehicle else T.booked_car(appointment, ctx.lang)
    if vehicle is not None:  # the follow-ups run only with the vehicle
        messages.mind_past_reminders(ctx, new_start, messages.reminder_parts(ctx))
    action = T.say(
        "do_move", ctx.lang, service=T.in_sentence(service["name"]), vehicle=who,
        old=T.spoken_when(old.isoformat(timespec="minutes"), ctx.lang, ctx.today),
        when=T.spoken_when(new_start, ctx.lang, ctx.today),
    ) + messages.follow_ups_said(ctx, new_start)  # fmt: skip
    result = await ctx.write("reschedule_appointment", args, action)
    if not result.ok:
        raise steps.slot_refusal(ctx, result, new_start)
    moved = result.data["appointment"]
    said = [
        T.say(
            "moved", ctx.lang, service=moved.get("service", service["name"]),
            vehicle=T.spoken_vehicle(vehicle, ctx.lang) if vehicle else moved.get("plate", ""),
            when=T.spoken_when(str(moved["start"]), ctx.lang, ctx.today),
        )
    ]  # fmt: skip
    if vehicle is not None:
        said += await messages.follow_ups(ctx, moved, vehicle)
    return " ".join(said)


async def cancel(ctx: Context) -> str:
    vehicle = await steps.find_target_vehicle(ctx, write=True)
    appointment = await steps.find_appointment(ctx, vehicle)
    if vehicle is not None:
        who, owner = T.spoken_vehicle(vehicle, ctx.lang), T.owner_suffix(vehicle, ctx.lang)
    else:
        who, owner = T.booked_car(appointment, ctx.lang), ""
    summary = T.say(
        "cancel_confirm", ctx.lang, service=appointment.get("service", ""), vehicle=who, owner=owner,
        when=T.spoken_when(str(appointment["start"]), ctx.lang, ctx.today),
    )  # fmt: skip
    if ctx.unsure_vehicle is not None:  # a plate heard only nearly: the yes asked for covers it, and says so
        summary = f"{T.say('say_back_vehicle', ctx.lang)} {summary}"
    arguments = {"appointment_id": appointment["appointment_id"]}
    # the first call: the backend answers with a token the pipeline keeps for the confirmed call
    first = await ctx.backend.call_tool("cancel_appointment", arguments, context=ctx.call_context)
    display = {"kind": "confirmation", "what": "cancel_appointment", "appointment": appointment}
    ctx.pending = PendingConfirmation.from_result("cancel_appointment", arguments, first, summary, display)
    if ctx.pending is None:
        ctx.calls.append(ToolCallRecord("cancel_appointment", arguments, first, 0.0))
        raise Stop(T.say("refused", ctx.lang, why=why(first, ctx.lang)), reason="cancel_refused")
    return summary


async def first_free_slot(ctx: Context) -> str:
    # a plate said ("ho qui la Mini GZ 604 SW: quando c'è il primo posto?") is looked up and named in the
    # answer, so a wrong or unknown plate shows before the booking that usually follows
    vehicle = await steps.find_vehicle(ctx, write=False) if ctx.slots.get("plate") else None
    service = await steps.find_service(ctx)
    slot = await steps.first_slot(ctx, service, day_only=False)
    if slot is None:
        raise Stop(
            T.say("no_slots", ctx.lang, service=service["name"], range=steps.range_words(ctx)),
            reason="no_slots",
        )
    when = T.spoken_when(str(slot["start"]), ctx.lang, ctx.today)
    if vehicle is None:
        return T.say("first_free", ctx.lang, service=service["name"], when=when)
    return T.say("first_free_for", ctx.lang, service=service["name"], when=when,
                 vehicle=T.spoken_vehicle(vehicle, ctx.lang), owner=T.owner_suffix(vehicle, ctx.lang))  # fmt: skip
