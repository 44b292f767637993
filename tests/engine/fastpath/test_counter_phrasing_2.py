"""More ordinary counter phrasing the fast path lacked (classes learnt from held-out set 4's misses, tested on
new sentences): each is read as meant, and what stays unclear or negated is still asked or refused."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it as _parse
from wp_api.contract import CallContext

# --- a booking and its message, across two sentences; a booking said without a verb ----------------------


def test_a_booking_asked_as_a_question_then_its_message() -> None:
    p = _parse(
        "Mi fissi una revisione per la Punto, ZZ 456 YY, venerdì alle 9? E poi mandagli un promemoria per SMS."
    )
    assert p.intent == "book" and p.handled, p.reason
    assert (p.slots["service"]["key"], p.slots["date"], p.slots["time"]) == (
        "inspection",
        "2026-11-27",
        "09:00",
    )
    assert [part.intent for part in p.parts] == ["book", "send_reminder"]
    assert p.parts[1].slots["channel"] == "sms"


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("Ehm, il tagliando per la Fiesta bianca, CD 789 FG, giovedì alle 10.", "service", "2026-11-26", "10:00"),
        ("Cambio olio per la Panda grigia, AB 123 CD, lunedì alle 4 del pomeriggio.", "oil_change", "2026-11-30", "16:00"),
    ],
)  # fmt: skip
def test_a_booking_said_without_a_verb_is_a_booking(text: str, service: str, day: str, time: str) -> None:
    p = _parse(text)
    assert p.intent == "book" and p.handled, p.reason
    assert (p.slots["service"]["key"], p.slots["date"], p.slots["time"]) == (service, day, time)


def test_a_booking_said_without_a_verb_keeps_its_message() -> None:
    p = _parse(
        "Il tagliando per la Fiesta bianca, CD 789 FG, giovedì alle 10, e mandagli la conferma su WhatsApp."
    )
    assert p.intent == "book" and p.handled, p.reason
    assert [part.intent for part in p.parts] == ["book", "send_confirmation"]


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando giovedì alle 10.",  # no vehicle
        # "La Fiesta bianca, CD 789 FG, il tagliando giovedì alle 10." (the service after the car, with its article)
        # is now said back whole for a yes: test_dictated_job_with_its_article
        "Il tagliando per la Fiesta bianca, CD 789 FG, giovedì alle 10?",  # asked, maybe about one booked
        "Quando il tagliando per la Fiesta bianca, CD 789 FG, giovedì alle 10",
        "Che orari fissi avete il sabato?",
    ],
)
def test_less_than_a_whole_booking_without_a_verb_is_no_booking(text: str) -> None:
    # (its day without a time is a booking said back for a yes: test_counter_phrasing_5)
    assert _parse(text).intent != "book"


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando per la Fiesta bianca, CD 789 FG, è giovedì alle 10.",
        "Il tagliando per la Fiesta bianca, CD 789 FG, era giovedì alle 10.",
        "Il tagliando per la Fiesta bianca, CD 789 FG, l'abbiamo fissato giovedì alle 10.",
    ],
)
def test_an_appointment_told_about_is_no_new_booking(text: str) -> None:
    assert _parse(text).intent != "book"


def test_a_message_about_a_booked_appointment_is_no_new_booking() -> None:
    p = _parse("Il tagliando per la Fiesta bianca di giovedì alle 10, mandagli un promemoria.")
    assert p.intent == "send_reminder"
    assert p.slots["old_date"] == "2026-11-26"


# --- an opening "Aspetta," and "me la metti"; "mettici" into the first free slot -------------------------


def test_an_opening_wait_is_a_pause_and_me_la_metti_books() -> None:
    p = _parse("Aspetta... i freni della Golf, AB 123 CD, me li metti venerdì alle 9?")
    assert p.intent == "book" and p.handled, p.reason
    assert (p.slots["service"]["key"], p.slots["date"], p.slots["time"]) == ("brakes", "2026-11-27", "09:00")


@pytest.mark.parametrize(
    "text", ["Aspetta a spostarla, la Panda, AB 123 CD.", "Aspetta il signor Rossi domani alle 10."]
)
def test_wait_inside_the_request_is_still_refused(text: str) -> None:
    assert _parse(text).intent is None


def test_put_it_into_the_first_free_slot_books_there() -> None:
    p = _parse("Il primo posto libero che hai, mettici una revisione per la Punto, ZZ 456 YY.")
    assert p.intent == "book" and p.handled, p.reason
    assert p.slots["first_free"] is True and p.slots["service"]["key"] == "inspection"


# --- moves: two times on the same day, "portare" from one day to another --------------------------------


def test_a_move_within_the_same_day_with_its_old_and_new_time() -> None:
    p = _parse("La Panda, AB 123 CD, quella di domani alle 9, la spostiamo a domani pomeriggio alle 4.")
    assert p.intent == "move" and p.handled, p.reason
    assert (p.slots["old_date"], p.slots["old_time"]) == ("2026-11-26", "09:00")
    assert (p.slots["date"], p.slots["time"]) == ("2026-11-26", "16:00")


def test_a_new_time_against_its_own_part_of_the_day_is_asked() -> None:
    p = _parse("La Panda, AB 123 CD, quella di domani alle 9, la spostiamo a martedì mattina alle 4.")
    assert not p.handled and p.reason == "ambiguous:time_vs_part_of_day"


def test_a_move_whose_time_was_cut_off_is_asked() -> None:
    p = _parse("La Panda, AB 123 CD, quella di domani alle 9, la spostiamo a dopodomani alle")
    assert p.intent == "move" and not p.handled and p.reason == "ambiguous:time_cut"


def test_carried_from_one_day_to_another_is_a_move() -> None:
    p = _parse("La Punto di Rossi, ZZ 456 YY, da lunedì la portiamo a martedì alle 9.")
    assert p.intent == "move" and p.handled, p.reason
    assert (p.slots["old_date"], p.slots["date"], p.slots["time"]) == ("2026-11-30", "2026-12-01", "09:00")


@pytest.mark.parametrize(
    "text",
    [
        "La portiamo a fare il tagliando sabato alle 9, la Punto ZZ 456 YY.",
        "Da lunedì la porta a martedì alle 9.",
    ],
)
def test_bringing_the_car_is_no_move(text: str) -> None:
    assert _parse(text).intent != "move"


# --- a correction with "no" is no negation; a real negation still is -------------------------------------


def test_same_time_corrected_to_another() -> None:
    p = _parse("Sposta la Panda, AB 123 CD, a giovedì, stessa ora... no, alle 10.")
    assert p.intent == "move" and p.handled, p.reason
    assert (p.slots["date"], p.slots["time"]) == ("2026-11-26", "10:00")


@pytest.mark.parametrize(
    ("text", "intent"),
    [("Di chi è la Punto, ZZ... no, la Panda, AB 123 CD?", "lookup_plate"), ("Annulla la Punto... no, la Panda, AB 123 CD.", "cancel")],
)  # fmt: skip
def test_a_vehicle_corrected_to_another(text: str, intent: str) -> None:
    p = _parse(text)
    assert p.intent == intent, p.reason
    assert p.slots["plate"] == "AB123CD" and p.slots["vehicle_description"]["model"] == "Panda"


@pytest.mark.parametrize(
    "text",
    [
        "Sposta la Panda, AB 123 CD, a giovedì... no, lascia stare.",
        "Sposta la Panda, AB 123 CD, a giovedì, no, non spostarla.",
        "Prenota il tagliando per la Panda, AB 123 CD, giovedì alle 10... no, la Panda no.",
    ],
)
def test_a_real_negation_is_never_a_command(text: str) -> None:
    p = _parse(text)
    assert p.intent is None and p.reason == "out_of_scope:negation"


def test_uno_and_nove_heard_in_pieces_among_spelled_letters_are_no_negation() -> None:
    p = _parse("Di chi è la a bi o no ve tre ci di?")
    assert p.reason != "out_of_scope:negation"


# --- history, free times, a message's addressee ------------------------------------------------------------


def test_the_works_done_on_a_car() -> None:
    p = _parse("La Panda grigia, AB 123 CD, che lavori ci abbiamo fatto?")
    assert p.intent == "vehicle_history" and p.handled and p.slots["plate"] == "AB123CD"


def test_the_works_due_are_no_history() -> None:
    assert _parse("Che lavori ci sono domani sulla Panda, AB 123 CD?").intent != "vehicle_history"


def test_free_times_asked_with_the_day_first() -> None:
    p = _parse("Giovedì, per una revisione, che orari hai liberi?")
    assert p.intent == "first_free_slot" and p.handled, p.reason
    assert (p.slots["service"]["key"], p.slots["date"]) == ("inspection", "2026-11-26")


def test_a_confirmation_asked_for_with_its_addressee() -> None:
    p = _parse("Mandi una mail di conferma a Marco Bianchi? La Punto, ZZ 456 YY.")
    assert p.intent == "send_confirmation" and p.handled, p.reason
    assert (p.slots["customer"], p.slots["channel"], p.slots["plate"]) == (
        "Marco Bianchi",
        "email",
        "ZZ456YY",
    )


# --- something taken off the agenda is never a read of it --------------------------------------------------


def test_taken_off_the_agenda_with_its_verb_misheard_is_a_cancel_to_confirm() -> None:
    p = _parse("Toi, dall'agenda la Panda di giovedì, AB 123 CD.")
    assert p.intent == "cancel" and p.slots["old_date"] == "2026-11-26"


def test_taken_off_the_agenda_with_its_verb_lost_is_no_agenda_read() -> None:
    assert _parse("Brum dall'agenda la Panda di giovedì.").intent is None
    assert _parse("Cosa c'è in agenda giovedì?").intent == "day_appointments"


# --- carried out on the contract workshop (a real LocalBackend: Monday 2 March 2026, 08:00) -----------------

_WRITES = {
    "create_appointment",
    "reschedule_appointment",
    "cancel_appointment",
    "send_message",
    "schedule_reminder",
}


async def test_a_booking_said_without_a_verb_is_booked_with_its_reminder(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(
        "Il tagliando per la Punto bianca, FT 789 MN, venerdì alle 11, e mandagli un promemoria per SMS.",
        context,
    )
    assert out.handled, out
    writes = [c for c in out.tool_calls if c.name in _WRITES]
    assert [c.name for c in writes] == ["create_appointment", "schedule_reminder"]
    assert all(c.result.ok for c in writes), [c.result.error for c in writes]
    assert writes[0].arguments["start"] == "2026-03-06T11:00" and writes[0].arguments["vehicle_id"] == 3
    assert writes[1].arguments["channel"] == "sms"


async def test_a_misheard_remove_from_the_agenda_waits_for_a_yes(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("Toi, dall'agenda la Renegade di mercoledì, ZA 987 YE.", context)
    assert out.pending is not None, out
    assert not _WRITES & {c.name for c in out.tool_calls}
