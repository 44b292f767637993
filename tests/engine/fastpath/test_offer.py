"""A time taken (or outside hours) is answered with the nearest free times, and that offer is a question:
the answer ("la seconda", "alle 9 e mezza", "allora giovedì", "sì" to the one time offered) finishes the same
request; a bare yes to several times asks which; a no does nothing; a new request is not taken for an answer.
On the contract workshop (Monday 2 March 2026, 08:00): Cambio gomme on Tuesday 3 March is taken at 08:30
and 09:00 (capacity 1)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.choices import offer_answer
from engine.fastpath.context import WRITES
from engine.fastpath.outcome import FastPathOutcome
from wp_api.contract import CallContext

TAKEN_IT = "Prenota un cambio gomme per la Panda AB123CD domani alle 8:30"
TAKEN_EN = "Book a tyre change for the Panda AB123CD tomorrow at 8:30"


def _writes(out: FastPathOutcome) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES and c.result.ok]


async def _offered(fast: FastPath, context: CallContext, text: str = TAKEN_IT) -> list[str]:
    out = await fast.handle(text, context)
    assert out.handled and out.reason == "slot_taken", out
    assert out.clarification == out.reply_text and not _writes(out)
    options = [str(o["start"]) for o in fast._open.options] if fast._open else []
    assert len(options) >= 2 and all(o.startswith("2026-03-03T") for o in options), options
    return options


async def test_the_time_picked_by_its_order_is_booked(fast: FastPath, context: CallContext) -> None:
    options = await _offered(fast, context)
    out = await fast.resume("la seconda", context)
    assert out is not None and out.handled, out
    [booking] = _writes(out)
    assert booking.name == "create_appointment" and booking.result.ok
    assert booking.arguments["start"] == options[1] and booking.arguments["vehicle_id"] == 1
    assert "domani alle 10:00" in out.reply_text, out.reply_text


@pytest.mark.parametrize("answer", ["alle 9 e mezza", "sì, quella delle 9 e mezza", "va bene le 9:30"])
async def test_the_time_picked_by_its_hour_is_booked(fast: FastPath, context: CallContext, answer: str) -> None:
    options = await _offered(fast, context)
    assert "2026-03-03T09:30" in options
    out = await fast.resume(answer, context)
    assert out is not None and out.handled, out
    [booking] = _writes(out)
    assert booking.arguments["start"] == "2026-03-03T09:30" and booking.result.ok


async def test_a_bare_yes_to_several_times_asks_which_and_writes_nothing(
    fast: FastPath, context: CallContext
) -> None:
    options = await _offered(fast, context)
    out = await fast.resume("sì", context)
    assert out is not None and out.handled and out.reason == "asked_again", out
    assert out.clarification and out.clarification.startswith("Quale preferisci") and "9:30" in out.clarification
    assert not _writes(out)
    picked = await fast.resume("la prima", context)  # the question stays open
    assert picked is not None
    [booking] = _writes(picked)
    assert booking.arguments["start"] == options[0] and booking.result.ok


async def test_a_no_does_nothing(fast: FastPath, context: CallContext) -> None:
    await _offered(fast, context)
    out = await fast.resume("no, lascia stare", context)
    assert out is not None and out.handled and out.reason == "declined", out
    assert not _writes(out) and "non faccio niente" in out.reply_text


async def test_another_time_not_offered_is_tried_for_the_same_request(fast: FastPath, context: CallContext) -> None:
    await _offered(fast, context)
    out = await fast.resume("allora alle 11", context)
    assert out is not None and out.handled, out
    [booking] = _writes(out)
    assert booking.arguments["start"] == "2026-03-03T11:00" and booking.result.ok


async def test_another_time_also_taken_is_offered_again(fast: FastPath, context: CallContext) -> None:
    await _offered(fast, context)
    out = await fast.resume("facciamo alle 9", context)  # 09:00 is taken too
    assert out is not None and out.handled and out.reason == "slot_taken", out
    assert not _writes(out) and "9:30" in out.reply_text
    assert fast._open is not None and fast._open.kind == "offer"


async def test_another_day_alone_keeps_the_time_asked_and_is_said_back(
    fast: FastPath, context: CallContext
) -> None:
    await _offered(fast, context)
    out = await fast.resume("allora venerdì", context)
    assert out is not None and out.handled, out
    assert not _writes(out), "a day alone keeps the hour asked: said back, not booked"
    assert out.clarification and "tengo la stessa" in out.clarification
    assert "venerdì 6 marzo alle 8:30" in out.clarification
    yes = await fast.resume("sì", context)
    assert yes is not None
    [booking] = _writes(yes)
    assert booking.arguments["start"] == "2026-03-06T08:30" and booking.result.ok


async def test_a_new_request_is_not_taken_for_an_answer(fast: FastPath, context: CallContext) -> None:
    await _offered(fast, context)
    assert await fast.resume("Prenota un tagliando per la ZA987YE venerdì alle 10", context) is None
    await _offered(fast, context)
    assert await fast.resume("che tempo fa domani?", context) is None


async def test_the_offer_is_answered_once(fast: FastPath, context: CallContext) -> None:
    await _offered(fast, context)
    first = await fast.resume("la seconda", context)
    assert first is not None and len(_writes(first)) == 1
    assert await fast.resume("la seconda", context) is None


async def test_a_move_to_a_taken_time_is_moved_to_the_time_picked(fast: FastPath, context: CallContext) -> None:
    # the tagliando is taken on Tuesday at 8:30
    out = await fast.handle("Sposta l'appuntamento di mercoledì della ZA987YE a martedì alle 8:30", context)
    assert out.handled and out.reason == "slot_taken", out
    assert fast._open is not None and fast._open.kind == "offer"
    chosen = str(fast._open.options[0]["start"])
    moved = await fast.resume("la prima", context)
    assert moved is not None and moved.handled, moved
    [write] = _writes(moved)
    assert write.name == "reschedule_appointment" and write.result.ok
    assert write.arguments == {"appointment_id": 103, "new_start": chosen,
                               "idempotency_key": write.arguments["idempotency_key"]}  # fmt: skip


async def test_english_offer_is_answered_by_the_time(local_backend: object, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    options = await _offered(fast, context, TAKEN_EN)
    assert "2026-03-03T09:30" in options
    again = await fast.resume("yes please", context)
    assert again is not None and again.clarification and again.clarification.startswith("Which would you like")
    out = await fast.resume("the half 9 one", context)
    assert out is not None, "half 9 names the 9:30 offered"
    [booking] = _writes(out)
    assert booking.arguments["start"] == "2026-03-03T09:30" and booking.result.ok


# offer_answer on its own: the options as the question holds them

_OPTIONS = [{"start": "2026-12-03T11:30"}, {"start": "2026-12-03T12:00"}, {"start": "2026-12-04T09:00"}]
_REFUSED = "2026-12-03T11:00"
_TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("answer", "start"),
    [
        ("la terza", "2026-12-04T09:00"),
        ("l'ultima", "2026-12-04T09:00"),
        ("alle 12", "2026-12-03T12:00"),
        ("mezzogiorno va bene", "2026-12-03T12:00"),
        ("quella di venerdì", "2026-12-04T09:00"),
        ("no, meglio alle 11 e mezza", "2026-12-03T11:30"),
        ("allora alle 4", "2026-12-03T16:00"),
        ("venerdì alle 10", "2026-12-04T10:00"),
    ],
)
def test_an_answer_names_its_start(answer: str, start: str) -> None:
    got = offer_answer(answer, _OPTIONS, _REFUSED, "book", "it", _TODAY)
    assert got is not None and not got.again and got.start == start, got


def test_a_day_with_two_times_offered_asks_which() -> None:
    got = offer_answer("giovedì", _OPTIONS, _REFUSED, "book", "it", _TODAY)
    assert got is not None and got.again


def test_a_day_not_offered_keeps_the_hour_asked() -> None:
    got = offer_answer("facciamo lunedì", _OPTIONS, _REFUSED, "book", "it", _TODAY)
    assert got is not None and got.start == "2026-12-07T11:00" and got.time_kept


def test_a_yes_to_one_time_takes_it() -> None:
    got = offer_answer("sì, va bene", _OPTIONS[:1], _REFUSED, "book", "it", _TODAY)
    assert got is not None and got.start == "2026-12-03T11:30"


@pytest.mark.parametrize(
    "answer",
    ["no", "no grazie, lascia stare", "ma chi è?", "prenota la revisione per la AB123CD", "ok ma dopo ti richiamo"],
)
def test_what_is_no_answer_is_not_taken(answer: str) -> None:
    assert offer_answer(answer, _OPTIONS, _REFUSED, "book", "it", _TODAY) is None


async def test_a_time_off_the_grid_offers_the_start_times_near_it(fast: FastPath, context: CallContext) -> None:
    # the revisione starts on the half hour: 15:15 is no start time
    out = await fast.handle("Prenota la revisione per la Panda AB123CD mercoledì alle 15 e 15", context)
    assert out.handled and out.reason == "off_grid" and not _writes(out), out
    assert "non è un orario d'inizio" in out.reply_text and "15:30" in out.reply_text, out.reply_text
    done = await fast.resume("va bene alle 15 e 30", context)
    assert done is not None
    [booking] = _writes(done)
    assert booking.arguments["start"] == "2026-03-04T15:30"
