"""Counter phrasing classes learnt from held-out set 10's Italian misses, tested on new sentences: a booking said
without a verb with what the car does between its plate and the service ("…, frena male: pastiglie …"); the
service taken up by "lo facciamo"; a customer's request relayed with its pronoun or the customer's own "può"
("chiede se le possiamo montare …", "chiede se può anticipare …"); a surname that is a number ("di Quaranta");
the plate not to hand ("la targa non ce l'ho sotto mano") and the new day to come in a call back; an appointment
named by its day put on another ("di lunedì mettila a giovedì"); the car itself moved ("che la venga a
spostare"); a plate's letters said twice after a correction; whether we did a job; an hour free asked. What
stays told, asked, negated or unclear is still refused or asked. Parses on the bench's Wednesday 25 November 2026;
writes through the fast path on the contract workshop (Monday 2 March 2026, a real LocalBackend)."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it as _parse
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


def _calls(out: Any, name: str) -> list[Any]:
    return [c for c in out.tool_calls if c.name == name and c.result.ok]


def _assert_booked(text: str, service: str, day: str, time: str) -> None:
    """`text` is a booking handled at once, for `service` on `day` at `time`."""
    p = _parse(text)
    assert p.intent == "book" and p.handled, (p.reason, p.slots)
    assert (p.slots["service"]["key"], p.slots["date"], p.slots["time"]) == (service, day, time), p.slots


# --- a booking without a verb, what the car does said between the plate and the service ---------------------


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("La Clio grigia di Ricci, CX 808 BZ, fa un rumore strano quando frena: pastiglie martedì alle 9.", "brakes", "2026-12-01", "09:00"),
        ("Il Punto bianco, FT 789 MN, ha la spia del motore accesa: diagnosi giovedì alle 3 del pomeriggio.", "diagnosis", "2026-11-26", "15:00"),
        ("La Yaris blu, GM 555 NP, la mattina non parte: batteria lunedì alle 8 e mezza.", "battery", "2026-11-30", "08:30"),
        ("Ehm, la Panda di Rossi, AB 123 CD, vibra in frenata: pastiglie venerdì alle 11.", "brakes", "2026-11-27", "11:00"),
        # the symptom names a part; the booking's service is the one said after it
        ("La Bravo nera, DP 321 TB, ha la spia dei freni accesa: diagnosi lunedì alle 10.", "diagnosis", "2026-11-30", "10:00"),
    ],
)  # fmt: skip
def test_what_the_car_does_before_a_verbless_booking_is_its_reason(
    text: str, service: str, day: str, time: str
) -> None:
    _assert_booked(text, service, day, time)


@pytest.mark.parametrize(
    "text",
    [
        "La Panda, AB 123 CD, ha la revisione venerdì alle 9.",  # tells of the one booked
        "La Panda, AB 123 CD, fa il tagliando venerdì alle 9.",  # tells of it
        "La Golf, EF 456 GH, frena male: le pastiglie gliele abbiamo fatte venerdì.",  # told, done
        "La Golf, EF 456 GH, frena male: pastiglie venerdì alle 10?",  # asked
        "La Golf, EF 456 GH, frena male da lunedì: pastiglie venerdì alle 10.",  # a second day said
        # "La Golf, EF 456 GH, frena male: le pastiglie venerdì alle 10." may tell of the one booked: since set 11
        # it is taken as the job asked for and said back for a yes (test_counter_phrasing_8)
        "La Golf, EF 456 GH, non frena più male: pastiglie venerdì alle 10.",  # the trouble is gone
    ],
)
def test_a_symptom_and_less_than_a_whole_verbless_booking_is_no_booking(text: str) -> None:
    p = _parse(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)


# --- the service taken up by "lo facciamo" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("Per la Yaris di Colombo, GM 555 NP, la revisione la facciamo giovedì 3 dicembre alle 11.", "inspection", "2026-12-03", "11:00"),
        ("Il tagliando della Clio, CX 808 BZ, lo facciamo venerdì alle 10.", "service", "2026-11-27", "10:00"),
        ("La batteria alla Yaris, GM 555 NP, gliela facciamo domani alle 5 del pomeriggio.", "battery", "2026-11-26", "17:00"),
        ("Alla Panda, AB 123 CD, il cambio olio glielo facciamo lunedì alle 9 e mezza.", "oil_change", "2026-11-30", "09:30"),
    ],
)  # fmt: skip
def test_a_service_taken_up_by_lo_facciamo_is_booked(text: str, service: str, day: str, time: str) -> None:
    _assert_booked(text, service, day, time)


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando lo facciamo sempre noi alla Panda, AB 123 CD.",  # no day: told
        "Il cambio gomme della Golf, EF 456 GH, lo facciamo venerdì?",  # asked
        "Il cambio gomme della Golf, EF 456 GH, lo facciamo venerdì alle 10?",  # asked
        "La revisione della Panda, AB 123 CD, ce la facciamo a farla venerdì alle 9?",  # whether we manage
        "Quando lo facciamo il tagliando della Panda, AB 123 CD, venerdì alle 9?",  # asked
        "Il tagliando della Panda, AB 123 CD, non lo facciamo venerdì alle 9.",  # negated
        "Il tagliando della Clio di venerdì lo facciamo lunedì alle 9.",  # the one of Friday: moved?
        "Il tagliando della Panda, AB 123 CD, lo facciamo venerdì.",  # no time
    ],
)
def test_lo_facciamo_without_the_whole_booking_is_no_booking(text: str) -> None:
    p = _parse(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)


# --- a request relayed with its pronoun or the customer's "può"; fitting said as an infinitive ---------------


def test_a_relayed_fitting_with_its_pronoun_is_booked_carefully() -> None:
    p = _parse(
        "Il signor Marino chiede se gli possiamo montare le gomme estive sulla 208 bianca, HK 010 LA, martedì 1 alle 10."
    )
    assert p.intent == "book" and p.handled and p.careful == "asked", (p.reason, p.slots)
    assert (p.slots["service"]["key"], p.slots["date"], p.slots["time"]) == ("tyres", "2026-12-01", "10:00")


def test_the_customer_asking_whether_they_can_move_it_is_a_move_said_back() -> None:
    p = _parse(
        "La signora Gallo chiede se può posticipare il tagliando della Ypsilon, EM 304 RS, da lunedì 30 a giovedì 3 alle 9."
    )
    assert p.intent == "move" and p.handled and p.careful == "asked", (p.reason, p.slots)
    assert (p.slots["old_date"], p.slots["date"], p.slots["time"]) == ("2026-11-30", "2026-12-03", "09:00")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # no day: the question is asked on, never a day guessed
        (
            "La signora Ricci chiede se le possiamo cambiare le pastiglie alla Clio, CX 808 BZ?",
            "missing:date",
        ),
        ("Il signor Bruno chiede se può anticipare la revisione della Renegade, ZA 987 YE.", "missing:date"),
    ],
)
def test_a_relayed_request_without_a_day_is_asked(text: str, reason: str) -> None:
    p = _parse(text)
    assert not p.handled and p.reason == reason, (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Il signor Costa chiede se può venire venerdì alle 10 con la Yaris, GM 555 NP.",  # no request of ours
        "La signora Romano chiede se le possiamo fare uno sconto sul tagliando della Fiesta, DP 321 TB.",
        "Le gomme da montare alla Panda, AB 123 CD, sono arrivate venerdì alle 10.",  # told
    ],
)
def test_other_relayed_questions_and_fitting_told_are_refused(text: str) -> None:
    assert not _parse(text).handled


# --- a surname that is a number, and a caller named first ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent", "customer"),
    [
        ("La Panda grigia di Quaranta, AB 123 CD, deve fare il tagliando: mettila nel primo buco che hai.", "book", "Quaranta"),
        ("Per la Yaris del signor Cento, GM 555 NP, mettigli un promemoria su WhatsApp il giorno prima.", "send_reminder", "Cento"),
        ("La Yaris di Trenta, GM 555 NP, deve cambiare la batteria appena c'è posto.", "book", "Trenta"),
    ],
)  # fmt: skip
def test_a_surname_that_is_a_number_is_no_stray_number(text: str, intent: str, customer: str) -> None:
    p = _parse(text)
    assert p.intent == intent and p.handled, (p.reason, p.slots)
    assert p.slots["customer"] == customer, p.slots


def test_a_number_said_with_no_name_is_still_a_stray_number() -> None:
    p = _parse("La Panda grigia, AB 123 CD, deve fare il tagliando quaranta: mettila nel primo buco che hai.")
    assert not p.handled, (p.reason, p.slots)


def test_a_caller_named_first_is_the_customer() -> None:
    p = _parse("Colombo ha telefonato: annulla la revisione di venerdì della Yaris, GM 555 NP.")
    assert p.intent == "cancel" and p.slots.get("customer") == "Colombo", (p.reason, p.slots)


# --- the plate not to hand; the new day to come in a call back ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Segnami un cambio gomme per giovedì alle 11, è una Clio grigia ma la targa non ce l'ho sotto mano.", "book"),
        ("Prenota una diagnosi per venerdì alle 9 per la Fiesta rossa, la targa non me la ricordo adesso.", "book"),
        ("Annulla l'appuntamento di sabato della Renegade verde, la targa non la so.", "cancel"),
        ("Sposta a venerdì alle 10 la revisione di lunedì della Punto bianca, la targa non me la ricordo.", "move"),
    ],
)  # fmt: skip
def test_a_plate_not_to_hand_is_asked_for(text: str, intent: str) -> None:
    p = _parse(text)
    assert p.intent == intent and p.reason == "missing:plate" and "plate" not in p.slots, (p.reason, p.slots)


def test_a_cancellation_with_no_car_said_and_its_plate_not_known_offers_the_day() -> None:
    p = _parse("Cancellami l'appuntamento di sabato, la targa non me la ricordo.")
    assert p.intent == "cancel" and p.handled and p.slots.get("old_date") == "2026-11-28", (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Non mi ricordo se la Panda, AB 123 CD, ha fatto il tagliando venerdì alle 9.",
        "Non ce l'ho fatta a prenotare la revisione della Golf, EF 456 GH, venerdì alle 10.",
        "La targa non ce l'ho e non prenotare niente per venerdì alle 9.",
    ],
)
def test_not_remembering_whether_is_no_booking(text: str) -> None:
    p = _parse(text)
    assert not p.handled, (p.intent, p.reason, p.slots)


def test_a_day_that_does_not_suit_and_the_new_one_to_come_is_a_move_that_asks_the_day() -> None:
    p = _parse(
        "Colombo ha telefonato: la revisione della Yaris, GM 555 NP, giovedì 3 non gli va più bene; ci richiama lui per un altro giorno."
    )
    assert p.intent == "move" and p.reason == "missing:date", (p.reason, p.slots)
    assert p.slots.get("old_date") == "2026-12-03" and "date" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La revisione della Yaris, GM 555 NP, giovedì 3 non gli va più bene.",  # nothing asked
        "La revisione della Yaris, GM 555 NP, giovedì 3 non gli va bene, ci richiama lui.",  # what for?
    ],
)
def test_a_day_that_does_not_suit_alone_is_still_refused(text: str) -> None:
    assert not _parse(text).handled


# --- an appointment named by its day put on another day -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "old", "new", "time"),
    [
        ("Il tagliando di venerdì della Panda, AB 123 CD, mettilo a lunedì alle 9.", "2026-11-27", "2026-11-30", "09:00"),
        ("La Golf, EF 456 GH: la revisione di domani mettila a giovedì 3, alle 10, anzi no, alle 11.", "2026-11-26", "2026-12-03", "11:00"),
    ],
)  # fmt: skip
def test_an_appointment_of_one_day_put_on_another_is_moved(text: str, old: str, new: str, time: str) -> None:
    p = _parse(text)
    assert p.intent == "move" and p.handled, (p.reason, p.slots)
    assert (p.slots["old_date"], p.slots["date"], p.slots["time"]) == (old, new, time), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La revisione di venerdì della Panda, AB 123 CD, mettila.",  # no new day
        "Il tagliando di venerdì della Panda, AB 123 CD, mettilo in agenda alle 9.",  # where?
    ],
)
def test_put_without_another_day_is_no_move(text: str) -> None:
    p = _parse(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)


# --- the car itself moved; a plate's letters said twice after a correction; reads asked otherwise ------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        (
            "C'è una Panda grigia davanti al cancello, AB 123 CD: di chi è? Che la venga a spostare.",
            "AB123CD",
        ),
        (
            "Di chi è la Golf nera, EF 456 GH, parcheggiata sul passo carrabile? Deve venire a spostarla.",
            "EF456GH",
        ),
    ],
)
def test_the_car_itself_moved_is_no_move_of_an_appointment(text: str, plate: str) -> None:
    p = _parse(text)
    assert p.intent == "lookup_plate" and p.slots.get("plate") == plate, (p.intent, p.reason, p.slots)


def test_an_appointment_moved_by_someone_else_is_still_a_move() -> None:
    p = _parse("Sposta la revisione della Panda, AB 123 CD, a venerdì alle 10.")
    assert p.intent == "move" and p.handled, (p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Di chi è la CX 880... no, CX, CX 808 BZ?", "CX808BZ"),
        ("Storico della DP 312... no, DP, DP 321 TB.", "DP321TB"),
    ],
)
def test_a_plates_letters_said_twice_after_a_correction_are_said_once(text: str, plate: str) -> None:
    p = _parse(text)
    assert p.handled and p.slots.get("plate") == plate, (p.intent, p.reason, p.slots)


def test_letters_said_twice_that_make_no_plate_are_still_refused() -> None:
    assert not _parse("Di chi è la CX 880... no, CX, CX?").handled


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("La Clio, CX 808 BZ: la batteria gliel'abbiamo cambiata noi?", "vehicle_history", {"plate": "CX808BZ"}),
        ("Alla Yaris, GM 555 NP, il tagliando glielo abbiamo fatto noi l'anno scorso?", "vehicle_history", {"plate": "GM555NP"}),
        ("Giovedì mattina c'è un'ora libera per un cambio olio?", "first_free_slot", {"date": "2026-11-26", "part_of_day": "morning"}),
        ("Avete un'ora libera lunedì pomeriggio per la revisione?", "first_free_slot", {"date": "2026-11-30", "part_of_day": "afternoon"}),
    ],
)  # fmt: skip
def test_reads_said_in_other_words(text: str, intent: str, slots: dict[str, Any]) -> None:
    p = _parse(text)
    assert p.intent == intent and p.handled, (p.intent, p.reason)
    assert {k: p.slots.get(k) for k in slots} == slots, p.slots


# --- through the fast path ----------------------------------------------------------------------------------


async def test_a_verbless_booking_after_a_symptom_is_made(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("La Yaris blu, GM 555 NP, frena male: pastiglie venerdì alle 10.", context)
    (booked,) = _calls(out, "create_appointment")
    assert booked.arguments["start"] == "2026-03-06T10:00" and not out.clarification, out


async def test_a_service_taken_up_by_lo_facciamo_is_booked_through(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("Per la Golf nera, EF 456 GH, il tagliando lo facciamo venerdì alle 11.", context)
    (booked,) = _calls(out, "create_appointment")
    assert booked.arguments["start"] == "2026-03-06T11:00", out


async def test_a_relayed_fitting_is_said_back_then_booked(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "La signora Bianchi chiede se le possiamo montare le gomme invernali sulla Golf, EF 456 GH, venerdì alle 9.",
        context,
    )
    assert wrote_nothing(out) and out.clarification, out
    done = await fast.resume("sì", context)
    assert done is not None
    (booked,) = _calls(done, "create_appointment")
    assert booked.arguments["start"] == "2026-03-06T09:00", done


async def test_an_appointment_of_one_day_put_on_another_is_moved_through(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(
        "Il tagliando di mercoledì della Renegade, ZA 987 YE, mettilo a venerdì alle 10.", context
    )
    (moved,) = _calls(out, "reschedule_appointment")
    assert moved.arguments["new_start"].startswith("2026-03-06T10:00"), moved.arguments


async def test_a_plate_not_to_hand_is_asked_and_nothing_is_booked(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(
        "Prenotami una revisione per venerdì alle 10, è una Golf nera ma la targa non ce l'ho sotto mano.",
        context,
    )
    assert wrote_nothing(out) and out.clarification == "Quale targa?", out


async def test_the_new_day_to_come_is_asked_and_nothing_moves(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Bruno ha chiamato: il tagliando della Renegade, ZA 987 YE, mercoledì non gli va bene; ci richiama lui per il nuovo giorno.",
        context,
    )
    assert wrote_nothing(out) and out.clarification, out


async def test_the_owner_of_a_car_to_be_moved_is_looked_up(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "C'è una Yaris blu in doppia fila, GM 555 NP: di chi è? Che la venga a spostare.", context
    )
    assert out.handled and wrote_nothing(out) and "Colombo" in out.reply_text, out
