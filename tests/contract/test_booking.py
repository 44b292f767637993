"""Contract scenarios: availability, booking, idempotency, reschedule, cancel, undo."""

from __future__ import annotations

import asyncio

from tests.support.contract import at, day


async def test_first_free_slot_skips_booked_tyre_slots(call, today):
    result = await call("check_availability", service_id=2, date_from=day(today, 1), first_only=True)
    assert result.ok, result.error
    assert [s["start"] for s in result.data["slots"]] == [at(today, 1, "09:30")]
    # from today (08:00 now), the first slot is today's opening
    result = await call("check_availability", service_id=2, date_from=day(today, 0), first_only=True)
    assert result.data["slots"][0]["start"] == at(today, 0, "08:30")


async def test_book_first_free_slot(call, today):
    slot = (await call("check_availability", service_id=2, date_from=day(today, 1), first_only=True)).data[
        "slots"
    ][0]
    booked = await call(
        "create_appointment",
        service_id=2,
        vehicle_id=1,
        start=slot["start"],
        idempotency_key="book-first-0001",
    )
    assert booked.ok, booked.error
    appointment = booked.data["appointment"]
    assert appointment["start"] == at(today, 1, "09:30")
    assert appointment["end"] == at(today, 1, "10:00")
    assert appointment["plate"] == "AB123CD"
    assert appointment["customer_id"] == 1
    assert booked.data["replayed"] is False
    after = await call("check_availability", service_id=2, date_from=day(today, 1), first_only=True)
    assert after.data["slots"][0]["start"] == at(today, 1, "10:00")


async def test_morning_and_afternoon(call, today):
    afternoon = await call(
        "check_availability", service_id=1, date_from=day(today, 2), part_of_day="afternoon", limit=3
    )
    assert [s["start"][11:] for s in afternoon.data["slots"]] == ["14:00", "14:30", "15:00"]
    morning = await call(
        "check_availability", service_id=1, date_from=day(today, 2), part_of_day="morning", limit=50
    )
    assert morning.data["slots"] and all(s["start"][11:] < "13:00" for s in morning.data["slots"])


async def test_taken_slot_refused_with_alternatives(call, today):
    result = await call(
        "create_appointment",
        service_id=2,
        vehicle_id=1,
        start=at(today, 1, "09:00"),
        idempotency_key="taken-slot-01",
    )
    assert not result.ok
    assert result.error.code == "slot_taken"
    alternatives = result.error.details["alternatives"]
    assert alternatives, "a refusal must offer alternatives"
    assert at(today, 1, "09:30") in [a["start"] for a in alternatives]
    assert all(a["start"] not in (at(today, 1, "08:30"), at(today, 1, "09:00")) for a in alternatives)


async def test_concurrent_booking_of_the_last_slot(call, today):
    # Saturday: only Marco does Revisione and only 11:30 is left
    free = await call("check_availability", service_id=3, date_from=day(today, 5))
    assert [s["start"] for s in free.data["slots"]] == [at(today, 5, "11:30")]
    results = await asyncio.gather(
        *(
            call("create_appointment", service_id=3, vehicle_id=v, start=at(today, 5, "11:30"),
                 idempotency_key=f"last-slot-race-{v}")
            for v in (2, 3, 4, 5)
        )
    )  # fmt: skip
    winners = [r for r in results if r.ok]
    assert len(winners) == 1, [r.error for r in results]
    assert {r.error.code for r in results if not r.ok} == {"slot_taken"}
    after = await call("check_availability", service_id=3, date_from=day(today, 5))
    assert after.data["slots"] == []


async def test_idempotent_retry_books_once(call, today):
    args = {
        "service_id": 1,
        "vehicle_id": 2,
        "start": at(today, 4, "15:00"),
        "idempotency_key": "retry-key-0001",
    }
    first = await call("create_appointment", **args)
    second = await call("create_appointment", **args)
    assert first.ok and second.ok
    assert second.data["replayed"] is True
    assert second.data["appointment"]["appointment_id"] == first.data["appointment"]["appointment_id"]
    found = await call("search_appointments", vehicle_id=2, date_from=day(today, 4), date_to=day(today, 4))
    assert found.data["total"] == 1
    # the same key for a different request is refused, not silently replayed
    other = await call("create_appointment", **{**args, "start": at(today, 4, "16:00")})
    assert not other.ok and other.error.code == "invalid_arguments"


