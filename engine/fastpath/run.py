"""One execution of a fast-path parse: the tool calls of each intent and the templated answer."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from engine.confirmation import PendingConfirmation, ToolCallRecord
from engine.fastpath import plate_hearing as hearing
from engine.fastpath import templates as T
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import Parse
from engine.fastpath.services import KINDS_BY_KEY, match_catalogue
from engine.fastpath.vehicles import VehicleDescription
from wp_api.contract import CallContext, ToolResult

if TYPE_CHECKING:
    from engine.fastpath.executor import FastPath

_LOGGER = logging.getLogger(__name__)

WRITE_PLATE_CONFIDENCE = 0.9
"""A fuzzy plate match below this is confirmed with the person before any write."""
READ_PLATE_CONFIDENCE = 0.6
READ_REPAIRED_CONFIDENCE = 0.45
"""A read answers with the clear best of the recovered plates from this confidence: its answer says
which plate it took ("Non trovo la X; la più simile è la Y"), so a miss costs a sentence, not a record."""
SAY_REPAIRED_CONFIDENCE = 0.8
"""A plate recovered from a mishearing this sure is answered as the plate, without "I can't find …"."""
WRITES = {
    "create_appointment",
    "reschedule_appointment",
    "cancel_appointment",
    "send_message",
    "schedule_reminder",
}


class Stop(Exception):
    """Ends a run early with an answer (a refusal) or a question (a clarification)."""

    def __init__(
        self,
        text: str,
        *,
        clarify: bool = False,
        reason: str | None = None,
        kind: str | None = None,
        options: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(text)
        self.text = text
        self.clarify = clarify
        self.reason = reason
        self.kind = kind
        """What the question chooses between: "vehicle", "service" or "appointment" (None: not resumable)."""
        self.options = options or []


def why(result: ToolResult, language: str) -> str:
    """The refusal's reason, spoken in `language`."""
    if result.error is None:
        return ""
    return T.refusal(result.error.code, result.error.message, language)


def _key() -> str:
    return f"fastpath-{uuid.uuid4().hex}"


