"""Italian ways of asking set 20 showed the fast path did not know (typed with perfect words, still refused): models
a workshop holds, the owner asked as what the records show, a past service's mileage, the car's past visits, a
day's job named by its part, whom the day brings, the first to come free, a confirmation's purpose said with "che".
New sentences, and what must still be refused or asked."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_models_held_make_the_vehicle_first_booking() -> None:
    p = _p("Targa FA 318 KC, la Koleos bianca: cambio olio martedì alle 9.")
    assert p.intent == "book" and p.slots["vehicle_description"]["model"] == "Koleos", p
    p = _p("Il Combo blu, FA 318 KC, frena male: pastiglie venerdì alle 11.")
    assert p.intent == "book" and p.slots["vehicle_description"]["model"] == "Combo", p
    p = _p("Per la Grande Panda, FA 318 KC, una revisione lunedì alle 10.")
    assert p.slots["vehicle_description"]["model"] == "Grande Panda", p


def test_everyday_words_that_are_models_need_the_car_beside() -> None:
    p = _p("Dica alla signora che venga lunedì alle 10.")
    assert p.intent is None, p


def test_owner_asked_as_what_the_records_show() -> None:
    for text in ("Quella lì, FA 318 KC, a nome di chi risulta?", "Che cliente è quello della FA 318 KC?",
                 "Guardami un attimo questa targa: FA 318 KC."):  # fmt: skip
        p = _p(text)
        assert p.intent == "lookup_plate" and p.slots["plate"] == "FA318KC", (text, p)
    p = _p("Mi serve risalire al proprietario da una targa.")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", p
    assert _p("Che cliente è venuto stamattina?").intent is None


def test_past_service_mileage_is_history() -> None:
    p = _p("La Clio di Rossi, FA 318 KC: alla revisione dell'anno scorso quanti km aveva?")
    assert p.intent == "vehicle_history" and p.slots.get("mileage") is True, p
    assert _p("FA 318 KC, quanti chilometri fa in un anno?").intent is None
    assert _p("Alla revisione dell'anno scorso quanti km aveva?").intent is None  # no car named


def test_past_visits_asked_are_history() -> None:
    p = _p("La Kangoo di Pini, FA 318 KC, è già stata da noi?")
    assert p.intent == "vehicle_history", p
    assert _p("La Kangoo di Pini, FA 318 KC, è mai passata da noi?").intent == "vehicle_history"
    assert _p("La Kangoo di Pini, FA 318 KC, non è mai stata da noi.").intent is None  # told, a negation


def test_part_with_its_day_is_that_days_job_taken_off() -> None:
    p = _p("Leva pure le pastiglie di giovedì per la Kangoo, FA 318 KC.")
    assert p.intent == "cancel" and p.slots.get("old_date"), p
    p = _p("Toglimi l'olio di domani della Kangoo, FA 318 KC.")
    assert p.intent == "cancel", p
    assert _p("Togli l'olio alla Kangoo, FA 318 KC, domani.").intent != "cancel"  # the oil drained


def test_whom_the_day_brings_by_the_car() -> None:
    p = _p("Giovedì chi mi porta la macchina?")
    assert p.intent == "day_appointments", p


def test_first_to_come_free() -> None:
    p = _p("Vedi quale giorno si libera per primo per una revisione.")
    assert p.intent == "first_free_slot", p


def test_confirmation_said_with_che() -> None:
    p = _p("Al signor Pini, per la Kangoo FA 318 KC, scrivigli un SMS che gli confermi la revisione.")
    assert p.intent == "send_confirmation" and p.slots.get("channel") == "sms", p
    assert _p("Mi confermi che la Kangoo FA 318 KC è pronta?").intent is None


def _careful(text: str) -> tuple[str | None, str | None, str | None]:
    p = _p(text)
    return p.intent, p.reason, p.careful


def test_day_left_to_the_customer_is_asked() -> None:
    p = _p(
        "Per la Kangoo, FA 318 KC, una revisione verso le 11; il giorno lo decide il cliente e ti richiama."
    )
    assert p.intent == "book" and p.reason == "missing:date", p


def test_job_shifted_by_an_hour_is_a_move_said_back() -> None:
    intent, reason, careful = _careful(
        "La revisione della Kangoo, FA 318 KC, martedì la facciamo mezz'ora dopo, alle 11."
    )
    assert (intent, reason, careful) == ("move", None, "words")
    p = _p("La revisione della Kangoo, FA 318 KC, martedì la facciamo mezz'ora dopo, alle 11.")
    assert p.slots["time"] == "11:00" and p.slots["old_date"] == p.slots["date"], p  # the day it keeps
    # a bound stays a bound: "dopo le 10" is no hour of its own
    assert _p("Per la Kangoo, FA 318 KC, una revisione lunedì dopo le 10.").intent is None


def test_room_asked_at_an_hour_said_is_a_booking_said_back() -> None:
    intent, reason, careful = _careful(
        "Domani alle 4 riesci a infilarmi un tagliando per la Kangoo, FA 318 KC?"
    )
    assert (intent, reason, careful) == ("book", None, "asked")
    assert (
        _careful("Domani riesci a infilarmi un tagliando per la Kangoo, FA 318 KC?")[0] == "first_free_slot"
    )
    assert _careful("Domani dopo le 4 riesci a infilarmi un tagliando per la Kangoo, FA 318 KC?")[0] != "book"
