"""The handlers that only read: whose a plate is, what was done on a vehicle, the day's appointments, a vehicle's
appointments to come, a customer's vehicles."""

from __future__ import annotations

from datetime import date
from typing import Any

from engine.fastpath import steps
from engine.fastpath.context import Context, Stop, why
from engine.fastpath.normalize import tokenize
from i18n import fastpath as T
from i18n.dates import number

# A busy day is read up to its first three (four are still read whole): the card on screen lists them all.
_SPOKEN_APPOINTMENTS = 3


_FEW_TO_NAME = 3
"""The most cars of one description the owner's question names back ("Quale: la Panda rossa … o …?")."""


async def lookup_plate(ctx: Context) -> str:
    try:
        vehicle = await steps.find_vehicle(ctx, write=False)
    except Stop as stop:
        found = ctx.calls[-1].result.data if ctx.calls and ctx.calls[-1].name == "find_vehicle" else None
        many = len((found or {}).get("matches", [])) > _FEW_TO_NAME
        if stop.reason == "ambiguous_vehicle" and many and not ctx.slots.get("plate"):
            # "di chi è la Tipo grigia?" of a workshop with dozens: three of them named is no help, the plate is
            raise Stop(T.say("ask_plate", ctx.lang), clarify=True, reason="missing:plate", kind="slots") from stop
        raise
    owner = (vehicle.get("customer") or {}).get("full_name") or "?"
    desc = T.spoken_vehicle(vehicle, ctx.lang, with_plate=False)
    article = {"it": ("la ", "una "), "en": ("the ", "a ")}[ctx.lang if ctx.lang == "en" else "it"]
    desc = article[1] + desc.removeprefix(article[0])
    if vehicle.get("repaired") and float(vehicle.get("confidence", 0)) < steps.SAY_REPAIRED_CONFIDENCE:
        # what was heard is no plate worth repeating ("EP321TB"): say which one was taken, and how sure
        return T.say("plate_owner_likely", ctx.lang, plate=vehicle["plate"], vehicle=desc, owner=owner)
    sure = vehicle.get("repaired")
    if ctx.slots.get("plate") and vehicle.get("plate") != ctx.slots["plate"] and vehicle.get("match") == "fuzzy" and not sure:
        return T.say("plate_owner_fuzzy", ctx.lang, heard=ctx.slots["plate"], plate=vehicle["plate"],
                     vehicle=desc, owner=owner)  # fmt: skip
    return T.say("plate_owner", ctx.lang, plate=vehicle["plate"], vehicle=desc, owner=owner)


async def vehicle_history(ctx: Context) -> str:
    s = ctx.slots
    vehicle = await steps.find_vehicle(ctx, write=False)
    args: dict[str, Any] = {"vehicle_id": vehicle["vehicle_id"], "limit": 20}
    if s.get("service"):
        args["category"] = s["service"]["category"]
    result = await ctx.call("vehicle_history", args)
    if not result.ok:
        raise Stop(T.say("refused", ctx.lang, why=why(result, ctx.lang)), reason="history_failed")
    services = [x for x in result.data.get("services", []) if x.get("status") in (None, "done", "approved")]
    near = services  # the service's category: "l'ultimo tagliando" of a car that had only its oil changed
    if s.get("service"):  # the category's jobs that are the service said: the last oil change is no tagliando
        ids = await steps.service_ids(ctx, s["service"])
        services = [x for x in services if x.get("service_id") in ids]
    services = _done_first(services, ctx.today)
    near = _done_first(near, ctx.today)
    plate = vehicle["plate"]
    if s.get("service"):
        name = s["service"]["name"]
        if not services and near:  # said with the nearest job, never passed off as the one asked
            day = date.fromisoformat(str(near[0]["date"])[:10])
            other = str(near[0].get("service") or "")
            return T.say("history_none_near", ctx.lang, service=name, plate=plate, other=other[:1].lower() + other[1:],
                         when=f"{T.spoken_day(day, ctx.lang, None)} {day.year}")  # fmt: skip
        if not services:
            return T.say("history_none", ctx.lang, service=name, plate=plate)
        when = T.spoken_day(date.fromisoformat(str(services[0]["date"])[:10]), ctx.lang, None)
        year = str(services[0]["date"])[:4]
        if s.get("mileage"):  # "quanti chilometri aveva all'ultima revisione?": the one it had then
            km = services[0].get("mileage_km")
            if not km:
                return T.say("history_km_unknown", ctx.lang, service=name, plate=plate, when=f"{when} {year}")
            return T.say("history_km", ctx.lang, service=name, plate=plate, when=f"{when} {year}",
                         km=number(int(km), ctx.lang))  # fmt: skip
        return T.say("history_last", ctx.lang, service=name, plate=plate, when=f"{when} {year}")
    if not services:
        return T.say("history_empty", ctx.lang, plate=plate)
    items = [
        f"{x.get('service')} {T.spoken_day(date.fromisoformat(str(x['date'])[:10]), ctx.lang)} {str(x['date'])[:4]}"
        for x in services[:3]
    ]
    return T.say("history_list", ctx.lang, plate=plate, items=T.spoken_list(items, ctx.lang))


