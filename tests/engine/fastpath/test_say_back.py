"""A write taken from words that are not sure is said back whole for a yes: a recording heard over noise
("careful"), or a plate heard only nearly. Only a plain yes makes exactly the write said back; a no or
a yes with a change makes nothing. On the contract workshop (a real LocalBackend)."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "send_message", "schedule_reminder"}


def _writes(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES]


async def test_a_booking_heard_over_noise_is_said_back_and_a_yes_makes_exactly_it(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(
        "prenota un tagliando per la AB123CD domani alle 10 e mezza", context, careful="noisy"
    )
    assert out.clarification and not _writes(out)
    said = out.clarification
    assert said.startswith("C'è rumore, ripeto. Prenoto: tagliando per la Panda grigia AB123CD"), said
    assert "martedì 3 marzo alle 10:30" in said or "domani alle 10:30" in said, said
    assert said.endswith("Confermi?")

    done = await fast.resume("sì", context)
    assert done is not None and done.handled and not done.clarification, done
    (booked,) = _writes(done)
    assert booked.name == "create_appointment" and booked.result.ok
    assert booked.arguments["start"].endswith("T10:30")
    assert done.reply_text.startswith("Fatto")
    assert await fast.resume("sì", context) is None  # answered once: a second yes writes nothing


async def test_the_yes_replays_the_write_said_back_so_a_retry_never_books_twice(
    fast: FastPath, context: CallContext
) -> None:
    first = await fast.handle("prenota un tagliando per la AB123CD domani alle 11", context, careful="noisy")
    assert first.clarification
    done = await fast.resume("sì, conferma", context)
    assert done is not None
    (booked,) = _writes(done)
    # the same request said again and accepted again: the backend sees the first call's key
    again = await fast.handle("prenota un tagliando per la AB123CD domani alle 11", context, careful="noisy")
    assert again.clarification
    replay = await fast.resume("sì", context)
    assert replay is not None
    (second,) = _writes(replay)
    assert second.arguments["idempotency_key"] != booked.arguments["idempotency_key"]  # a new request
    assert (
        not second.result.ok or second.result.data.get("replayed") or second.result.data != booked.result.data
    )


async def test_a_no_makes_nothing_and_says_so(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "sposta l'appuntamento di mercoledì della ZA987YE a venerdì alle 9", context, careful="noisy"
    )
    assert out.clarification and not _writes(out)
    assert "Sposto: tagliando per la Renegade verde ZA987YE" in out.clarification
    assert "a venerdì 6 marzo alle 9:00" in out.clarification
    assert "alle 10:00" in out.clarification  # from when: the appointment being moved
    done = await fast.resume("no, lascia stare", context)
    assert done is not None and done.handled and not _writes(done)
    assert done.reply_text == "Va bene, non faccio niente."


async def test_a_yes_with_a_change_is_not_a_yes(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la AB123CD domani alle 10", context, careful="noisy")
    assert out.clarification
    assert await fast.resume("sì, però alle 11", context) is None


async def test_the_follow_ups_are_in_the_sentence_and_made_after_the_yes(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(
        "prenota un cambio olio per la AB123CD domani alle 9 e manda la conferma per sms",
        context,
        careful="noisy",
    )
    assert out.clarification and "e mando la conferma SMS" in out.clarification, out.clarification
    done = await fast.resume("ok, va bene", context)
    assert done is not None
    assert [c.name for c in _writes(done)] == ["create_appointment", "send_message"]
    assert all(c.result.ok for c in _writes(done))


async def test_a_message_heard_over_noise_is_said_back_after_the_question_it_needed(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("manda la conferma whatsapp alla ZA987YE", context, careful="noisy")
    assert out.clarification and out.clarification.startswith("Quale appuntamento") and not _writes(out)
    # the answer is heard quietly, but the request was heard over noise: still said back
    said = await fast.resume("quello di mercoledì", context)
    assert said is not None and said.clarification and not _writes(said)
    assert "Mando la conferma WhatsApp: tagliando per la Renegade verde ZA987YE" in said.clarification
    assert "mercoledì 4 marzo alle 10:00" in said.clarification
    done = await fast.resume("sì", context)
    assert done is not None
    assert [c.name for c in _writes(done)] == ["send_message"] and _writes(done)[0].result.ok


async def test_quiet_words_and_a_sure_plate_write_at_once(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la Panda AB123CD domani alle 10", context)
    assert out.handled and not out.clarification
    assert [c.name for c in _writes(out)] == ["create_appointment"]


async def test_reads_are_never_said_back(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la AB123CD?", context, careful="noisy")
    assert out.handled and not out.clarification and "Rossi" in out.reply_text


async def test_a_nearly_heard_plate_that_stops_before_the_write_asks_about_the_vehicle(
    fast: FastPath, context: CallContext
) -> None:
    # a move needs the vehicle's appointment: with a plate heard only nearly, the run stops before the
    # write, so the plate is what is asked about (never "that car has no appointment")
    out = await fast.handle("sposta l'appuntamento della Dipi 321 TV a venerdì alle 9", context)
    assert out.clarification and not _writes(out)
    assert out.clarification.startswith("Intendi la Fiesta rossa DP321TB"), out.clarification


async def test_a_bare_day_offers_its_first_free_time_for_a_yes(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un cambio gomme per la Panda AB123CD martedì", context)
    assert out.clarification and not _writes(out)
    # the contract workshop's first free "Cambio gomme" on Tuesday 3 March is 09:30 (08:30 and 09:00 taken)
    assert out.clarification.startswith(
        "Non hai detto l'ora: il primo posto libero è questo. Prenoto: cambio gomme"
    )
    assert "alle 9:30" in out.clarification, out.clarification
    done = await fast.resume("sì", context)
    assert done is not None
    (booked,) = _writes(done)
    assert booked.result.ok and booked.arguments["start"].endswith("T09:30")


async def test_a_part_of_the_day_is_offered_too_and_the_first_free_slot_is_booked_at_once(
    fast: FastPath, context: CallContext
) -> None:
    morning = await fast.handle("prenota un cambio gomme per la Panda AB123CD martedì mattina", context)
    assert (
        morning.clarification
        and morning.clarification.startswith("Non hai detto l'ora")
        and not _writes(morning)
    )
    first = await fast.handle("prenota un cambio gomme per la EF456GH al primo posto libero", context)
    assert not first.clarification, first
    assert [c.name for c in _writes(first)] == ["create_appointment"]


async def test_a_move_to_a_day_with_no_time_offers_the_same_hour(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("sposta l'appuntamento di mercoledì della ZA987YE a venerdì", context)
    assert out.clarification and not _writes(out)
    assert out.clarification.startswith("Non hai detto l'ora: tengo la stessa. Sposto: tagliando"), (
        out.clarification
    )
    assert "a venerdì 6 marzo alle 10:00" in out.clarification
    done = await fast.resume("sì", context)
    assert done is not None
    (moved,) = _writes(done)
    assert moved.name == "reschedule_appointment" and moved.arguments["new_start"] == "2026-03-06T10:00"


async def test_a_time_taken_is_said_before_a_say_back_never_after_the_yes(
    fast: FastPath, context: CallContext
) -> None:
    """Cambio gomme (capacity 1) tomorrow at 8:30 is taken: heard over noise, the booking is not said back for a
    yes that would meet "è già occupato"; the taken time and the day's next free ones are said at once."""
    out = await fast.handle(
        "prenota un cambio gomme per la AB123CD domani alle 8 e mezza", context, careful="noisy"
    )
    assert not _writes(out) and out.reason == "slot_taken", out
    said = out.reply_text or out.clarification or ""
    assert "è già occupato" in said and "9:30" in said and "Confermi" not in said, said
