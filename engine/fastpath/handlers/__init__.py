"""The fast path's intent handlers: one async function per intent, given the request's `Context`,
returning the sentence to say (or raising `Stop` with a refusal or a question)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from engine.fastpath.context import Context
from engine.fastpath.handlers import booking, lookups, messages

Handler = Callable[[Context], Awaitable[str]]

HANDLERS: Mapping[str, Handler] = {
    "book": booking.book,
    "move": booking.move,
    "cancel": booking.cancel,
    "first_free_slot": booking.first_free_slot,
    "lookup_plate": lookups.lookup_plate,
    "vehicle_history": lookups.vehicle_history,
    "day_appointments": lookups.day_appointments,
    "vehicle_appointments": lookups.vehicle_appointments,
    "customer_vehicles": lookups.customer_vehicles,
    "send_confirmation": messages.send_confirmation,
    "send_reminder": messages.send_reminder,
}
"""Every intent of engine.fastpath.intents.INTENTS, and the function that carries it out."""
