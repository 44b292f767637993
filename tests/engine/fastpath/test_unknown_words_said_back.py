"""Offline, a write request with words no table knows is said back whole for a yes instead of refused.

Whisper base often garbles a word or two of a clear Italian request ("la vita ravede" for "la Vitara
verde", "tagga" for "targa"). With a model configured those requests go to the model, which sees the
words; offline there is no one to hand them to, so refusing ("Questo non lo so fare senza il modello in
cloud") loses a request the fast path understood but for those words. `FastPath.handle(..., alone=True)`
takes it and says every write back whole: the person hears exactly what will be done and a plain yes
makes it. A second action the fast path cannot do ("… e lava la macchina") is still refused, and so is
everything when a model is there to take it. On the contract workshop (a real LocalBackend)."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "cancel_appointment", "send_message", "schedule_reminder"}
GARBLED = "prenota un tagliando per la panda grigliola tagga AB123CD domani alle 10 e mezza"


def _writes(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES]


def test_the_parser_refuses_unknown_words_unless_told_they_will_be_said_back() -> None:
    refused = parse(GARBLED, today=NOW.date())
    assert not refused.handled and (refused.reason or "").startswith("unknown_words:")
    taken = parse(GARBLED, today=NOW.date(), unknown_ok=True)
    assert taken.handled and taken.intent == "book"
    assert taken.slots["plate"] == "AB123CD" and taken.slots["time"] == "10:30"
    assert set(taken.unknown) >= {"grigliola", "tagga"}
    assert parse("prenota un tagliando per la AB123CD domani alle 10", today=NOW.date()).unknown == []


async def test_offline_a_booking_with_unknown_words_is_said_back_and_a_yes_makes_exactly_it(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(GARBLED, context, alone=True)
    assert out.handled and out.clarification and not _writes(out), out
    said = out.clarification
    assert said.startswith("Non ho capito tutte le parole. Prenoto: tagliando per la Panda grigia AB123CD"), said
    assert "alle 10:30" in said and said.endswith("Confermi?"), said

    done = await fast.resume("sì", context)
    assert done is not None and done.handled and not done.clarification, done
    (booked,) = _writes(done)
    assert booked.name == "create_appointment" and booked.result.ok
    assert booked.arguments["start"].endswith("T10:30")


async def test_a_no_to_it_makes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(GARBLED, context, alone=True)
    assert out.clarification
    done = await fast.resume("no", context)
    assert done is not None and not _writes(done)
    assert done.reply_text == "Va bene, non faccio niente."


async def test_with_a_model_to_take_them_the_words_are_still_left_to_it(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(GARBLED, context)
    assert not out.handled and not _writes(out)
    assert (out.reason or "").startswith("unknown_words:")


async def test_a_second_action_it_cannot_do_is_still_refused_offline(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "prenota il tagliando per la AB123CD domani alle 9 e lava la macchina", context, alone=True
    )
    assert not out.handled and not _writes(out)
    assert out.reason == "unknown_action:lava"


async def test_a_booking_without_a_time_is_said_back_at_the_first_free_time(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("prenota un tagliando per la panda grigliola tagga AB123CD domani", context, alone=True)
    assert out.clarification and not _writes(out)
    said = out.clarification
    assert said.startswith("Non ho capito tutte le parole. Prenoto: tagliando per la Panda grigia AB123CD"), said
    assert "domani alle 9:00" in said, said  # the first free slot of the day, said before anything is made
    done = await fast.resume("sì", context)
    assert done is not None
    (booked,) = _writes(done)
    assert booked.arguments["start"].endswith("T09:00")


async def test_a_question_asked_first_keeps_the_answer_said_back(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la panda grigliola tagga AB123CD", context, alone=True)
    assert out.clarification == "Che giorno per la Panda grigia AB123CD di Mario Rossi?" and not _writes(out), out
    answered = await fast.resume("dopodomani alle 11", context)
    assert answered is not None and answered.clarification and not _writes(answered), answered
    assert answered.clarification.startswith("Non ho capito tutte le parole. Prenoto:"), answered.clarification
    assert "alle 11:00" in answered.clarification
    done = await fast.resume("sì", context)
    assert done is not None
    (booked,) = _writes(done)
    assert booked.arguments["start"].endswith("T11:00")
