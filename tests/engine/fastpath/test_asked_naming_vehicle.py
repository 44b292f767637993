"""A write missing something (no day, no service) has its vehicle looked up before the question, as the
write would look it up: the question names the vehicle found, a wrong or unknown plate is said at once,
and the answer completes the write on the vehicle found, without looking it up again (the contract
workshop: Monday 2 March 2026, 08:00)."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from wp_api.contract import CallContext


def _names(out: object) -> list[str]:
    return [c.name for c in getattr(out, "tool_calls", [])]


async def test_the_question_names_the_vehicle_and_the_answer_books_it_without_a_new_lookup(
    fast: FastPath, context: CallContext
) -> None:
    asked = await fast.handle("prenota un cambio gomme per la Panda AB123CD", context)
    assert not asked.handled
    assert asked.clarification == "Che giorno per la Panda grigia AB123CD di Mario Rossi?"
    # the second lookup (not shown): whether AP123CD, one letter name away, is a car the words fit too (a 500: no)
    assert _names(asked) == ["find_vehicle", "find_vehicle"]
    done = await fast.resume("domani, primo posto libero", context)
    assert done is not None and done.handled, done
    assert "find_vehicle" not in _names(done)
    [booking] = [c for c in done.tool_calls if c.name == "create_appointment"]
    assert booking.result.ok and booking.arguments["vehicle_id"] == 1
    assert booking.arguments["start"] == "2026-03-03T09:30"


async def test_a_missing_service_is_asked_naming_the_vehicle_and_the_first_free_time_said_back(
    fast: FastPath, context: CallContext
) -> None:
    asked = await fast.handle("metti la Micra rossa SD512FA per domani mattina", context)
    assert asked.clarification == "Quale servizio per la Micra rossa SD512FA di Francesca Greco?"
    back = await fast.resume("il tagliando", context)  # no time said: offered for a yes, never written
    assert back is not None and back.clarification and "SD512FA" in back.clarification
    assert not WRITES & set(_names(back)) and "find_vehicle" not in _names(back)
    done = await fast.resume("sì", context)
    assert done is not None
    [booking] = [c for c in done.tool_calls if c.name == "create_appointment"]
    assert booking.result.ok and booking.arguments["vehicle_id"] == 20


async def test_an_unknown_plate_is_said_before_any_question(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la XY999ZZ", context)
    assert out.handled and out.reason == "vehicle_not_found", out
    assert "XY999ZZ" in out.reply_text and "find_vehicle" in _names(out)
    assert not WRITES & set(_names(out))
    assert await fast.resume("lunedì alle 10", context) is None  # no question left open for a day


async def test_which_vehicle_comes_first_then_the_missing_day_naming_it(
    fast: FastPath, context: CallContext
) -> None:
    asked = await fast.handle("prenota un tagliando per la Panda", context)
    assert asked.clarification and "AB123CD" in asked.clarification and "LN777TT" in asked.clarification
    day = await fast.resume("la grigia", context)
    assert day is not None and not day.handled
    assert day.clarification == "Che giorno per la Panda grigia AB123CD di Mario Rossi?"
    assert not day.tool_calls  # the vehicle chosen is the vehicle: no new lookup, nothing written
    done = await fast.resume("venerdì alle dieci", context)
    assert done is not None and done.handled, done
    assert _names(done) == ["list_services", "search_appointments", "create_appointment"]  # no tagliando booked
    assert done.tool_calls[-1].arguments["vehicle_id"] == 1
    assert done.tool_calls[-1].arguments["start"] == "2026-03-06T10:00"


async def test_a_plate_heard_only_nearly_is_asked_about_first(fast: FastPath, context: CallContext) -> None:
    # AD123CD is as close to AB123CD as to AP123CD: which one, before the day
    asked = await fast.handle("prenota un tagliando per la AD123CD", context)
    assert not asked.handled and asked.clarification and "AB123CD" in asked.clarification
    assert not WRITES & set(_names(asked))


async def test_an_answer_naming_another_vehicle_looks_that_one_up(fast: FastPath, context: CallContext) -> None:
    await fast.handle("prenota un cambio gomme per la AB123CD", context)
    done = await fast.resume("la EF456GH, domani primo posto libero", context)
    assert done is not None and done.handled, done
    [booking] = [c for c in done.tool_calls if c.name == "create_appointment"]
    assert booking.arguments["vehicle_id"] == 2  # the Golf EF456GH, looked up: not the Panda asked about


async def test_the_question_names_the_vehicle_in_english(local_backend: object, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    asked = await fast.handle("book a tyre change for AB123CD", context)
    assert asked.clarification == "Which day for the grey Panda AB123CD (Mario Rossi)?"


async def test_a_first_free_slot_for_a_plate_names_the_vehicle(fast: FastPath, context: CallContext) -> None:
    free = await fast.handle("ho qui la AB123CD che deve fare il cambio gomme: quando c'è il primo posto?", context)
    assert free.handled, free
    assert free.reply_text.startswith("Il primo posto libero per Cambio gomme, per la Panda grigia AB123CD di Mario Rossi, è")
    assert "find_vehicle" in _names(free) and not WRITES & set(_names(free))
    wrong = await fast.handle("quando c'è il primo posto per un cambio gomme per la XY999ZZ?", context)
    assert wrong.reason == "vehicle_not_found" and "XY999ZZ" in wrong.reply_text
    plain = await fast.handle("quando c'è il primo posto libero per un cambio gomme domani?", context)
    assert plain.reply_text.startswith("Il primo posto libero") and "find_vehicle" not in _names(plain)


async def test_a_bare_yes_to_a_question_for_a_detail_asks_it_again(fast: FastPath, context: CallContext) -> None:
    """ "Che giorno?" "Sì.": said out of habit at the counter; the question stays and is asked again, and the
    day said next finishes the booking. A plain no drops it, saying so."""
    asked = await fast.handle("prenota un tagliando per la AB123CD", context)
    question = asked.clarification
    assert question and not asked.handled, asked
    again = await fast.resume("sì", context)
    assert again is not None and again.clarification == question and not again.tool_calls, again
    done = await fast.resume("venerdì alle dieci", context)
    assert done is not None and done.handled, done
    assert done.tool_calls[-1].name == "create_appointment"
    asked = await fast.handle("prenota un tagliando per la AB123CD", context)
    dropped = await fast.resume("no, lascia stare", context)
    assert dropped is not None and dropped.handled and not dropped.tool_calls
    assert dropped.reply_text == "Va bene, non faccio niente."
    assert await fast.resume("venerdì alle dieci", context) is None  # nothing left open
