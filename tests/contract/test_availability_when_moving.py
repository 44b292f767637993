"""check_availability for a move (both backends): the appointment about to be moved (`moving_appointment_id`) frees
its own time, so "mezz'ora più tardi" on its own day is not met with "già occupato" by itself; every other booking
still counts, and an id of nothing (or of another day's job) changes nothing."""

from __future__ import annotations

from tests.support.contract import day


async def _tomorrows_tyre_jobs(call, today):
    found = await call("search_appointments", date_from=day(today, 1), date_to=day(today, 1), service_id=2)
    assert found.ok, found.error
    return [a for a in found.data["appointments"] if a["status"] in ("pending", "approved")]


async def _free(call, today, **extra):
    result = await call("check_availability", service_id=2, date_from=day(today, 1), limit=50, **extra)
    assert result.ok, result.error
    return {s["start"] for s in result.data["slots"]}


async def test_the_job_moved_frees_its_own_time(call, today):
    jobs = await _tomorrows_tyre_jobs(call, today)
    assert jobs, "the seed books tyre jobs tomorrow"
    first = min(jobs, key=lambda a: a["start"])
    assert first["start"] not in await _free(call, today)  # taken (the first free tyre slot is later)
    assert first["start"] in await _free(call, today, moving_appointment_id=first["appointment_id"])


async def test_an_id_of_nothing_frees_nothing(call, today):
    before = await _free(call, today)
    assert await _free(call, today, moving_appointment_id=999999) == before


async def test_a_hostile_id_is_refused_clearly(call, today):
    for bad in ("1 OR 1=1", -3, 0, "7; DROP TABLE wp_bookly_appointments"):
        result = await call("check_availability", service_id=2, date_from=day(today, 1), moving_appointment_id=bad)
        assert not result.ok and result.error.code == "invalid_arguments", (bad, result)
