"""Days as a counter says them, found speaking Italian to the app on a Monday (the contract workshop's clock: Monday 2
March 2026, 08:00; Thursday 5 March is its holiday):
- "giovedì prossimo" said early in the week may be this Thursday or next week's: asked naming both days ("Giovedì 5
  marzo o giovedì 12 marzo?"), and "quello della settimana prossima" answers it;
- "venerdì della settimana dopo" is next week's Friday (it was this Friday, and "dopo alle 3" a time window asked);
  after a day an appointment has, the week after that day's;
- "la settimana prossima, giovedì alle 10" is next week's Thursday (it was two days, asked);
- a closed day's morning asked is said closed, as the whole day is;
- "che lavori abbiamo giovedì mattina?" is the day's agenda (it was not understood)."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext

MONDAY = date(2026, 3, 2)


def _writes(out: object) -> list[object]:
    return [c for c in getattr(out, "tool_calls", []) if c.name in WRITES]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("prenota un tagliando per la AB123CD giovedì prossimo alle 10", "it"),
        ("mi segni un cambio olio alla AB123CD per giovedì prossimo alle 10?", "it"),
        ("book an MOT for AB123CD next Thursday at 10", "en"),
    ],
)
def test_a_weekday_said_next_early_in_the_week_names_both_days(text: str, language: str) -> None:
    p = parse(text, language=language, today=MONDAY)
    assert not p.handled and p.reason == "ambiguous:which_day", p
    assert p.slots["_days_meant"] == ["2026-03-05", "2026-03-12"]


def test_a_weekday_that_can_only_be_one_day_names_none() -> None:
    p = parse("prenota un tagliando per la AB123CD lunedì prossimo alle 10", language="it", today=MONDAY)
    assert p.handled and p.slots["date"] == "2026-03-09" and "_days_meant" not in p.slots
    p = parse("prenota un tagliando per la AB123CD giovedì alle 10", language="it", today=MONDAY)
    assert p.handled and p.slots["date"] == "2026-03-05"


async def test_the_question_names_both_days_and_the_answer_books_one(fast: FastPath, context: CallContext) -> None:
    asked = await fast.handle("prenota un tagliando per la AB123CD giovedì prossimo alle 10", context)
    assert not asked.handled and asked.clarification == "Giovedì 5 marzo o giovedì 12 marzo, per la Panda grigia AB123CD di Mario Rossi?", asked
    assert not _writes(asked)
    done = await fast.resume("giovedì 12", context)
    assert done is not None and done.handled, done
    [booking] = _writes(done)
    assert booking.result.ok and booking.arguments["start"] == "2026-03-12T10:00"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("answer", "start"), [("quello della settimana prossima", "2026-03-12T10:00"), ("il 12", "2026-03-12T10:00")])
async def test_the_week_said_as_the_answer_picks_its_day(
    fast: FastPath, context: CallContext, answer: str, start: str
) -> None:
    await fast.handle("prenota un tagliando per la AB123CD giovedì prossimo alle 10", context)
    done = await fast.resume(answer, context)
    assert done is not None and done.handled, done
    [booking] = _writes(done)
    assert booking.arguments["start"] == start  # type: ignore[attr-defined]


async def test_the_question_in_english(local_backend: object, context: CallContext) -> None:
    english = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    asked = await english.handle("book an MOT for AB123CD next Wednesday at 10", context)
    assert asked.clarification == "Wednesday 4 March or Wednesday 11 March, for the grey Panda AB123CD (Mario Rossi)?", asked
    done = await english.resume("the one next week", context)
    assert done is not None and [c.arguments["start"] for c in _writes(done)] == ["2026-03-11T10:00"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("sposta l'appuntamento della AB123CD a venerdì della settimana dopo alle 15", "2026-03-13"),
        ("La Panda di Rossi, AB 123 CD: l'appuntamento è da spostare a venerdì della settimana dopo alle 3 del pomeriggio.",
         "2026-03-13"),
        ("prenota un tagliando per la AB123CD giovedì della settimana dopo alle 10", "2026-03-12"),
    ],
)
def test_a_weekday_of_the_week_after_is_next_weeks(text: str, day: str) -> None:
    p = parse(text, language="it", today=MONDAY)
    assert p.handled, p
    assert p.slots["date"] == day and p.slots["time"] in ("15:00", "10:00")


def test_the_week_after_a_day_said_is_that_days_next_week() -> None:
    p = parse("il tagliando della AB123CD di martedì 17 marzo mettilo a giovedì della settimana dopo alle 10",
              language="it", today=MONDAY)
    assert p.intent == "move" and (p.slots["old_date"], p.slots["date"]) == ("2026-03-17", "2026-03-26"), p


def test_a_time_after_its_day_is_no_window_but_after_another_hour_still_is() -> None:
    p = parse("prenota un tagliando per la AB123CD venerdì della settimana successiva alle 9", language="it", today=MONDAY)
    assert p.handled and (p.slots["date"], p.slots["time"]) == ("2026-03-13", "09:00"), p
    p = parse("prenota un tagliando per la AB123CD venerdì dopo le 15", language="it", today=MONDAY)
    assert p.reason == "ambiguous:time_window", p


@pytest.mark.parametrize(
    "text",
    [
        "prenota un tagliando per la AB123CD la settimana prossima, giovedì alle 10",
        "prenota un tagliando per la AB123CD giovedì, la settimana prossima, alle 10",
        "prenota un tagliando per la AB123CD la prossima settimana giovedì 12 alle 10",
    ],
)
def test_a_weekday_beside_next_week_is_that_weeks(text: str) -> None:
    p = parse(text, language="it", today=MONDAY)
    assert p.handled and p.slots["date"] == "2026-03-12" and "date_to" not in p.slots, p


def test_a_date_outside_the_week_said_is_still_asked() -> None:
    p = parse("prenota un tagliando per la AB123CD la settimana prossima, giovedì 5 alle 10", language="it", today=MONDAY)
    assert not p.handled and p.reason == "ambiguous:two_dates", p


def test_a_weekday_past_in_this_week_is_asked() -> None:
    tuesday = date(2026, 3, 3)
    p = parse("prenota un tagliando per la AB123CD questa settimana, lunedì alle 10", language="it", today=tuesday)
    assert not p.handled, p
    p = parse("prenota un tagliando per la AB123CD questa settimana, venerdì alle 10", language="it", today=tuesday)
    assert p.handled and p.slots["date"] == "2026-03-06", p


async def test_a_closed_days_morning_is_said_closed(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("che appuntamenti abbiamo giovedì mattina?", context)
    assert out.handled and out.reply_text == "Giovedì 5 marzo siamo chiusi: non ci sono appuntamenti.", out
    open_day = await fast.handle("cosa abbiamo sabato 7 marzo pomeriggio?", context)
    assert open_day.handled and "chiusi" not in open_day.reply_text, open_day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("che lavori abbiamo giovedì mattina?", "2026-03-05"),
        ("domani che lavori ci sono?", "2026-03-03"),
        ("quante macchine abbiamo venerdì?", "2026-03-06"),
        ("che macchine ho domani pomeriggio", "2026-03-03"),
        ("oggi quante auto ci sono da fare?", "2026-03-02"),
    ],
)
def test_the_days_work_asked_is_its_agenda(text: str, day: str) -> None:
    p = parse(text, language="it", today=MONDAY)
    assert p.handled and p.intent == "day_appointments" and p.slots["date"] == day, p


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("che lavori abbiamo fatto alla Panda AB123CD?", "vehicle_history"),
        ("che lavori abbiamo fatto oggi alla AB123CD?", "vehicle_history"),
        ("quante macchine abbiamo in archivio?", None),
    ],
)
def test_work_asked_without_a_day_or_of_a_car_is_no_agenda(text: str, intent: str | None) -> None:
    assert parse(text, language="it", today=MONDAY).intent == intent


def test_the_day_an_appointment_has_names_no_days() -> None:
    from engine.fastpath.parser import days_meant

    wednesday = date(2026, 3, 4)
    for text in (
        "Rossi mercoledì non ce la fa per il tagliando della AB123CD: va spostato, il giorno nuovo lo dice lei.",
        "annulla il tagliando di mercoledì della AB123CD",
    ):
        p = parse(text, language="it", today=wednesday)
        assert days_meant(p.slots) == [], (text, p.slots)