async def test_reschedule_and_cancel(call, today):
    moved = await call("reschedule_appointment", appointment_id=103, new_start=at(today, 2, "15:00"))
    assert moved.ok, moved.error
    assert moved.data["previous_start"] == at(today, 2, "10:00")
    assert moved.data["appointment"]["start"] == at(today, 2, "15:00")
    # a taken slot is refused: 08:30-09:30 on day 1 both mechanics have a tyre change
    taken = await call("reschedule_appointment", appointment_id=103, new_start=at(today, 1, "08:30"))
    assert not taken.ok and taken.error.code == "slot_taken"
    assert taken.error.details["alternatives"]
    # Cambio gomme has capacity 1: 09:00 is taken by appointment 102
    blocked = await call("reschedule_appointment", appointment_id=101, new_start=at(today, 1, "09:00"))
    assert not blocked.ok and blocked.error.code == "slot_taken"

    refused = await call("cancel_appointment", appointment_id=103)
    assert not refused.ok and refused.error.code == "confirmation_required"
    still = await call("search_appointments", customer_id=9, status="approved", date_from=day(today, 0))
    assert 103 in [a["appointment_id"] for a in still.data["appointments"]]

    cancelled = await call("cancel_appointment", appointment_id=103, reason="Cliente malato", confirmed=True)
    assert cancelled.ok, cancelled.error
    assert cancelled.data["appointment"]["status"] == "cancelled"
    again = await call("cancel_appointment", appointment_id=103, confirmed=True)
    assert not again.ok


async def test_holiday_and_break_respected(call, today):
    closed = await call("check_availability", service_id=1, date_from=day(today, 3), date_to=day(today, 3))
    assert closed.ok and closed.data["slots"] == []
    on_holiday = await call(
        "create_appointment",
        service_id=1,
        vehicle_id=1,
        start=at(today, 3, "10:00"),
        idempotency_key="holiday-0001",
    )
    assert not on_holiday.ok and on_holiday.error.code == "outside_hours"
    # Marco (the only one doing Revisione) is on holiday on day 7
    marco_off = await call("check_availability", service_id=3, date_from=day(today, 7), date_to=day(today, 7))
    assert marco_off.data["slots"] == []
    # a 60-minute Tagliando cannot start at 12:00 (lunch break 12:30-14:00) nor at 18:00 (closing 18:30)
    slots = await call("check_availability", service_id=1, date_from=day(today, 2), limit=50)
    starts = {s["start"][11:] for s in slots.data["slots"]}
    assert "11:30" in starts and "14:00" in starts
    assert not starts & {"12:00", "12:30", "13:00", "13:30", "18:00"}
    over_break = await call(
        "create_appointment",
        service_id=1,
        vehicle_id=1,
        start=at(today, 2, "12:00"),
        idempotency_key="break-00001",
    )
    assert not over_break.ok and over_break.error.code == "outside_hours"
    sunday = await call(
        "create_appointment",
        service_id=1,
        vehicle_id=1,
        start=at(today, 6, "10:00"),
        idempotency_key="sunday-0001",
    )
    assert not sunday.ok and sunday.error.code == "outside_hours"


async def test_undo_last_reverts_the_sessions_last_write(call, today, session):
    from wp_api.contract import CallContext

    nothing = await call("undo_last", context=CallContext(session_id="fresh-session"))
    assert not nothing.ok and nothing.error.code == "nothing_to_undo"
    booked = await call(
        "create_appointment",
        service_id=2,
        vehicle_id=5,
        start=at(today, 4, "09:00"),
        idempotency_key="undo-me-0001",
    )
    assert booked.ok
    moved = await call("reschedule_appointment", appointment_id=103, new_start=at(today, 2, "16:00"))
    assert moved.ok
    # another session's undo does not touch ours
    other = await call("undo_last", context=CallContext(session_id="someone-else"))
    assert not other.ok and other.error.code == "nothing_to_undo"

    undone = await call("undo_last")
    assert undone.ok and undone.data["undone"]["tool"] == "reschedule_appointment"
    back = await call("search_appointments", customer_id=9, date_from=day(today, 2), date_to=day(today, 2))
    assert [a["start"] for a in back.data["appointments"]] == [at(today, 2, "10:00")]

    undone = await call("undo_last")
    assert undone.ok and undone.data["undone"]["tool"] == "create_appointment"
    gone = await call("search_appointments", vehicle_id=5, date_from=day(today, 4), date_to=day(today, 4))
    assert gone.data["total"] == 0
    assert not (await call("undo_last")).ok
