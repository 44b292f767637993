"""Counter phrasing the fast path lacked (classes learnt from held-out set 5's misses, tested on new sentences):
a correction inside the request read as meant, a reason the appointment is off followed by the new request,
cancellations, look-ups, free slots and agendas said in everyday words, and a move to "sempre alle 9". What
stays negated or unclear is still refused or asked, never written."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it as _parse

# --- a correction inside the request: the part after it is read -------------------------------------------


def test_a_service_taken_back_is_booked_as_corrected() -> None:
    p = _parse(
        "Prenota per la Punto grigia, ZZ 456 YY, un cambio olio... no, aspetta, è la revisione, venerdì alle 11."
    )
    assert p.intent == "book" and p.handled, p.reason
    assert (p.slots["service"]["key"], p.slots["date"], p.slots["time"]) == (
        "inspection",
        "2026-11-27",
        "11:00",
    )


def test_a_service_taken_back_in_a_booking_said_for_the_vehicle_first() -> None:
    p = _parse("Per la Fiesta bianca, CD 789 FG, il tagliando... no, i freni. Martedì alle 3 e mezza.")
    assert p.intent == "book" and p.handled, p.reason
    assert (p.slots["plate"], p.slots["service"]["key"]) == ("CD789FG", "brakes")
    assert (p.slots["date"], p.slots["time"]) == ("2026-12-01", "15:30")


@pytest.mark.parametrize(
    "text",
    [
        "Per la Fiesta bianca, CD 789 FG, il tagliando è martedì alle 3.",  # told about, not asked
        "Per la Fiesta bianca, CD 789 FG, il tagliando martedì alle 3?",
        "Per la Fiesta bianca, il tagliando martedì alle 3.",  # no plate: which Fiesta?
        "Per la Fiesta bianca, CD 789 FG, l'abbiamo fatto il tagliando martedì alle 3.",
    ],
)
def test_less_than_a_whole_booking_for_the_vehicle_first_is_no_booking(text: str) -> None:
    assert _parse(text).intent != "book"


def test_a_title_taken_back_leaves_the_cancellation() -> None:
    p = _parse("Il signor Conti... no, la signora Conti, quella della Panda, AB 123 CD: annulla pure.")
    assert p.intent == "cancel" and p.handled, p.reason
    assert (p.slots["plate"], p.slots["customer"]) == ("AB123CD", "Conti")


def test_a_customer_taken_back_is_not_the_one_acted_on() -> None:
    p = _parse(
        "Sposta l'appuntamento di giovedì del signor Galli, no, della signora Ferraro, a lunedì alle 9."
    )
    assert p.intent == "move" and p.handled, p.reason
    assert p.slots["customer"] == "Ferraro"


def test_a_vehicle_taken_back_after_a_preposition() -> None:
    p = _parse(
        "Manda la conferma per la Panda... no, aspetta, per la Punto di Bruno, ZZ 456 YY, su WhatsApp."
    )
    assert p.intent == "send_confirmation" and p.handled, p.reason
    assert p.slots["vehicle_description"]["model"] == "Punto" and p.slots["plate"] == "ZZ456YY"


def test_a_history_with_its_car_taken_back() -> None:
    p = _parse("Quando abbiamo fatto l'ultima revisione alla Panda... no, alla Punto, ZZ 456 YY?")
    assert p.intent == "vehicle_history" and p.handled, p.reason
    assert p.slots["vehicle_description"]["model"] == "Punto"


@pytest.mark.parametrize(
    "text",
    [
        "Prenota il tagliando, no, anche la revisione, per la Punto, ZZ 456 YY, venerdì alle 11.",
        "Prenota un cambio olio per la Punto, ZZ 456 YY, venerdì alle 11, no.",
        "Non il tagliando, no, la revisione per la Punto, ZZ 456 YY, venerdì alle 11.",
    ],
)
def test_a_negation_that_is_no_clean_correction_is_still_refused(text: str) -> None:
    p = _parse(text)
    assert not (p.handled and p.intent == "book"), p


# --- a reason the appointment is off, then the new request -------------------------------------------------


def test_a_reason_then_put_on_another_day_is_a_move() -> None:
    p = _parse(
        "La Punto grigia di Bruno, ZZ 456 YY, giovedì mattina non può: mettila a lunedì alle 5 del pomeriggio."
    )
    assert p.intent == "move" and p.handled, p.reason
    assert (p.slots["old_date"], p.slots["date"], p.slots["time"]) == ("2026-11-26", "2026-11-30", "17:00")


def test_a_reason_at_a_time_then_a_move_the_same_day() -> None:
    p = _parse("La Clio blu, FG 321 AB, giovedì alle 3 non riesce: spostala alle 10, sempre giovedì.")
    assert p.intent == "move" and p.handled, p.reason
    assert (p.slots["old_date"], p.slots["date"], p.slots["time"]) == ("2026-11-26", "2026-11-26", "10:00")


def test_a_reason_then_take_it_off_is_a_cancellation() -> None:
    p = _parse("La Panda, AB 123 CD, venerdì non viene più, levala.")
    assert p.intent == "cancel" and p.handled, p.reason
    assert p.slots["old_date"] == "2026-11-27"


@pytest.mark.parametrize(
    "text",
    [
        "La Panda, AB 123 CD, domani non può.",  # nothing asked after the reason
        "La Panda, AB 123 CD, domani non riesce.",
        "La Panda, AB 123 CD, la signora non può spostarla a lunedì alle 10.",  # an infinitive: not asked
        "La Panda, AB 123 CD, domani non può, prenotale un tagliando lunedì alle 10.",  # a new booking? unclear
        "Sposta la Panda, AB 123 CD, a lunedì, domani non può.",  # the reason last: refused as before
    ],
)
def test_a_reason_with_no_move_or_cancel_after_it_is_no_write(text: str) -> None:
    p = _parse(text)
    assert not p.handled, p


# --- cancellations, look-ups, free slots, agendas in everyday words ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La Clio blu di Greco, FG 321 AB, quella di lunedì: toglila.",
        "Toglilo, il Doblò di giovedì, CS 111 TT.",
        "L'appuntamento della Punto, ZZ 456 YY, levalo.",
    ],
)
def test_take_it_off_with_an_appointment_named_is_a_cancellation(text: str) -> None:
    p = _parse(text)
    assert p.intent == "cancel" and p.handled, p.reason


@pytest.mark.parametrize(
    "text",
    [
        "La Punto, ZZ 456 YY, non toglierla.",
        "La Punto di lunedì, ZZ 456 YY, non toglierla.",
        "La Punto di lunedì, ZZ 456 YY, toglila dal ponte.",
        "La Punto, ZZ 456 YY, toglila.",  # no appointment named: which one?
    ],
)
def test_take_it_off_negated_or_of_something_else_is_no_cancellation(text: str) -> None:
    p = _parse(text)
    assert not (p.intent == "cancel" and p.handled), p


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Mi cerchi la GH 730 MA? Vorrei sapere il nome del cliente.", "GH730MA"),
        ("Cercami la ZZ 456 YY.", "ZZ456YY"),
        ("Chi ce l'ha la FG 321 AB? Dovrebbe essere una Clio.", "FG321AB"),
    ],
)
def test_a_plate_searched_in_everyday_words_is_a_look_up(text: str, plate: str) -> None:
    p = _parse(text)
    assert p.intent == "lookup_plate" and p.handled, p.reason
    assert p.slots["plate"] == plate


def test_a_car_searched_without_its_plate_or_model_is_no_look_up() -> None:
    # "Mi cerchi la Panda rossa?" is one now: the car told by its model is looked up as "di chi è la Punto verde?"
    # is (test_car_searched_by_its_model); with no model named there is nothing to look up
    assert _parse("Mi cerchi la macchina rossa?").intent != "lookup_plate"
    assert _parse("Mi cerchi la Panda rossa?").intent == "lookup_plate"


def test_the_first_appointment_you_can_give() -> None:
    p = _parse("Per un cambio gomme, quando mi puoi dare il primo appuntamento?")
    assert p.intent == "first_free_slot" and p.handled, p.reason
    assert p.slots["service"]["key"] == "tyres"


def test_anything_free_on_a_day() -> None:
    p = _parse("Hai qualcosa libero martedì pomeriggio? È per un tagliando.")
    assert p.intent == "first_free_slot" and p.handled, p.reason
    assert (p.slots["service"]["key"], p.slots["date"], p.slots["part_of_day"]) == (
        "service",
        "2026-12-01",
        "afternoon",
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [("Quante macchine abbiamo venerdì?", "2026-11-27"), ("Ehm, quante auto ho domani?", "2026-11-26")],
)
def test_how_many_cars_on_a_day_is_that_day_s_agenda(text: str, day: str) -> None:
    p = _parse(text)
    assert p.intent == "day_appointments" and p.handled, p.reason
    assert p.slots["date"] == day


def test_how_many_cars_with_no_day_is_no_agenda() -> None:
    assert _parse("Quante macchine abbiamo nel piazzale adesso?").intent != "day_appointments"


def test_a_warning_light_is_a_diagnosis() -> None:
    p = _parse("Il Doblò bianco, CS 111 TT, ha la spia del motore accesa: segnamelo giovedì alle 9.")
    assert p.intent == "book" and p.handled, p.reason
    assert p.slots["service"]["key"] == "diagnosis"


def test_a_move_said_as_bringing_it_forward() -> None:
    p = _parse("La Clio blu di Greco, FG 321 AB, anticipiamo il tagliando a martedì alle 10.")
    assert p.intent == "move" and p.handled, p.reason
    assert (p.slots["date"], p.slots["time"]) == ("2026-12-01", "10:00")


# --- a move kept at the same hour ----------------------------------------------------------------------


def test_a_move_always_at_the_same_hour_said_with_its_number() -> None:
    p = _parse("La Punto, ZZ 456 YY, di giovedì alle 11, spostala a martedì, sempre alle 11.")
    assert p.intent == "move" and p.handled, p.reason
    assert (p.slots["old_date"], p.slots["date"], p.slots["time"]) == ("2026-11-26", "2026-12-01", "11:00")


def test_a_move_at_the_same_hour_keeps_no_new_time() -> None:
    p = _parse("La Punto, ZZ 456 YY, di giovedì alle 11, spostala a martedì alla stessa ora.")
    assert p.intent == "move" and p.handled, p.reason
    assert p.slots["date"] == "2026-12-01" and "time" not in p.slots  # the hour kept, said back
