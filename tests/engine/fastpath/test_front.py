"""The fast path on a real LocalBackend (the contract workshop: Monday 2 March 2026, 08:00)."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from tests.engine.fastpath.demo import plate_with_nothing_booked
from wp_api.contract import CallContext


async def _appointments(fast: FastPath, context: CallContext, **args: Any) -> list[dict[str, Any]]:
    result = await fast.backend.call_tool("search_appointments", {"limit": 100, **args}, context=context)
    assert result.ok, result.error
    return result.data["appointments"]


async def test_books_the_first_free_slot_for_a_plate(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Prenota un cambio gomme per la Panda a bi uno due tre ci di domani, primo posto libero", context
    )
    assert out.handled, out
    assert [c.name for c in out.tool_calls] == [
        "find_vehicle", "find_vehicle", "list_services", "search_appointments", "check_availability",
        "create_appointment",
    ]  # fmt: skip  (the second find_vehicle: whether the twin AP123CD is a Panda too; search_appointments: whether
    #   the Panda has a cambio gomme booked already)
    assert not out.tool_calls[1].shown
    booking = out.tool_calls[-1]
    assert booking.result.ok
    assert booking.arguments["start"] == "2026-03-03T09:30"  # 08:30 and 09:00 are taken (capacity 1)
    assert booking.arguments["vehicle_id"] == 1 and booking.arguments["service_id"] == 2
    assert "domani alle 9:30" in out.reply_text and "Panda grigia AB123CD" in out.reply_text
    booked = await _appointments(fast, context, plate="AB123CD", date_from="2026-03-03", date_to="2026-03-03")
    assert [a["start"] for a in booked] == ["2026-03-03T09:30"]


async def test_two_matching_vehicles_get_a_question_and_no_write(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("Prenota un tagliando per la Panda domani alle 10", context)
    assert not out.handled
    assert out.clarification and "AB123CD" in out.clarification and "LN777TT" in out.clarification
    assert not WRITES & {c.name for c in out.tool_calls}
    assert (
        await _appointments(fast, context, date_from="2026-03-03", date_to="2026-03-03", vehicle_id=1) == []
    )


async def test_close_plates_are_never_guessed(fast: FastPath, context: CallContext) -> None:
    # AD123CD is as close to AB123CD as to AP123CD
    out = await fast.handle("Prenota un tagliando per la AD123CD domani alle 10", context)
    assert not out.handled and out.clarification
    assert not WRITES & {c.name for c in out.tool_calls}


async def test_cancel_waits_for_the_person(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Annulla l'appuntamento di mercoledì della ZA987YE", context)
    assert out.handled
    assert out.pending is not None
    assert out.pending.tool == "cancel_appointment"
    assert out.pending.arguments == {"appointment_id": 103}
    assert "Confermi" in out.pending.summary and "mercoledì 4 marzo" in out.pending.summary
    assert "cancel_appointment" not in {c.name for c in out.tool_calls}
    [appointment] = await _appointments(fast, context, date_from="2026-03-04", date_to="2026-03-04")
    assert appointment["appointment_id"] == 103 and appointment["status"] == "approved"


async def test_cancel_with_two_upcoming_appointments_asks_which(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Annulla l'appuntamento della ZA987YE", context)
    assert not out.handled and out.pending is None
    assert (
        out.clarification
        and "mercoledì 4 marzo" in out.clarification
        and "sabato 7 marzo" in out.clarification
    )


async def test_composite_booking_confirmation_and_reminder(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Prenota un tagliando per la Panda grigia, targa AB 123 CD, primo posto libero venerdì, "
        "e manda una conferma WhatsApp con promemoria il giorno prima",
        context,
    )
    assert out.handled, out
    writes = [c for c in out.tool_calls if c.name in WRITES]
    assert [c.name for c in writes] == ["create_appointment", "send_message", "schedule_reminder"]
    assert all(c.result.ok for c in writes), [c.result.error for c in writes]
    appointment_id = writes[0].result.data["appointment"]["appointment_id"]
    assert writes[0].arguments["start"] == "2026-03-06T08:30"
    assert writes[1].arguments == {
        "customer_id": 1, "channel": "whatsapp", "kind": "booking_confirmation",
        "appointment_id": appointment_id, "idempotency_key": writes[1].arguments["idempotency_key"],
    }  # fmt: skip
    assert writes[2].arguments["send_at"] == "2026-03-05T18:00"
    assert writes[2].arguments["appointment_id"] == appointment_id
    assert "venerdì 6 marzo alle 8:30" in out.reply_text and "Promemoria WhatsApp" in out.reply_text


async def test_taken_slot_is_refused_with_alternatives(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prenota un cambio gomme per la AB123CD domani alle 8:30", context)
    assert out.handled
    assert out.reason == "slot_taken"
    assert "già occupato" in out.reply_text and "9:30" in out.reply_text
    assert (
        await _appointments(fast, context, vehicle_id=1, date_from="2026-03-03", date_to="2026-03-03") == []
    )


async def test_unknown_plate_is_said_plainly(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prenota un tagliando per la targa QQ999QQ domani alle 10", context)
    assert out.handled and out.reason == "vehicle_not_found"
    assert "QQ999QQ" in out.reply_text
    assert not WRITES & {c.name for c in out.tool_calls}


async def test_date_in_the_past(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prenota un tagliando per la Panda AB123CD il 2/2/2026 alle 10", context)
    assert out.handled
    assert "passata" in out.reply_text
    assert not [c for c in out.tool_calls if c.name in WRITES and c.result.ok]


async def test_move_keeps_the_service(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Sposta l'appuntamento di mercoledì della ZA987YE a venerdì alle 10", context)
    assert out.handled, out
    [move] = [c for c in out.tool_calls if c.name == "reschedule_appointment"]
    assert move.arguments["appointment_id"] == 103 and move.arguments["new_start"] == "2026-03-06T10:00"
    assert move.result.ok and "venerdì 6 marzo alle 10:00" in out.reply_text


async def test_read_only_questions(fast: FastPath, context: CallContext) -> None:
    owner = await fast.handle("di chi è la AB123CD?", context)
    assert owner.handled and "Mario Rossi" in owner.reply_text and "Panda" in owner.reply_text
    history = await fast.handle("quando ha fatto l'ultimo cambio gomme la AB123CD?", context)
    assert history.handled and "10 aprile 2025" in history.reply_text
    day = await fast.handle("che appuntamenti ci sono domani?", context)
    assert day.handled and "2 appuntamenti" in day.reply_text and "AP123CD" in day.reply_text
    free = await fast.handle("quando c'è il primo posto libero per un cambio gomme domani?", context)
    assert free.handled and "9:30" in free.reply_text
    for out in (owner, history, day, free):
        assert not WRITES & {c.name for c in out.tool_calls}


async def test_english_booking_answers_in_english(local_backend: object, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("Book an oil change for the Panda, plate A B 1 2 3 C D tomorrow morning", context)
    assert out.handled, out  # no time said: the morning's first free time is said back for a yes
    assert out.reply_text.startswith(
        "You didn't say a time, so here is the first free one. Booking: tagliando"
    )
    assert "for the grey Panda AB123CD (Mario Rossi), tomorrow at" in out.reply_text
    assert out.reply_text.endswith("Shall I?")
    done = await fast.resume("yes", context)
    assert done is not None and done.reply_text.startswith("Done: Tagliando for the grey Panda AB123CD")
    assert "tomorrow at" in done.reply_text


async def test_what_the_parser_refuses_is_not_run(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "manda una email a tutti i clienti che hanno cambiato le gomme più di sei mesi fa", context
    )
    assert not out.handled and out.tool_calls == []
    assert out.reason == "out_of_scope:campaign"
    ask = await fast.handle("prenota un tagliando per la AB123CD", context)
    assert not ask.handled and ask.clarification == "Che giorno per la Panda grigia AB123CD di Mario Rossi?"
    assert not WRITES & {c.name for c in ask.tool_calls}


async def test_misheard_plates_of_the_contract_suite(fast: FastPath, context: CallContext) -> None:
    """The backend's fuzzy matching, reached through the fast path's spoken-plate glue."""
    from tests.contract.seed_data import MISHEARD_PLATES

    for heard, plate, kind in MISHEARD_PLATES:
        if heard == "HK O1O LA":
            continue  # "LA" is also the article: the fast path leaves this one to the model
        out = await fast.handle(f"di chi è la {heard}?", context)
        if kind == "ambiguous":
            assert not out.handled and out.clarification, heard
        else:
            assert out.handled and plate in out.reply_text, (heard, out.reply_text)


async def test_on_the_generated_demo_workshop(tmp_path: Any, context: CallContext) -> None:
    """The demo workshop (the app's first-run data): catalogue names differ from the contract seed."""
    from datetime import date, datetime

    from wp_api.local import LocalBackend
    from wp_api.local.demo import build_demo

    path = tmp_path / "w.sqlite3"
    build_demo(path, customers=50, today=date(2026, 3, 2))
    plate = plate_with_nothing_booked(path, date(2026, 3, 2))
    now = datetime(2026, 3, 2, 8, 0)
    backend = LocalBackend(path, now=lambda: now, kick_outbox=False)
    try:
        fast = FastPath(backend, now=lambda: now)
        spelled = " ".join(plate)
        out = await fast.handle(
            f"prenota un cambio olio per la targa {spelled} domani primo posto libero", context
        )
        assert out.handled, out
        booking = out.tool_calls[-1]
        assert booking.name == "create_appointment" and booking.result.ok
        assert booking.result.data["appointment"]["service"] == "Cambio olio e filtri"
        assert booking.result.data["appointment"]["plate"] == plate
        brakes = await fast.handle(
            f"prenota le pastiglie dei freni per la {plate} venerdì, primo posto libero", context
        )
        assert brakes.handled and "Pastiglie freni" in brakes.reply_text, brakes
        agenda = await fast.handle("che appuntamenti ci sono domani?", context)
        assert agenda.handled and plate in agenda.reply_text
    finally:
        await backend.aclose()


class _BreaksAfterBooking:
    """A real backend whose send_message answers something the fast path cannot read (a bug stand-in)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    async def call_tool(self, name: str, arguments: Any, *, context: CallContext) -> Any:
        if name == "send_message":
            return None
        return await self.inner.call_tool(name, arguments, context=context)


async def test_a_failure_after_a_write_is_said_not_hidden(local_backend: Any, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(_BreaksAfterBooking(local_backend), now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle(
        "prenota un tagliando per la Panda AB123CD venerdì alle 10 e manda la conferma whatsapp", context
    )
    assert out.handled and out.reason == "internal_error"
    assert "registrata" in out.reply_text
    assert [c.name for c in out.tool_calls][-2:] == ["create_appointment", "send_message"]


async def test_resume_answers_the_vehicle_question(fast: FastPath, context: CallContext) -> None:
    asked = await fast.handle("Prenota un tagliando per la Panda venerdì alle 10", context)
    assert not asked.handled and asked.clarification
    out = await fast.resume("la grigia", context)
    assert out is not None and out.handled, out
    [booking] = [c for c in out.tool_calls if c.name == "create_appointment"]
    assert booking.arguments["vehicle_id"] == 1 and booking.arguments["start"] == "2026-03-06T10:00"
    assert await fast.resume("la grigia", context) is None  # answered once, then closed


async def test_resume_fills_a_missing_day(fast: FastPath, context: CallContext) -> None:
    asked = await fast.handle("prenota un cambio gomme per la AB123CD", context)
    assert asked.clarification == "Che giorno per la Panda grigia AB123CD di Mario Rossi?"
    out = await fast.resume("domani, primo posto libero", context)
    assert out is not None and out.handled, out
    assert out.tool_calls[-1].arguments["start"] == "2026-03-03T09:30"


@pytest.mark.parametrize(
    ("said", "answer", "start"),
    [
        ("Prenota un cambio gomme per la AB123CD venerdì 11 e mezza", "alle 11 e mezza", "2026-03-06T11:30"),
        ("Mettimi la revisione per la AB123CD mercoledì, 4 e mezza", "alle 16 e 30", "2026-03-04T16:30"),
    ],
)
async def test_resume_answers_the_time_asked_for_a_number_not_read(
    fast: FastPath, context: CallContext, said: str, answer: str, start: str
) -> None:
    """A number the parser could not place ("venerdì 11 e mezza": no "alle") asks the time; the answer books
    it. A bare yes asks the time again, and nothing is written before the time is said."""
    asked = await fast.handle(said, context)
    assert not asked.handled and asked.reason == "ambiguous:stray_number", asked
    assert asked.clarification and "ora" in asked.clarification
    again = await fast.resume("sì", context)
    assert again is not None and again.reason == "asked_again" and not again.tool_calls
    out = await fast.resume(answer, context)
    assert out is not None and out.handled, out
    [booking] = [c for c in out.tool_calls if c.name == "create_appointment"]
    assert booking.result.ok and booking.arguments["start"] == start


async def test_resume_ignores_what_is_not_an_answer(fast: FastPath, context: CallContext) -> None:
    await fast.handle("Prenota un tagliando per la Panda venerdì alle 10", context)
    assert await fast.resume("che tempo fa?", context) is None
    await fast.handle("Prenota un tagliando per la Panda venerdì alle 10", context)
    assert await fast.resume("la verde", context) is None  # neither Panda is green: no guess
    await fast.handle("Prenota un tagliando per la Panda venerdì alle 10", context)
    await fast.handle("di chi è la AB123CD?", context)  # a new request closes the question
    assert await fast.resume("la grigia", context) is None


async def test_resume_picks_the_appointment(fast: FastPath, context: CallContext) -> None:
    asked = await fast.handle("Annulla l'appuntamento della ZA987YE", context)
    assert not asked.handled and asked.clarification
    out = await fast.resume("quello di sabato", context)
    assert out is not None and out.handled and out.pending is not None
    assert out.pending.arguments == {"appointment_id": 106}


async def test_move_to_a_day_keeps_the_time_when_free(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("sposta l'appuntamento di mercoledì della ZA987YE a martedì", context)
    assert out.handled and out.clarification, out  # the hour kept is said back for a yes
    assert not [c for c in out.tool_calls if c.name == "reschedule_appointment"]
    done = await fast.resume("sì", context)
    assert done is not None
    [move] = [c for c in done.tool_calls if c.name == "reschedule_appointment"]
    assert move.arguments["new_start"] == "2026-03-03T10:00"  # same 10:00, the next day free


async def test_standalone_confirmation_and_reminder(fast: FastPath, context: CallContext) -> None:
    sent = await fast.handle(
        "manda la conferma whatsapp alla ZA987YE per l'appuntamento di mercoledì", context
    )
    assert sent.handled, sent
    [message] = [c for c in sent.tool_calls if c.name == "send_message"]
    assert message.result.ok and message.arguments["appointment_id"] == 103
    assert message.arguments["kind"] == "booking_confirmation" and message.arguments["customer_id"] == 9
    reminder = await fast.handle(
        "metti un promemoria sms alla ZA987YE per l'appuntamento di sabato, due giorni prima alle 10", context
    )
    assert reminder.handled, reminder
    [scheduled] = [c for c in reminder.tool_calls if c.name == "schedule_reminder"]
    assert scheduled.arguments["appointment_id"] == 106 and scheduled.arguments["channel"] == "sms"
    assert scheduled.arguments["send_at"] == "2026-03-05T10:00"


async def test_owner_and_description_pick_the_vehicle(fast: FastPath, context: CallContext) -> None:
    both = await fast.handle("Prenota un tagliando per la Panda di Mario Rossi venerdì alle 10", context)
    assert (
        not both.handled
        and "AB123CD" in (both.clarification or "")
        and "LN777TT" in (both.clarification or "")
    )
    one = await fast.handle("Prenota un tagliando per la Panda rossa di Mario Rossi venerdì alle 10", context)
    assert one.handled, one
    assert one.tool_calls[-1].arguments["vehicle_id"] == 13


async def test_resume_picks_the_service_on_the_demo_catalogue(tmp_path: Any, context: CallContext) -> None:
    from datetime import date, datetime

    from wp_api.local import LocalBackend
    from wp_api.local.demo import build_demo

    path = tmp_path / "w.sqlite3"
    build_demo(path, customers=60, today=date(2026, 3, 2))  # 60: a Fiat with nothing booked
    now = datetime(2026, 3, 2, 8, 0)
    backend = LocalBackend(path, now=lambda: now, kick_outbox=False)
    try:
        fast = FastPath(backend, now=lambda: now)
        plate = plate_with_nothing_booked(path, now.date(), make="Fiat")
        asked = await fast.handle(f"prenota i freni per la {plate} venerdì, primo posto libero", context)
        assert not asked.handled and "Dischi e pastiglie freni" in (asked.clarification or "")
        out = await fast.resume("le pastiglie", context)
        assert out is not None and out.handled, out
        booking = out.tool_calls[-1]
        assert booking.name == "create_appointment", out.reply_text
        assert booking.result.data["appointment"]["service"] == "Pastiglie freni"
    finally:
        await backend.aclose()


async def test_a_busy_day_reads_the_first_three_and_leaves_the_rest_to_the_card(
    fast: FastPath, context: CallContext
) -> None:
    for hour in ("08:30", "10:00", "11:00", "14:00", "15:00"):
        made = await fast.backend.call_tool(
            "create_appointment",
            {
                "service_id": 2,
                "vehicle_id": 1,
                "start": f"2026-03-04T{hour}",
                "idempotency_key": f"busy-{hour}",
            },
            context=context,
        )
        assert made.ok, made.error
    day = await fast.handle("che appuntamenti ci sono mercoledì?", context)
    assert day.handled, day
    [search] = [c for c in day.tool_calls if c.name == "search_appointments"]
    listed = [a for a in search.result.data["appointments"] if a["start"].startswith("2026-03-04")]
    assert len(listed) >= 5, "the tool still returns the whole day (the card lists it)"
    assert f"{len(listed)} appuntamenti" in day.reply_text and "schermo" in day.reply_text
    assert "8:30" in day.reply_text and "15:00" not in day.reply_text, "the first three, in order of time"
