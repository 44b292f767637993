"""Plain-language summaries of tool calls the person must accept: confirm-level calls, and writes held for a
yes (heard over noise), for the confirmation card and the spoken question."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from engine.confirmation import ToolCallRecord
from i18n import fastpath as T


def summarise(
    tool: str, arguments: dict[str, Any], records: Sequence[ToolCallRecord], language: str
) -> tuple[str, dict[str, Any]]:
    """(summary sentence, card display) for a pending confirm-level call."""
    display: dict[str, Any] = {"kind": "confirmation", "tool": tool, "arguments": arguments}
    if tool == "cancel_appointment":
        appointment_id = arguments.get("appointment_id")
        found = _find(records, "appointment_id", appointment_id) or {}
        when = str(found.get("start", "")).replace("T", " ")
        parts = (_name(found.get("service")), _name(found.get("customer")), found.get("plate") or "", when)
        bits = ", ".join(b for b in parts if b)
        display.update(title=T.phrase("confirm_cancel_title", language), what=bits, count=1)
        what = ": " + bits if bits else ""
        return T.say("confirm_cancel", language, id=appointment_id, what=what), display
    if tool == "send_campaign":
        campaign_id = arguments.get("campaign_id")
        found = _find(records, "campaign_id", campaign_id) or {}
        count = found.get("count")
        channel = found.get("channel", "")
        display.update(
            title=T.phrase("confirm_campaign_title", language),
            count=count,
            channel=channel,
            draft=found.get("draft"),
        )
        to = T.phrase("confirm_campaign_to", language, count=count) if count is not None else ""
        by = T.phrase("confirm_campaign_by", language, channel=channel) if channel else ""
        return T.say("confirm_campaign", language, id=campaign_id, to=to, by=by), display
    display.update(title=tool)
    return T.say("confirm_tool", language, tool=tool), display


def _find(
    records: Sequence[ToolCallRecord], key: str, value: Any, *, having: str | None = None
) -> dict[str, Any] | None:
    """The most recent result object carrying `key == value` (an appointment, a campaign), and `having`
    when given (a vehicle, not an appointment that names the vehicle)."""
    for record in reversed(records):
        if not record.result.ok:
            continue
        stack: list[Any] = [record.result.data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if item.get(key) == value and (having is None or item.get(having)):
                    return item
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return None


def _name(value: Any) -> str:
    """A name given as a string or as an object with `name` / `full_name`."""
    if isinstance(value, dict):
        return str(value.get("full_name") or value.get("name") or "")
    return str(value or "")


def say_back(
    tool: str,
    arguments: dict[str, Any],
    records: Sequence[ToolCallRecord],
    *,
    services: Sequence[dict[str, Any]],
    language: str,
    why: str,
    today: date | None,
) -> tuple[str, dict[str, Any]]:
    """(sentence, card display) for a write the app holds for the person's yes: the whole action in
    words, as the fast path says its own ("C'è rumore, ripeto. Prenoto: tagliando per la Panda grigia
    AB123CD di Mario Rossi, giovedì 3 dicembre alle 10:00. Confermi?"). What the earlier tool results
    do not name is said by its id, never guessed."""
    action = _action(tool, arguments, records, services, language, today)
    sentence = T.say("say_back", language, lead=T.say(f"say_back_{why}", language), action=action)
    display = {"kind": "confirmation", "tool": tool, "arguments": arguments, "held": True}
    return sentence, display


def _action(
    tool: str,
    args: dict[str, Any],
    records: Sequence[ToolCallRecord],
    services: Sequence[dict[str, Any]],
    language: str,
    today: date | None,
) -> str:
    def when(value: Any) -> str:
        return T.spoken_when(str(value), language, today)

    def vehicle_words(vehicle_id: Any, fallback_plate: str = "") -> tuple[str, str]:
        vehicle = _find(records, "vehicle_id", vehicle_id, having="model") if vehicle_id else None
        if vehicle is not None:
            return T.spoken_vehicle(vehicle, language), T.owner_suffix(vehicle, language)
        if fallback_plate:
            return fallback_plate, ""
        return T.phrase("vehicle_id", language, id=vehicle_id), ""

    def customer_words(customer_id: Any) -> str:
        found = _find(records, "customer_id", customer_id, having="full_name")
        if found is None:  # an appointment names its customer as a string
            found = _find(records, "customer_id", customer_id, having="customer")
            name = _name(found.get("customer")) if found else ""
        else:
            name = _name(found)
        return name or T.phrase("customer_id", language, id=customer_id)

    def appointment(appointment_id: Any) -> dict[str, Any] | None:
        return _find(records, "appointment_id", appointment_id, having="start")

    def about(found: dict[str, Any]) -> dict[str, str]:
        vehicle, _ = vehicle_words(found.get("vehicle_id"), str(found.get("plate") or ""))
        return {
            "service": T.in_sentence(_name(found.get("service"))),
            "vehicle": vehicle,
            "when": when(found["start"]),
        }

    channel = T.channel_name(str(args.get("channel") or ""), language)
    if tool == "create_appointment":
        service_id = args.get("service_id")
        service = next((s for s in services if s.get("service_id") == service_id), None)
        service = service or _find(records, "service_id", service_id, having="name")
        service_name = (
            T.in_sentence(_name(service)) if service else T.phrase("service_id", language, id=service_id)
        )
        vehicle, owner = vehicle_words(args.get("vehicle_id"))
        return T.say(
            "do_book", language, service=service_name, vehicle=vehicle, owner=owner, when=when(args["start"])
        )
    if tool == "reschedule_appointment":
        found = appointment(args.get("appointment_id"))
        if found is None:
            return T.say("do_move_id", language, id=args.get("appointment_id"), when=when(args["new_start"]))
        said = about(found)
        return T.say("do_move", language, service=said["service"], vehicle=said["vehicle"],
                     old=said["when"], when=when(args["new_start"]))  # fmt: skip
    if tool == "send_message":
        who = customer_words(args.get("customer_id"))
        if args.get("kind") == "booking_confirmation":
            found = appointment(args.get("appointment_id")) if args.get("appointment_id") else None
            if found is None:
                return T.say(
                    "do_confirmation_id", language, channel=channel, who=who, id=args.get("appointment_id")
                )
            return T.say("do_confirmation", language, channel=channel, **about(found))
        return T.say("do_message", language, channel=channel, who=who, text=str(args.get("text") or ""))
    if tool == "schedule_reminder":
        send = when(args["send_at"]) if args.get("send_at") else T.phrase("reminder_default", language)
        found = appointment(args.get("appointment_id"))
        if found is None:
            return T.say(
                "do_reminder_id", language, channel=channel, send=send, id=args.get("appointment_id")
            )
        return T.say("do_reminder", language, channel=channel, send=send, **about(found))
    if tool == "create_customer":
        return T.say("do_customer", language, name=str(args.get("full_name") or ""))
    if tool == "add_vehicle":
        described = {k: args.get(k) for k in ("model", "make", "colour", "plate")}
        return T.say("do_vehicle", language, vehicle=T.spoken_vehicle(described, language),
                     who=customer_words(args.get("customer_id")))  # fmt: skip
    if tool == "undo_last":
        return T.say("do_undo", language)
    return T.say("do_tool", language, tool=tool)