class Run:
    """One execution of one parse."""

    def __init__(self, fast: FastPath, p: Parse, context: CallContext) -> None:
        self.fast = fast
        self.p = p
        self.lang = p.language
        self.slots = p.slots
        self.context = context
        self.calls: list[ToolCallRecord] = []
        self.pending: PendingConfirmation | None = None
        self.pinned: dict[str, dict[str, Any]] = {}
        """Choices the person made answering a question (service, appointment)."""
        self.today = fast.now().date()

    async def call(self, name: str, arguments: Mapping[str, Any]) -> ToolResult:
        args = dict(arguments)
        started = time.perf_counter()
        result = await self.fast.backend.call_tool(name, args, context=self.context)
        self.calls.append(ToolCallRecord(name, args, result, time.perf_counter() - started))
        return result

    async def execute(self) -> str:
        handler = getattr(self, f"_do_{self.p.intent}")
        return await handler()

    # --- shared steps ------------------------------------------------------------------------

    async def vehicle(self, *, write: bool) -> dict[str, Any]:
        s = self.slots
        args: dict[str, Any] = {}
        desc = VehicleDescription(**s["vehicle_description"]) if s.get("vehicle_description") else None
        if s.get("plate"):
            args["plate"] = s["plate"]
        elif desc is not None:
            args["description"] = desc.query(self.lang)
        if s.get("customer"):
            args["customer"] = s["customer"]
        result = await self.call("find_vehicle", args)
        span, misheard = heard_span(self.p.text, s["plate"]) if s.get("plate") else ([], False)
        found = hearing.readings(span) if span else []
        confirmed = self.pinned.get("confirmed_plate", {}).get("plate") == s.get("plate")
        if (
            found
            and self.fast.plate_repair
            and not confirmed
            and (misheard or not _exact(result, s["plate"]))
        ):
            # a plate whisper misheard (or read out of letter names run together): the workshop's data decides
            repaired = await self.repair_plate(args, found)
            if repaired is not None:
                result = repaired
        what = s.get("plate") or (desc.spoken(self.lang) if desc else s.get("customer", ""))
        prefix = ("con targa " if self.lang == "it" else "with plate ") if s.get("plate") else ""
        if not result.ok:
            code = result.error.code if result.error else ""
            if code in ("not_found", "invalid_arguments"):
                raise Stop(
                    T.say("vehicle_not_found", self.lang, what=f"{prefix}{what}".strip()),
                    reason="vehicle_not_found",
                )
            raise Stop(T.say("refused", self.lang, why=why(result, self.lang)), reason=code)
        matches = list(result.data.get("matches", []))
        if not matches:
            raise Stop(
                T.say("vehicle_not_found", self.lang, what=f"{prefix}{what}".strip()),
                reason="vehicle_not_found",
            )
        top = matches[0]
        if result.data.get("ambiguous") or (
            len(matches) > 1 and matches[1].get("confidence", 0) >= top.get("confidence", 0)
        ):
            options = [T.spoken_vehicle(m, self.lang) for m in matches[:3]]
            raise Stop(
                T.say("which_vehicle", self.lang, options=T.spoken_list(options, self.lang, T.OR)),
                clarify=True,
                reason="ambiguous_vehicle",
                kind="vehicle",
                options=matches[:3],
            )
        floor = WRITE_PLATE_CONFIDENCE if write else READ_PLATE_CONFIDENCE
        if top.get("repaired") and not write:
            floor = READ_REPAIRED_CONFIDENCE
        if top.get("match") == "fuzzy" and float(top.get("confidence", 0)) < floor:
            raise Stop(
                T.say("confirm_vehicle", self.lang, vehicle=T.spoken_vehicle(top, self.lang)),
                clarify=True,
                reason="fuzzy_plate",
                kind="vehicle",
                options=[top],
            )
        if s.get("plate") and desc is not None and not _fits(desc, top):
            raise Stop(
                T.say("plate_mismatch", self.lang, plate=top.get("plate"),
                      vehicle=T.spoken_vehicle(top, self.lang, with_plate=False), said=desc.spoken(self.lang)),
                clarify=True,
                reason="plate_description_mismatch",
                kind="vehicle",
                options=[top],
            )  # fmt: skip
        return top

    async def repair_plate(self, args: dict[str, Any], found: list[hearing.Reading]) -> ToolResult | None:
        """The vehicles the readings of a heard plate span may stand for, ranked by the mishearing model
        with a calibrated confidence (appointments of today and this week likelier)."""
        forms = [f for f in hearing.italian_forms(found) if f != self.slots["plate"]]
        forms = [f for f in (forms or [r.text for r in found[:4]]) if 2 <= len(f) <= 12][:12]
        result = await self.call("find_vehicle", {**args, "heard_forms": forms, "limit": 20})
        vehicles = {str(m["plate"]): m for m in result.data.get("matches", [])} if result.ok else {}
        priors = await self.fast.appointment_priors(self)
        ranked = hearing.rank(found, [*vehicles, *priors], priors=priors)
        if not ranked or ranked[0].confidence < hearing.MIN_CONFIDENCE:
            return result if result.ok else None
        if ranked[0].plate not in vehicles:  # a plate of this week's appointments, not among the candidates
            exact = await self.call("find_vehicle", {"plate": ranked[0].plate})
            for m in exact.data.get("matches", []) if exact.ok else []:
                vehicles.setdefault(str(m["plate"]), m)
        matches = [
            {**vehicles[r.plate], "match": "fuzzy", "confidence": r.confidence, "repaired": True}
            for r in ranked[:5]
            if r.plate in vehicles and r.confidence >= 0.01
        ]
        if not matches:
            return None
        close = len(matches) > 1 and matches[0]["confidence"] - matches[1]["confidence"] < hearing.MARGIN
        return ToolResult.success({"matches": matches, "ambiguous": close, "repaired": True})

    async def service(self) -> dict[str, Any]:
        if "service" in self.pinned:
            return self.pinned["service"]
        slot = self.slots["service"]
        catalogue = await self.fast.services(self)
        found = match_catalogue(slot["key"], slot["category"], catalogue)
        if not found:
            raise Stop(T.say("service_unknown", self.lang, service=slot["name"]), reason="service_unknown")
        if len(found) > 1:
            said = set(tokenize(self.p.text))
            whole = [s for s in found if name_words(s) and name_words(s) <= said]
            if len(whole) == 1:  # "pastiglie dei freni" → "Pastiglie freni", not "Dischi e pastiglie freni"
                return whole[0]
            kind = KINDS_BY_KEY[slot["key"]]
            exact = [
                s for s in found if str(s.get("name", "")).lower() in (kind.name_it, kind.name_en.lower())
            ]
            if len(exact) == 1:
                return exact[0]
            first_word = [s for s in found if str(s.get("name", "")).lower().startswith(kind.name_words[0])]
            if len(first_word) == 1:
                return first_word[0]
            options = [str(s.get("name")) for s in found[:3]]
            raise Stop(
                T.say("which_service", self.lang, options=T.spoken_list(options, self.lang, T.OR)),
                clarify=True,
                reason="ambiguous_service",
                kind="service",
                options=found[:3],
            )
        return found[0]

    async def appointment(self, vehicle: dict[str, Any] | None) -> dict[str, Any]:
        """The one upcoming appointment the person means."""
        if "appointment" in self.pinned:
            return self.pinned["appointment"]
        s = self.slots
        args: dict[str, Any] = {"date_from": s.get("old_date") or self.today.isoformat(), "limit": 20}
        if s.get("old_date"):
            args["date_to"] = s["old_date"]
        if vehicle is not None:
            args["vehicle_id"] = vehicle["vehicle_id"]
        result = await self.call("search_appointments", args)
        if not result.ok:
            raise Stop(T.say("refused", self.lang, why=why(result, self.lang)), reason="search_failed")
        found = [a for a in result.data.get("appointments", []) if a.get("status") in ("pending", "approved")]
        if s.get("old_time"):
            found = [a for a in found if str(a.get("start", ""))[11:16] == s["old_time"]]
        now = self.fast.now()
        found = [a for a in found if datetime.fromisoformat(str(a["start"])) >= now]
        if not found:
            what = _spoken_target(s, vehicle, self.lang, self.today)
            raise Stop(T.say("no_appointment", self.lang, what=what), reason="no_appointment")
        if len(found) > 1:
            options = [
                f"{a.get('service')} {T.spoken_when(a['start'], self.lang, self.today)}" for a in found[:3]
            ]
            raise Stop(
                T.say("which_appointment", self.lang, options=T.spoken_list(options, self.lang, T.OR)),
                clarify=True,
                reason="ambiguous_appointment",
                kind="appointment",
                options=found[:3],
            )
        return found[0]

    def _slot_refusal(self, result: ToolResult, start: str) -> Stop:
        err = result.error
        code = err.code if err else ""
        when = T.spoken_when(start, self.lang, self.today)
        if code in ("slot_taken", "outside_hours"):
            alternatives = (err.details or {}).get("alternatives", []) if err else []
            alts = [T.spoken_when(str(a["start"]), self.lang, self.today) for a in alternatives[:3]]
            if not alts:
                return Stop(T.say("slot_taken_none", self.lang, when=when), reason=code)
            return Stop(
                T.say(code, self.lang, when=when, alternatives=T.spoken_list(alts, self.lang, T.OR)),
                reason=code,
            )
        if code == "date_in_past":
            return Stop(T.say("date_in_past", self.lang), reason=code)
        return Stop(T.say("refused", self.lang, why=why(result, self.lang)), reason=code)

    async def first_slot(self, service: dict[str, Any], *, day_only: bool) -> dict[str, Any] | None:
        s = self.slots
        date_from = s.get("date") or self.today.isoformat()
        args: dict[str, Any] = {
            "service_id": service["service_id"],
            "date_from": date_from,
            "first_only": True,
        }
        if s.get("date_to"):
            args["date_to"] = s["date_to"]
        elif day_only and s.get("date"):
            args["date_to"] = s["date"]
        if s.get("part_of_day"):
            args["part_of_day"] = s["part_of_day"]
        result = await self.call("check_availability", args)
        if not result.ok:
            code = result.error.code if result.error else ""
            if code == "date_in_past":
                raise Stop(T.say("date_in_past", self.lang), reason=code)
            raise Stop(T.say("refused", self.lang, why=why(result, self.lang)), reason=code)
        slots = result.data.get("slots", [])
        return slots[0] if slots else None

    def _range_words(self) -> str:
        s = self.slots
        if s.get("date") and s.get("date_to"):
            first = T.spoken_day(date.fromisoformat(s["date"]), self.lang, self.today)
            last = T.spoken_day(date.fromisoformat(s["date_to"]), self.lang, self.today)
            return f"tra {first} e {last}" if self.lang == "it" else f"between {first} and {last}"
        if s.get("date"):
            day = T.spoken_day(date.fromisoformat(s["date"]), self.lang, self.today)
            if self.lang == "it":
                return f"per {day}"
            return day if day in ("today", "tomorrow") else f"on {day}"
        return "nei prossimi 30 giorni" if self.lang == "it" else "in the next 30 days"

    async def follow_ups(self, appointment: dict[str, Any], vehicle: dict[str, Any]) -> list[str]:
        """The composite parts after the booking: confirmation, reminder, in order."""
        said: list[str] = []
        for part in self.p.parts[1:]:
            if part.intent == "send_confirmation":
                said.append(await self.send_confirmation(appointment, vehicle, part.slots["channel"]))
            elif part.intent == "send_reminder":
                said.append(await self.schedule_reminder(appointment, part.slots))
        return said

    async def send_confirmation(
        self, appointment: dict[str, Any], vehicle: dict[str, Any], channel: str
    ) -> str:
        customer_id = appointment.get("customer_id") or (vehicle.get("customer") or {}).get("customer_id")
        args = {
            "customer_id": customer_id,
            "channel": channel,
            "kind": "booking_confirmation",
            "appointment_id": appointment["appointment_id"],
            "idempotency_key": _key(),
        }
        result = await self.call("send_message", args)
        name = T.channel_name(channel, self.lang)
        if not result.ok:
            return T.say("message_failed", self.lang, channel=name, why=why(result, self.lang))
        status = (result.data.get("message") or {}).get("status")
        return T.say(
            "confirmation_sent" if status == "sent" else "confirmation_queued", self.lang, channel=name
        )

    async def schedule_reminder(self, appointment: dict[str, Any], slots: dict[str, Any]) -> str:
        rem = slots.get("reminder") or {"days_before": 1, "time": "18:00"}
        start = datetime.fromisoformat(str(appointment["start"]))
        day = start.date() - timedelta(days=int(rem.get("days_before", 1)))
        send_at = f"{day.isoformat()}T{rem.get('time', '18:00')}"
        channel = slots.get("channel") or "whatsapp"
        args = {
            "appointment_id": appointment["appointment_id"],
            "channel": channel,
            "send_at": send_at,
            "idempotency_key": _key(),
        }
        result = await self.call("schedule_reminder", args)
        if not result.ok:
            return T.say("reminder_failed", self.lang, why=why(result, self.lang))
        return T.say(
            "reminder_set", self.lang, channel=T.channel_name(channel, self.lang),
            when=T.spoken_when(send_at, self.lang, self.today),
        )  # fmt: skip

    # --- intents -------------------------------------------------------------------------------

    async def _do_book(self) -> str:
        s = self.slots
        vehicle = await self.vehicle(write=True)
        service = await self.service()
        if s.get("date") and s.get("time") and not s.get("date_to"):
            start = f"{s['date']}T{s['time']}"
            staff_id = None
        else:
            day_only = (not s.get("first_free") or bool(s.get("date"))) and not s.get("open_ended")
            slot = await self.first_slot(service, day_only=day_only)
            if slot is None:
                raise Stop(
                    T.say("no_slots", self.lang, service=service["name"], range=self._range_words()),
                    reason="no_slots",
                )
            start, staff_id = str(slot["start"]), slot.get("staff_id")
        args: dict[str, Any] = {
            "service_id": service["service_id"],
            "vehicle_id": vehicle["vehicle_id"],
            "start": start[:16],
            "idempotency_key": _key(),
        }
        customer_id = (vehicle.get("customer") or {}).get("customer_id")
        if customer_id:
            args["customer_id"] = customer_id
        if staff_id:
            args["staff_id"] = staff_id
        result = await self.call("create_appointment", args)
        if not result.ok:
            raise self._slot_refusal(result, args["start"])
        appointment = result.data["appointment"]
        said = [
            T.say(
                "booked_replayed" if result.data.get("replayed") else "booked", self.lang,
                service=service["name"], vehicle=T.spoken_vehicle(vehicle, self.lang),
                owner=T.owner_suffix(vehicle, self.lang),
                when=T.spoken_when(str(appointment["start"]), self.lang, self.today),
            )
        ]  # fmt: skip
        said += await self.follow_ups(appointment, vehicle)
        return " ".join(said)

    async def _target_vehicle(self, *, write: bool) -> dict[str, Any] | None:
        s = self.slots
        if s.get("plate") or s.get("vehicle_description") or s.get("customer"):
            return await self.vehicle(write=write)
        return None

    async def _do_move(self) -> str:
        s = self.slots
        vehicle = await self._target_vehicle(write=True)
        appointment = await self.appointment(vehicle)
        old = datetime.fromisoformat(str(appointment["start"]))
        service = {"service_id": appointment["service_id"], "name": appointment.get("service", "")}
        if s.get("time") and not s.get("first_free"):
            day = s.get("date") or old.date().isoformat()
            new_start = f"{day}T{s['time']}"
        else:
            if s.get("date") and not s.get("first_free"):
                # same time on the new day when free, else the first free that day
                candidate = f"{s['date']}T{old.strftime('%H:%M')}"
                check = await self.call(
                    "check_availability",
                    {"service_id": service["service_id"], "date_from": s["date"], "date_to": s["date"],
                     "part_of_day": s.get("part_of_day", "any"), "limit": 50},
                )  # fmt: skip
                free = [str(x["start"])[:16] for x in check.data.get("slots", [])] if check.ok else []
                if not free:
                    raise Stop(
                        T.say("no_slots", self.lang, service=service["name"], range=self._range_words()),
                        reason="no_slots",
                    )
                new_start = candidate if candidate in free else free[0]
            else:
                slot = await self.first_slot(service, day_only=False)
                if slot is None:
                    raise Stop(
                        T.say("no_slots", self.lang, service=service["name"], range=self._range_words()),
                        reason="no_slots",
                    )
                new_start = str(slot["start"])[:16]
        args = {
            "appointment_id": appointment["appointment_id"],
            "new_start": new_start,
            "idempotency_key": _key(),
        }
        result = await self.call("reschedule_appointment", args)
        if not result.ok:
            raise self._slot_refusal(result, new_start)
        moved = result.data["appointment"]
        said = [
            T.say(
                "moved", self.lang, service=moved.get("service", service["name"]),
                vehicle=T.spoken_vehicle(vehicle, self.lang) if vehicle else moved.get("plate", ""),
                when=T.spoken_when(str(moved["start"]), self.lang, self.today),
            )
        ]  # fmt: skip
        if vehicle is not None:
            said += await self.follow_ups(moved, vehicle)
        return " ".join(said)

    async def _do_cancel(self) -> str:
        vehicle = await self._target_vehicle(write=True)
        appointment = await self.appointment(vehicle)
        if vehicle is not None:
            who, owner = T.spoken_vehicle(vehicle, self.lang), T.owner_suffix(vehicle, self.lang)
        else:
            who = appointment.get("plate") or ""
            owner = (
                f" di {appointment['customer']}"
                if self.lang == "it" and appointment.get("customer")
                else (f" ({appointment['customer']})" if appointment.get("customer") else "")
            )
        summary = T.say(
            "cancel_confirm", self.lang, service=appointment.get("service", ""), vehicle=who, owner=owner,
            when=T.spoken_when(str(appointment["start"]), self.lang, self.today),
        )  # fmt: skip
        arguments = {"appointment_id": appointment["appointment_id"]}
        # the first call: the backend answers with a token the pipeline keeps for the confirmed call
        first = await self.fast.backend.call_tool("cancel_appointment", arguments, context=self.context)
        display = {"kind": "confirmation", "what": "cancel_appointment", "appointment": appointment}
        self.pending = PendingConfirmation.from_result(
            "cancel_appointment", arguments, first, summary, display
        )
        if self.pending is None:
            self.calls.append(ToolCallRecord("cancel_appointment", arguments, first, 0.0))
            raise Stop(T.say("refused", self.lang, why=why(first, self.lang)), reason="cancel_refused")
        return summary

    async def _do_lookup_plate(self) -> str:
        vehicle = await self.vehicle(write=False)
        owner = (vehicle.get("customer") or {}).get("full_name") or "?"
        desc = T.spoken_vehicle(vehicle, self.lang, with_plate=False)
        article = {"it": ("la ", "una "), "en": ("the ", "a ")}[self.lang if self.lang == "en" else "it"]
        desc = article[1] + desc.removeprefix(article[0])
        if vehicle.get("repaired") and float(vehicle.get("confidence", 0)) < SAY_REPAIRED_CONFIDENCE:
            # what was heard is no plate worth repeating ("EP321TB"): say which one was taken, and how sure
            return T.say("plate_owner_likely", self.lang, plate=vehicle["plate"], vehicle=desc, owner=owner)
        sure = vehicle.get("repaired")
        if vehicle.get("plate") != self.slots["plate"] and vehicle.get("match") == "fuzzy" and not sure:
            return T.say("plate_owner_fuzzy", self.lang, heard=self.slots["plate"], plate=vehicle["plate"],
                         vehicle=desc, owner=owner)  # fmt: skip
        return T.say("plate_owner", self.lang, plate=vehicle["plate"], vehicle=desc, owner=owner)

    async def _do_vehicle_history(self) -> str:
        s = self.slots
        vehicle = await self.vehicle(write=False)
        args: dict[str, Any] = {"vehicle_id": vehicle["vehicle_id"], "limit": 20}
        if s.get("service"):
            args["category"] = s["service"]["category"]
        result = await self.call("vehicle_history", args)
        if not result.ok:
            raise Stop(T.say("refused", self.lang, why=why(result, self.lang)), reason="history_failed")
        services = [
            x for x in result.data.get("services", []) if x.get("status") in (None, "done", "approved")
        ]
        services = [x for x in services if str(x.get("date", ""))[:10] <= self.today.isoformat()] or services
        plate = vehicle["plate"]
        if s.get("service"):
            name = s["service"]["name"]
            if not services:
                return T.say("history_none", self.lang, service=name, plate=plate)
            when = T.spoken_day(date.fromisoformat(str(services[0]["date"])[:10]), self.lang, None)
            year = str(services[0]["date"])[:4]
            return T.say("history_last", self.lang, service=name, plate=plate, when=f"{when} {year}")
        if not services:
            return T.say("history_empty", self.lang, plate=plate)
        items = [
            f"{x.get('service')} {T.spoken_day(date.fromisoformat(str(x['date'])[:10]), self.lang)} {str(x['date'])[:4]}"
            for x in services[:3]
        ]
        return T.say("history_list", self.lang, plate=plate, items=T.spoken_list(items, self.lang))

    async def _do_day_appointments(self) -> str:
        s = self.slots
        day = s.get("date") or self.today.isoformat()
        day_to = s.get("date_to") or day
        result = await self.call("search_appointments", {"date_from": day, "date_to": day_to, "limit": 100})
        if not result.ok:
            raise Stop(T.say("refused", self.lang, why=why(result, self.lang)), reason="search_failed")
        found = [
            a
            for a in result.data.get("appointments", [])
            if a.get("status") in ("pending", "approved", "done")
        ]
        if s.get("part_of_day") == "morning":
            found = [a for a in found if str(a["start"])[11:13] < "13"]
        elif s.get("part_of_day") == "afternoon":
            found = [a for a in found if str(a["start"])[11:13] >= "13"]
        spoken = T.spoken_day(date.fromisoformat(day), self.lang, self.today)
        spoken = spoken[:1].upper() + spoken[1:]
        if not found:
            return T.say("day_none", self.lang, day=spoken)
        items = []
        for a in found[:5]:
            clock = str(a["start"])[11:16].lstrip("0")
            who = a.get("plate") or a.get("customer") or ""
            items.append(f"{clock} {a.get('service', '')} {who}".strip())
        listing = T.spoken_list(items, self.lang)
        if len(found) > 5:
            listing += T.say("day_more", self.lang, more=len(found) - 5)
        key = "day_one" if len(found) == 1 else "day_list"
        return T.say(key, self.lang, day=spoken, count=len(found), items=listing)

    async def _do_first_free_slot(self) -> str:
        service = await self.service()
        slot = await self.first_slot(service, day_only=False)
        if slot is None:
            raise Stop(
                T.say("no_slots", self.lang, service=service["name"], range=self._range_words()),
                reason="no_slots",
            )
        return T.say("first_free", self.lang, service=service["name"],
                     when=T.spoken_when(str(slot["start"]), self.lang, self.today))  # fmt: skip

    async def _do_send_confirmation(self) -> str:
        vehicle = await self.vehicle(write=True)
        appointment = await self.appointment(vehicle)
        said = [await self.send_confirmation(appointment, vehicle, self.slots.get("channel", "whatsapp"))]
        for part in self.p.parts[1:]:
            if part.intent == "send_reminder":
                said.append(await self.schedule_reminder(appointment, part.slots))
        return " ".join(said)

    async def _do_send_reminder(self) -> str:
        vehicle = await self.vehicle(write=True)
        appointment = await self.appointment(vehicle)
        return await self.schedule_reminder(appointment, self.slots)


