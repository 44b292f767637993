"""What the counter relays from a customer, as held-out set 8 said it and was refused or asked twice:

- what is not known, said either way round ("il cliente non si ricorda la targa", "la targa non me l'ha
  lasciata", "non sa ancora quando", "he'll ring back with a day"): asked for, never a negation;
- why the car cannot come ("oggi non riesce a portare la Panda"): a reason, no negation of the request;
- the appointment named before the reason ("la revisione di venerdì non ce la fa, mettila lunedì"): a move;
- the customer's question relayed ("chiede se possiamo anticipare …"): the request, said back for a yes;
- the old time kept in words ("da mercoledì a venerdì, stessa ora"): moved at once, not offered.

Parse level with the bench's Wednesday 25 November 2026; writes through the fast path on the contract seed's
real SQLite workshop (appointment 103: the Tagliando of ZA987YE, Wednesday 4 March 2026 at 10:00)."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_en, parse_it
from wp_api.contract import CallContext


def _parse(text: str, language: str = "it") -> Any:
    return parse_en(text) if language == "en" else parse_it(text)


@pytest.mark.parametrize(
    ("text", "language", "intent", "missing"),
    [
        ("Prenota una revisione per venerdì alle 9, il cliente non si ricorda la targa.", "it", "book", "vehicle"),
        ("Ha telefonato una signora per disdire giovedì, la targa però non me l'ha lasciata.", "it", "cancel",
         None),  # the day's appointments are offered (a cancellation is said back for a yes in any case)
        ("Il signor Gallo vuole spostare la revisione della AB 123 CD, ma non sa ancora quando.", "it", "move",
         "date"),
        ("Mrs Gallo wants to move the MOT of AB123CD, but she'll ring back with a day.", "en", "move", "date"),
        ("Move the service of AB123CD, he doesn't know yet what time, to Friday.", "en", "move", None),
    ],
)  # fmt: skip
def test_what_is_not_known_is_asked_for(text: str, language: str, intent: str, missing: str | None) -> None:
    p = _parse(text, language)
    assert p.intent == intent, (p.reason, p.slots)
    if missing is not None:
        assert p.reason == f"missing:{missing}", (p.reason, p.slots)
    if intent in ("book", "cancel"):
        assert "plate" not in p.slots


def test_not_knowing_the_time_drops_only_the_time() -> None:
    p = _parse("Move the service of AB123CD to Friday, he doesn't know yet what time.", "en")
    assert p.intent == "move" and p.slots.get("date") == "2026-11-27" and "time" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Non so se la targa sia giusta, prenota la AB 123 CD domani alle 9.",  # not knowing whether: refused
        "Il cliente chiede se possiamo fargli uno sconto sul tagliando della AB 123 CD.",
        "La targa non me l'ha lasciata e non prenotare niente.",
    ],
)
def test_negations_and_other_asks_stay_refused(text: str) -> None:
    assert not _parse(text).handled


def test_the_car_that_cannot_be_brought_is_a_reason() -> None:
    p = _parse("La signora oggi non riesce a portare la Panda, AB 123 CD: spostala a venerdì alle 10.")
    assert p.handled and p.intent == "move", (p.reason, p.slots)
    assert p.slots["date"] == "2026-11-27" and p.slots["time"] == "10:00"


def test_the_appointment_named_before_the_reason_is_moved() -> None:
    p = _parse("La revisione di venerdì della AB 123 CD non ce la fa, mettila lunedì alle 9.")
    assert p.handled and p.intent == "move", (p.reason, p.slots)
    assert p.slots["old_date"] == "2026-11-27" and p.slots["date"] == "2026-11-30"
    # a service said after the put verb may be a new booking: still asked, never guessed
    assert not _parse("Venerdì non ce la fa la AB 123 CD, mettile la revisione lunedì alle 9.").handled


def test_an_hour_then_a_sentence_is_no_minutes() -> None:
    p = _parse("Mi prenoti una diagnosi per domani alle 11? È una Clio, la AB 123 CD.")
    assert p.slots.get("time") == "11:00", p.slots
    assert _parse("Prenota un tagliando per la AB 123 CD domani alle 11 e un quarto.").slots["time"] == "11:15"


# --- through the fast path ------------------------------------------------------------------------------


def _moves(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name == "reschedule_appointment" and c.result.ok]


@pytest.mark.parametrize(
    ("text", "language", "yes", "lead"),
    [
        ("Il signor Rizzo chiede se possiamo anticipare il tagliando di sabato della ZA 987 YE a domani alle 11.", "it",
         "sì", "Si può fare."),
        ("Mr Rizzo asks if we can move Saturday's service of ZA987YE to tomorrow at 11.", "en", "yes",
         "That can be done."),
    ],
)  # fmt: skip
async def test_a_relayed_question_is_said_back_then_done(
    fast: FastPath, context: CallContext, text: str, language: str, yes: str, lead: str
) -> None:
    fast.language = language
    out = await fast.handle(text, context)
    assert not _moves(out) and out.clarification and out.clarification.startswith(lead), out
    done = await fast.resume(yes, context)
    assert done is not None
    (moved,) = _moves(done)
    assert moved.arguments["new_start"] == "2026-03-03T11:00"


async def test_the_same_time_said_is_moved_at_once(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Sposta il tagliando della ZA 987 YE da mercoledì a venerdì, stessa ora.", context)
    (moved,) = _moves(out)
    assert moved.arguments["new_start"] == "2026-03-06T10:00" and not out.clarification, out


async def test_no_time_said_is_offered(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Sposta il tagliando della ZA 987 YE da mercoledì a venerdì.", context)
    assert not _moves(out) and out.clarification, out


# --- "il tagliando di martedì" for next week's Tuesday ------------------------------------------------------


async def _book(fast: FastPath, context: CallContext, start: str) -> int:
    made = await fast.backend.call_tool(
        "create_appointment",
        {"service_id": 1, "vehicle_id": 1, "start": start, "idempotency_key": f"later-{start}"},
        context=context,
    )
    assert made.ok, made.error
    return int(made.data["appointment"]["appointment_id"])


async def test_a_weekday_with_no_appointment_this_week_is_next_weeks_said_back(
    fast: FastPath, context: CallContext
) -> None:
    booked = await _book(fast, context, "2026-03-10T11:00")  # AB123CD: Tuesday week; nothing this Tuesday
    # no job said, only its weekday (with the job said too it is sent at once: test_later_week_job_said.py)
    out = await fast.handle("Manda la conferma WhatsApp per l'appuntamento di martedì della Panda AB 123 CD.", context)
    assert not [c for c in out.tool_calls if c.name == "send_message"]
    assert out.clarification and out.clarification.startswith("Quel giorno non c'è") and "10 marzo" in out.clarification
    done = await fast.resume("sì", context)
    assert done is not None
    (sent,) = [c for c in done.tool_calls if c.name == "send_message" and c.result.ok]
    assert sent.arguments["appointment_id"] == booked


async def test_a_weekday_fixed_by_its_date_is_not_moved_to_another_week(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "2026-03-10T11:00")
    out = await fast.handle("Manda la conferma WhatsApp per il tagliando di martedì 3 della AB 123 CD.", context)
    assert not [c for c in out.tool_calls if c.name == "send_message"]
    assert out.clarification is None and "10 marzo" not in out.reply_text, out


def test_two_lines_on_whatsapp_are_no_time() -> None:
    p = _parse("Alla signora della AB 123 CD mandale due righe su WhatsApp per ricordarle il tagliando di venerdì.")
    assert p.handled and p.intent == "send_reminder", (p.reason, p.slots)