def _done_first(services: list[dict[str, Any]], today: date) -> list[dict[str, Any]]:
    """The jobs up to today, else those booked ahead (a history of nothing but a booking says that booking)."""
    return [x for x in services if str(x.get("date", ""))[:10] <= today.isoformat()] or services


async def day_appointments(ctx: Context) -> str:
    s = ctx.slots
    day = s.get("date") or ctx.today.isoformat()
    day_to = s.get("date_to") or day
    result = await ctx.call("search_appointments", {"date_from": day, "date_to": day_to, "limit": 100})
    if not result.ok:
        raise Stop(T.say("refused", ctx.lang, why=why(result, ctx.lang)), reason="search_failed")
    found = [
        a for a in result.data.get("appointments", []) if a.get("status") in ("pending", "approved", "done")
    ]
    if s.get("part_of_day") == "morning":
        found = [a for a in found if str(a["start"])[11:13] < "13"]
    elif s.get("part_of_day") == "afternoon":
        found = [a for a in found if str(a["start"])[11:13] >= "13"]
    spoken = whole = T.spoken_day(date.fromisoformat(day), ctx.lang, ctx.today)  # whole: the day without its part
    if s.get("part_of_day") in ("morning", "afternoon"):
        # "cosa abbiamo oggi pomeriggio?" of a day booked only in the morning: "Oggi pomeriggio non ci sono …",
        # never "Oggi non ci sono appuntamenti"; a count is of the part asked, so said with it
        today = "today_" if day == ctx.today.isoformat() and day_to == day else ""  # "stamattina", not "oggi mattina"
        spoken = T.say(f"day_part_{today}{s['part_of_day']}", ctx.lang, day=spoken)
    spoken = spoken[:1].upper() + spoken[1:]
    if not found:
        if day_to == day and await steps.closed_on(ctx, date.fromisoformat(day)):
            # "Martedì 8 dicembre siamo chiusi", not just empty; of its morning asked too, the whole day said closed
            return T.say("day_closed", ctx.lang, day=whole)
        return T.say("day_none", ctx.lang, day=spoken)
    spoken_items = found if len(found) <= _SPOKEN_APPOINTMENTS + 1 else found[:_SPOKEN_APPOINTMENTS]
    items = []
    for a in spoken_items:
        clock = str(a["start"])[11:16].lstrip("0")
        who = a.get("plate") or a.get("customer") or ""
        items.append(f"{clock} {a.get('service', '')} {who}".strip())
    listing = T.spoken_list(items, ctx.lang)
    key = "day_one" if len(found) == 1 else "day_list" if spoken_items is found else "day_many"
    return T.say(key, ctx.lang, day=spoken, count=len(found), items=listing)


_COMING = ("pending", "approved")
"""The statuses of an appointment still to come (a cancelled or refused one is no visit)."""