def _exact(result: ToolResult, plate: str) -> bool:
    """The lookup found the vehicle with exactly this plate."""
    matches = result.data.get("matches", []) if result.ok else []
    return bool(matches) and matches[0].get("plate") == plate and matches[0].get("match") == "exact"


def heard_span(text: str, plate: str) -> tuple[list[str], bool]:
    """The words of `text` the parser read as `plate` (empty when the plate was not heard there), and
    whether they were read by the mishearing model rather than spelled plainly."""
    from engine.fastpath.parser import heard_tokens
    from engine.fastpath.plates_spoken import find_plates

    tokens = heard_tokens(text)
    for match in find_plates(tokens):
        if match.plate == plate:
            return tokens[match.start : match.end], match.misheard
    return [], False


_NAME_FILLER = {"e", "di", "dei", "delle", "del", "della", "and", "the", "of", "con", "with"}


def name_words(service: Mapping[str, Any]) -> set[str]:
    return {w for w in tokenize(str(service.get("name", ""))) if w not in _NAME_FILLER}


def _fits(desc: VehicleDescription, vehicle: dict[str, Any]) -> bool:
    """Does what was said about the vehicle agree with the vehicle found by plate?"""
    from engine.fastpath.normalize import strip_accents

    def same(a: str | None, b: Any) -> bool:
        return a is None or strip_accents(str(a)).lower() == strip_accents(str(b or "")).lower()

    return same(desc.model, vehicle.get("model")) and (
        desc.model is not None or same(desc.make, vehicle.get("make"))
    )


def _spoken_target(slots: dict[str, Any], vehicle: dict[str, Any] | None, lang: str, today: date) -> str:
    parts = []
    if vehicle is not None:
        parts.append(("per " if lang == "it" else "for ") + T.spoken_vehicle(vehicle, lang))
    if slots.get("old_date"):
        day = T.spoken_day(date.fromisoformat(slots["old_date"]), lang, today)
        parts.append(("per " if lang == "it" else "on ") + day)
    return " ".join(parts)
