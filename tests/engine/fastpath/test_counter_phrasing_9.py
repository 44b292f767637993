"""Counter phrasing classes learnt from held-out set 12's Italian misses, tested on new sentences: a vehicle's card
asked to be shown or opened ("fammi vedere la scheda della …", "mi apri la Yaris di …?"), a plate to be looked up
said next ("mi controlli una targa?": the plate asked for); when a job can be done asked in the first person ("quando
riesco a fare un cambio gomme?"); a cancel's reason that the customer did the job themselves ("se l'è cambiata da
solo", no "if"); the day the person will say later themselves ("il giorno te lo dico dopo"); the day of a visit or a
call told of in passing ("di un signore che è passato stamattina"), never a day of the request; after a reason, the
appointment named by its service and vehicle, then "portalo a <day>" (a move); a part's replacement named as the job
("sostituzione batteria", "cambio delle pastiglie"); a booking said without a verb that opens with "targa" and the
plate, the vehicle described after it. What stays told, asked, conditional or unclear is still refused or asked.
Parses on the bench's Wednesday 25 November 2026; writes through the fast path on the contract workshop (Monday 2
March 2026, a real LocalBackend)."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, wrote_nothing
from tests.engine.fastpath.italian import parse_it as _parse
from wp_api.contract import CallContext


def _calls(out: Any, name: str) -> list[Any]:
    return [c for c in out.tool_calls if c.name == name and c.result.ok]


def _not_taken(text: str, intent: str) -> None:
    p = _parse(text)
    assert not (p.intent == intent and p.handled), (p.intent, p.reason, p.slots)


# --- a vehicle's card shown or opened ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Fammi vedere la scheda della GM 555 NP.", "GM555NP"),
        ("Mi mostri la scheda del Doblò bianco, CS 981 VA?", "CS981VA"),
        ("Aprimi i dati della Golf, EF 456 GH.", "EF456GH"),
        ("Mi apri la Clio grigia della Ricci? CX 808 BZ.", "CX808BZ"),
        ("Tirami su la scheda tecnica della ZA 987 YE, per favore.", "ZA987YE"),
        ("Mi fa vedere la Yaris di Colombo, GM 555 NP?", "GM555NP"),
    ],
)
def test_a_vehicles_card_asked_to_be_shown_is_looked_up(text: str, plate: str) -> None:
    assert_parsed(_parse(text), "lookup_plate", {"plate": plate})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Fammi vedere gli appuntamenti di domani.", "day_appointments"),  # the agenda, no card
        ("Fammi vedere lo storico della Clio, CX 808 BZ.", "vehicle_history"),  # its history, no card
        ("Mi apri la Clio, CX 808 BZ, e le sposti il tagliando a venerdì alle 9?", "move"),  # a write beside it
    ],
)
def test_what_else_is_shown_keeps_its_own_intent(text: str, intent: str) -> None:
    assert _parse(text).intent == intent, _parse(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fammi vedere la Panda di Rossi.",  # no plate: which Panda is for the model
        "Mi apri la porta dell'officina?",  # a door, no vehicle
        "Apri un appuntamento per la Clio, CX 808 BZ.",  # no card of a car
        "Fammi vedere la scheda del cliente nuovo.",  # a customer's, no vehicle named
    ],
)
def test_showing_no_vehicles_card_is_no_lookup(text: str) -> None:
    _not_taken(text, "lookup_plate")


# --- a plate to be looked up, said next ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Mi controlli una targa al volo?", "Cercami una targa, per favore.", "Mi guardi una targa?", "Trovami una targa."],
)
def test_a_plate_to_be_looked_up_is_asked_for(text: str) -> None:
    p = _parse(text)
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason)


def test_a_plate_said_with_the_check_is_looked_up() -> None:
    assert_parsed(_parse("Mi controlli la targa GM 555 NP?"), "lookup_plate", {"plate": "GM555NP"})


@pytest.mark.parametrize(
    "text",
    [
        "Mi controlli le gomme della Panda di Rossi?",  # the tyres, no plate to look up
        "Controlla una cosa sull'agenda di domani.",  # no plate
        "Mi controlli la Panda di Rossi?",  # no plate said, none asked
    ],
)
def test_checking_something_else_asks_for_no_plate(text: str) -> None:
    p = _parse(text)
    assert not (p.intent == "lookup_plate" and p.reason == "missing:plate"), (p.intent, p.reason)
    _not_taken(text, "lookup_plate")


# --- when a job can be done, asked in the first person ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "service", "day", "part"),
    [
        ("Giovedì 3 dicembre, di pomeriggio, quando riesco a fare una ricarica del clima?", "aircon", "2026-12-03", "afternoon"),
        ("Lunedì mattina quando riusciamo a fare un tagliando?", "service", "2026-11-30", "morning"),
        ("Quando riesco a mettere una revisione venerdì?", "inspection", "2026-11-27", None),
        ("Quando ce la facciamo a fare le pastiglie dei freni, sabato?", "brakes", "2026-11-28", None),
    ],
)  # fmt: skip
def test_when_a_job_can_be_done_asks_for_the_first_free_slot(
    text: str, service: str, day: str, part: str | None
) -> None:
    p = _parse(text)
    assert_parsed(p, "first_free_slot", {"service": service, "date": day})
    assert p.slots.get("part_of_day") == part, p.slots


def test_when_a_job_can_be_done_for_a_vehicle_keeps_the_vehicle() -> None:
    assert_parsed(
        _parse("Quando riusciamo a fargli il cambio gomme alla Yaris, GM 555 NP?"),
        "first_free_slot",
        {"service": "tyres", "plate": "GM555NP"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Quando riesco a passare a ritirarla?",  # the customer's errand, no job of ours
        "Quando riesco a chiamarlo, gli dico del tagliando.",  # a call, no slot
    ],
)
def test_when_i_can_do_something_else_is_no_first_free_slot(text: str) -> None:
    _not_taken(text, "first_free_slot")


# --- a cancel's reason: the customer did the job themselves -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Togli l'appuntamento della Golf, EF 456 GH, tanto le pastiglie se le è cambiate da solo.", "EF456GH"),
        ("Cancella la diagnosi della Clio, CX 808 BZ: la spia se l'è sistemata lui.", "CX808BZ"),
        ("Annulla il tagliando della Yaris, GM 555 NP, se l'è già fatto da sola.", "GM555NP"),
    ],
)
def test_a_job_the_customer_did_themselves_is_a_cancels_reason(text: str, plate: str) -> None:
    assert_parsed(_parse(text), "cancel", {"plate": plate})


@pytest.mark.parametrize(
    "text",
    [
        "Togli l'appuntamento della Golf, EF 456 GH, se le pastiglie le ha cambiate da solo.",  # if he did
        "Annulla il tagliando della Yaris, GM 555 NP, se è già stato fatto.",  # if it was
        "Cancella la revisione della Clio, CX 808 BZ, se l'ha fatta altrove.",  # if she did
    ],
)
def test_the_job_done_said_as_a_condition_still_refuses(text: str) -> None:
    p = _parse(text)
    assert p.reason == "out_of_scope:hypothetical", (p.intent, p.reason)


# --- the day the person will say later ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Revisione per la Clio grigia, CX 808 BZ, alle 9: il giorno te lo dico dopo.",
        "Pastiglie per la Golf nera, EF 456 GH, alle 11... la data te la confermo domani.",
        "Un cambio olio per la Yaris, GM 555 NP, alle 3 del pomeriggio, il giorno lo decidiamo più tardi.",
    ],
)
def test_the_day_the_person_will_say_later_is_asked(text: str) -> None:
    p = _parse(text)
    assert p.intent == "book" and p.reason == "missing:date" and "date" not in p.slots, (p.intent, p.reason, p.slots)


def test_the_day_told_right_after_saying_it_is_still_asked() -> None:
    # "te lo dico: venerdì" may say the day, or may say the day is to come: never taken for a write at once
    _not_taken("Revisione per la Clio grigia, CX 808 BZ, alle 9, il giorno te lo dico io, venerdì.", "book")


# --- the day of a visit or a call told of in passing --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("Prenota un tagliando per la Clio della signora che ha chiamato ieri, venerdì alle 9.", "2026-11-27", "09:00"),
        ("Segnami un cambio gomme per la Golf nera del ragazzo che è venuto lunedì, EF 456 GH, sabato alle 11.", "2026-11-28", "11:00"),
        ("Mi metti una revisione per la Yaris di un cliente che è passato stamattina, lunedì 30 alle 10?", "2026-11-30", "10:00"),
        ("Prenota le pastiglie per la Panda del signore che era qui ieri pomeriggio, giovedì alle 4.", "2026-11-26", "16:00"),
    ],
)  # fmt: skip
def test_a_day_gone_by_told_in_passing_is_no_day_of_the_booking(text: str, day: str, time: str) -> None:
    s = _parse(text).slots
    assert (s.get("date"), s.get("time")) == (day, time), s


@pytest.mark.parametrize(
    "text",
    [
        "Prenota la revisione per la Clio, CX 808 BZ, del signore che è passato lunedì.",  # last Monday: no day
        "Prenota una revisione per la Golf, EF 456 GH, della signora che è passata stamattina alle 10.",
    ],
)
def test_a_day_gone_by_alone_leaves_the_booking_asking_its_day(text: str) -> None:
    p = _parse(text)
    assert p.intent == "book" and not p.handled and p.slots.get("date") is None, (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Prenota la revisione per la Clio, CX 808 BZ, che passa lunedì alle 9.",  # the customer to come
        "Prenota la revisione per la Clio della signora che ha chiamato per lunedì, alle 9.",  # the day asked about
    ],
)
def test_a_day_to_come_or_asked_about_keeps_its_day(text: str) -> None:
    s = _parse(text).slots
    assert s.get("date") == "2026-11-30", s


# --- after a reason, the appointment named by its service and vehicle, then "portalo a" ---------------------------


@pytest.mark.parametrize(
    ("text", "plate", "old", "new", "time"),
    [
        ("Il signor Conti lunedì non può: la revisione della Clio, CX 808 BZ, portala a martedì alle 9.", "CX808BZ", "2026-11-30", "2026-12-01", "09:00"),
        ("Colombo venerdì non ce la fa, il cambio olio della Yaris, GM 555 NP, fallo sabato alle 10.", "GM555NP", "2026-11-27", "2026-11-28", "10:00"),
        ("La signora Ricci giovedì 3 non riesce a venire: la diagnosi della Golf, EF 456 GH, portala a venerdì 4 alle 11.", "EF456GH", "2026-12-03", "2026-12-04", "11:00"),
    ],
)  # fmt: skip
def test_a_reason_then_the_appointment_made_another_day_is_a_move(
    text: str, plate: str, old: str, new: str, time: str
) -> None:
    assert_parsed(_parse(text), "move", {"plate": plate, "old_date": old, "date": new, "time": time})


def test_a_reason_then_the_appointment_with_its_plate_put_on_another_day_is_a_move() -> None:
    text = "Il signor Ferri non può venire lunedì per il tagliando della Golf, EF 456 GH: mettimelo mercoledì 2 alle 9."
    assert_parsed(_parse(text), "move", {"plate": "EF456GH", "old_date": "2026-11-30", "date": "2026-12-02"})


@pytest.mark.parametrize(
    "text",
    [
        "Colombo venerdì non ce la fa: il cambio olio della Yaris, GM 555 NP, portalo via.",  # the car taken away
        "Colombo venerdì non ce la fa: il cambio olio della Yaris, GM 555 NP, fallo tu.",  # no day
        "Colombo venerdì non ce la fa: il cambio olio della Yaris, GM 555 NP.",  # no command
        "Colombo venerdì non ce la fa: prenota il cambio olio della Yaris, GM 555 NP, portalo a sabato.",  # two
    ],
)
def test_a_reason_without_a_new_day_for_the_appointment_moves_nothing(text: str) -> None:
    _not_taken(text, "move")


# --- a part's replacement named as the job ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("La Clio grigia di Ricci la mattina non parte, CX 808 BZ: sostituzione batteria lunedì alle 9.", "battery"),
        ("Cambio pastiglie per la Yaris blu, GM 555 NP, venerdì alle 11.", "brakes"),
        ("Sostituzione delle gomme per la Golf, EF 456 GH, sabato alle 10.", "tyres"),
        ("Prenota un cambio della batteria per la Panda, AB 123 CD, domani alle 10.", "battery"),
        ("Fissa la sostituzione dei dischi dei freni alla Renegade, ZA 987 YE, giovedì alle 2.", "brakes"),
    ],
)
def test_a_parts_replacement_named_as_the_job_is_its_service(text: str, service: str) -> None:
    assert_parsed(_parse(text), "book", {"service": service})


def test_a_part_changed_said_as_the_verb_is_no_new_service_word() -> None:
    # "cambio le gomme" may be "I change the tyres": told, as before (no service "cambio le gomme")
    p = _parse("Domani cambio le gomme alla Panda di mia moglie.")
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason)


# --- a booking without a verb opening with "targa" and the plate -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate", "service", "day", "time"),
    [
        ("Targa GM 555 NP, la Yaris blu di Colombo: pastiglie venerdì alle 11.", "GM555NP", "brakes", "2026-11-27", "11:00"),
        ("Targa CX 808 BZ, la Clio grigia: un cambio olio lunedì alle 9.", "CX808BZ", "oil_change", "2026-11-30", "09:00"),
        ("EF 456 GH, la Golf nera della signora Bianchi: revisione martedì 1 dicembre alle 10.", "EF456GH", "inspection", "2026-12-01", "10:00"),
    ],
)  # fmt: skip
def test_a_plate_first_then_its_vehicle_then_a_new_job_is_booked(
    text: str, plate: str, service: str, day: str, time: str
) -> None:
    assert_parsed(_parse(text), "book", {"plate": plate, "service": service, "date": day, "time": time})


@pytest.mark.parametrize(
    "text",
    [
        "Targa GM 555 NP, la Yaris blu di Colombo: le pastiglie venerdì alle 11.",  # the one booked, maybe
        "Targa GM 555 NP, la Yaris blu di Colombo ha le pastiglie venerdì alle 11.",  # told
        "Targa GM 555 NP, la Yaris blu di Colombo: pastiglie venerdì alle 11?",  # asked
        "Targa GM 555 NP, la Yaris del tagliando di lunedì: pastiglie venerdì alle 11.",  # named by a job
        "Targa GM 555 NP, la Yaris blu di Colombo che frena male: pastiglie venerdì alle 11.",  # more than its owner
    ],
)
def test_less_than_a_plate_its_vehicle_and_a_new_job_is_no_booking(text: str) -> None:
    _not_taken(text, "book")


# --- through the fast path ----------------------------------------------------------------------------------


async def test_a_vehicles_card_shown_names_its_owner(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Fammi vedere la scheda della GM 555 NP.", context)
    assert out.handled and "Colombo" in out.reply_text and wrote_nothing(out), out


async def test_a_plate_to_come_is_asked_then_looked_up(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Mi controlli una targa al volo?", context)
    assert out.clarification and wrote_nothing(out), out
    done = await fast.resume("CX 808 BZ", context)
    assert done is not None and "Ricci" in done.reply_text, done


async def test_a_reason_then_portalo_a_moves_the_appointment(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Bruno mercoledì non ce la fa: il tagliando della Renegade, ZA 987 YE, portalo a venerdì alle 9.", context
    )
    (moved,) = _calls(out, "reschedule_appointment")
    assert moved.arguments["appointment_id"] == 103, moved.arguments
    assert moved.arguments["new_start"].startswith("2026-03-06T09:00"), moved.arguments


async def test_a_job_done_by_the_customer_is_a_cancel_waiting_for_its_yes(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(
        "Togli il tagliando di mercoledì della Renegade, ZA 987 YE, tanto se l'è fatto da solo.", context
    )
    assert out.pending is not None and out.pending.tool == "cancel_appointment", out
    assert out.pending.arguments["appointment_id"] == 103 and wrote_nothing(out), out.pending.arguments


async def test_a_plate_first_booking_is_made(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Targa GM 555 NP, la Yaris blu di Colombo: sostituzione pastiglie venerdì alle 11.", context)
    (booked,) = _calls(out, "create_appointment")
    assert booked.arguments["start"] == "2026-03-06T11:00" and booked.arguments["service_id"] == 6, booked.arguments


async def test_the_day_to_be_said_later_writes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Tagliando per la Golf nera, EF 456 GH, alle 9: il giorno te lo dico dopo.", context)
    assert wrote_nothing(out) and out.clarification, out


async def test_a_day_gone_by_is_not_the_booking_day(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Segnami una revisione per la Clio grigia, CX 808 BZ, della signora che è passata stamattina: venerdì alle 11.",
        context,
    )
    (booked,) = _calls(out, "create_appointment")
    assert booked.arguments["start"] == "2026-03-06T11:00" and booked.arguments["service_id"] == 3, booked.arguments


async def test_when_a_job_can_be_done_offers_times_and_writes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Venerdì mattina quando riesco a fare un cambio gomme?", context)
    assert out.handled and wrote_nothing(out), out