async def vehicle_appointments(ctx: Context) -> str:
    """ "Quando viene la Y10 della Cervellera?": the car's appointments from today on; with none, when it last came
    (read in the same search: every appointment of the car, oldest first)."""
    vehicle = await steps.find_vehicle(ctx, write=False)
    result = await ctx.call("search_appointments", {"vehicle_id": vehicle["vehicle_id"], "limit": 100})
    if not result.ok:
        raise Stop(T.say("refused", ctx.lang, why=why(result, ctx.lang)), reason="search_failed")
    found = result.data.get("appointments", [])
    today = ctx.today.isoformat()
    coming = [a for a in found if a.get("status") in _COMING and str(a["start"])[:10] >= today]
    desc = T.spoken_vehicle(vehicle, ctx.lang)
    if not coming:
        done = [a for a in found if a.get("status") == "done" and str(a["start"])[:10] < today]
        if not done:
            return T.say("vehicle_next_none", ctx.lang, vehicle=desc)
        day = date.fromisoformat(str(done[-1]["start"])[:10])
        return T.say("vehicle_next_none_last", ctx.lang, vehicle=desc, service=T.in_sentence(str(done[-1]["service"])),
                     when=f"{T.spoken_day(day, ctx.lang, None)} {day.year}")  # fmt: skip
    if len(coming) == 1:
        when = T.spoken_when(str(coming[0]["start"]), ctx.lang, ctx.today)
        return T.say("vehicle_next_one", ctx.lang, vehicle=desc, when=when,
                     service=T.in_sentence(str(coming[0]["service"])))  # fmt: skip
    items = [
        f"{T.in_sentence(str(a['service']))} {T.spoken_when(str(a['start']), ctx.lang, ctx.today)}"
        for a in coming[:_SPOKEN_APPOINTMENTS]
    ]
    listed = "vehicle_next_list" if len(coming) <= _SPOKEN_APPOINTMENTS else "vehicle_next_first"  # the rest on screen
    return T.say(listed, ctx.lang, vehicle=desc, count=len(coming), items=T.spoken_list(items, ctx.lang))


_CUSTOMERS_READ = 20
"""The customers of a name read at most: a surname shared by more than `_FEW_TO_NAME` is asked in full anyway."""


async def customer_vehicles(ctx: Context) -> str:
    """ "Che macchine ha la signora Cervellera?": the vehicles on file of the customer named. A surname several
    customers share names each with their cars (up to `_FEW_TO_NAME`, else the full name is asked); customers
    found only by a name's first letters ("Rossi" finds "Rossini") stand only when none has the name itself."""
    name = str(ctx.slots["customer"])
    result = await ctx.call("find_customer", {"query": name, "limit": _CUSTOMERS_READ})
    if not result.ok:
        if result.error is not None and result.error.code == "not_found":
            return T.say("customer_not_found", ctx.lang, name=name)
        raise Stop(T.say("refused", ctx.lang, why=why(result, ctx.lang)), reason="search_failed")
    said = set(tokenize(name))
    customers = result.data.get("customers", [])
    customers = [c for c in customers if said <= set(tokenize(str(c.get("full_name"))))] or customers
    if len(customers) > _FEW_TO_NAME:
        return T.say("customers_many", ctx.lang, name=name)
    if len(customers) == 1:
        owner, vehicles = str(customers[0].get("full_name")), customers[0].get("vehicles") or []
        if not vehicles:
            return T.say("customer_no_cars", ctx.lang, owner=owner)
        return T.say("customer_cars", ctx.lang, owner=owner, cars=_cars(vehicles, ctx.lang))
    items = [
        T.phrase("customer_cars_item", ctx.lang, owner=c.get("full_name"), cars=_cars(c["vehicles"], ctx.lang))
        if c.get("vehicles")
        else T.phrase("customer_no_cars_item", ctx.lang, owner=c.get("full_name"))
        for c in customers
    ]
    return T.say("customers_cars", ctx.lang, count=len(customers), name=name, items=T.spoken_list(items, ctx.lang))


def _cars(vehicles: list[dict[str, Any]], language: str) -> str:
    """ "la Y10 blu pavone FT238KD e la Panda grigia GH907MN": each car with its colour and plate."""
    return T.spoken_list([T.spoken_vehicle(v, language) for v in vehicles], language)
