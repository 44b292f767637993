"""A write whose plate was heard exactly but has a "twin" on file (a plate one letter name away: bi/pi, di/ti,
emme/enne) that fits what was said of the car is said back whole, the twin named, for a yes: whisper hears "pi"
for "bi" easily, and the plate heard exactly may be the twin said. Nothing is written before the yes; the yes
makes exactly the write said back (same arguments, same idempotency key). When the model said does not fit the
twin, when there is no twin, or when a move's twin has no appointment coming, the write goes through at once.

The contract workshop (Monday 2 March 2026): AB123CD is Mario Rossi's grey Panda, AP123CD a white 500 with a
cambio gomme tomorrow at 08:30; no other plate on file has a twin."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "send_message", "schedule_reminder"}


def _writes(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES]


def _booked_at_once(out: Any, vehicle_id: int) -> None:
    """`out` booked `vehicle_id` with no question first."""
    assert not out.clarification, out.clarification
    (booked,) = _writes(out)
    assert booked.name == "create_appointment" and booked.result.ok and booked.arguments["vehicle_id"] == vehicle_id


async def _on_tuesday(fast: FastPath, context: CallContext, vehicle_id: int, key: str) -> int:
    """A tagliando booked straight on the backend for Tuesday 3 March at 11:00: a job on file to move."""
    made = await fast.backend.call_tool(
        "create_appointment",
        {"service_id": 1, "vehicle_id": vehicle_id, "start": "2026-03-03T11:00", "idempotency_key": key},
        context=context,
    )
    assert made.ok, made.error
    return int(made.data["appointment"]["appointment_id"])


async def test_a_booking_by_plate_alone_is_said_back_naming_the_twin(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("metti un tagliando alla AB 123 CD per domani alle 10", context)
    assert not _writes(out), out.tool_calls
    said = out.clarification or ""
    assert out.reason == "say_back:twin", (out.reason, said)
    assert said.startswith("In archivio c'è anche la AP123CD."), said
    assert "Panda grigia AB123CD" in said and said.endswith("Confermi?"), said


async def test_the_yes_makes_exactly_the_write_said_back_once(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("metti un tagliando alla AB 123 CD per domani alle 10", context)
    assert out.reason == "say_back:twin" and not _writes(out)
    held = fast.said_back
    done = await fast.resume("sì", context)
    assert done is not None and not done.clarification, done
    (booked,) = _writes(done)
    assert booked.name == "create_appointment" and booked.result.ok
    assert booked.arguments["vehicle_id"] == 1 and booked.arguments["start"] == "2026-03-03T10:00"
    assert held is not None and held["tool"] == "create_appointment"
    # the write said back is the one made: same arguments, same idempotency key
    assert held["arguments"] == booked.arguments
    assert booked.arguments["idempotency_key"]
    again = await fast.resume("sì", context)  # answered once: a second yes writes nothing
    assert again is None or not _writes(again)
    listed = await fast.backend.call_tool(
        "search_appointments",
        {"plate": "AB123CD", "date_from": "2026-03-03", "date_to": "2026-03-03"},
        context=context,
    )
    assert [a["start"] for a in listed.data["appointments"]] == ["2026-03-03T10:00"]


async def test_a_no_to_the_twin_say_back_writes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("metti un tagliando alla AB 123 CD per domani alle 10", context)
    assert out.reason == "say_back:twin"
    done = await fast.resume("no", context)
    assert done is None or not _writes(done)


async def test_the_model_said_that_the_twin_is_not_writes_at_once(
    fast: FastPath, context: CallContext
) -> None:
    # the twin AP123CD is a 500: "la Panda" tells them apart
    out = await fast.handle("metti un tagliando alla Panda AB 123 CD per domani alle 10", context)
    _booked_at_once(out, 1)


async def test_the_model_said_that_fits_the_twin_is_still_said_back(
    fast: FastPath, context: CallContext
) -> None:
    # both are Fiats: the make said fits the twin too
    out = await fast.handle("metti un tagliando alla Fiat AB 123 CD per domani alle 10", context)
    assert not _writes(out) and out.reason == "say_back:twin", (out.reason, out.clarification)


async def test_a_plate_with_no_twin_writes_at_once(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("metti un tagliando alla EF 456 GH per domani alle 10", context)
    _booked_at_once(out, 2)


async def test_a_move_whose_twin_has_nothing_coming_goes_at_once(
    fast: FastPath, context: CallContext
) -> None:
    # AP123CD's twin, AB123CD, has no appointment coming: the move can only be the 500's
    booked = await _on_tuesday(fast, context, 11, "twin-move-500")
    out = await fast.handle("sposta il tagliando della AP 123 CD da martedì a venerdì alle 10", context)
    assert not out.clarification, out.clarification
    (moved,) = _writes(out)
    assert moved.name == "reschedule_appointment" and moved.result.ok
    assert moved.arguments["appointment_id"] == booked and moved.arguments["new_start"] == "2026-03-06T10:00"


async def test_a_move_whose_twin_has_a_job_coming_is_said_back(fast: FastPath, context: CallContext) -> None:
    # AB123CD booked Tuesday; its twin AP123CD has a cambio gomme tomorrow: which car's job, said back for a yes
    booked = await _on_tuesday(fast, context, 1, "twin-move-panda")
    out = await fast.handle("sposta il tagliando della AB 123 CD da martedì a venerdì alle 10", context)
    assert not _writes(out) and out.reason == "say_back:twin", (out.reason, out.clarification)
    assert "AP123CD" in (out.clarification or "")
    done = await fast.resume("sì", context)
    assert done is not None
    (moved,) = _writes(done)
    assert (
        moved.name == "reschedule_appointment"
        and moved.result.ok
        and moved.arguments["appointment_id"] == booked
    )


async def test_the_english_lead_names_the_twin_too(local_backend: Any, context: CallContext) -> None:
    fast = FastPath(local_backend, language="en", now=lambda: NOW)
    out = await fast.handle("Book a service for AB123CD tomorrow at 10.", context)
    assert not _writes(out) and out.reason == "say_back:twin", (out.reason, out.clarification)
    said = out.clarification or ""
    assert said.startswith("There's also AP123CD on file."), said
    assert "Panda AB123CD" in said and said.endswith("Shall I?"), said
    done = await fast.resume("yes", context)
    assert done is not None
    (booked,) = _writes(done)
    assert booked.result.ok and booked.arguments["vehicle_id"] == 1


async def test_the_english_lead_writes_at_once_when_the_model_tells_them_apart(
    local_backend: Any, context: CallContext
) -> None:
    fast = FastPath(local_backend, language="en", now=lambda: NOW)
    out = await fast.handle("Book a service for the Panda AB123CD tomorrow at 10.", context)
    assert not out.clarification, out.clarification
    assert [c.name for c in _writes(out)] == ["create_appointment"]
