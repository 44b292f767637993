"""Counter phrasing classes learnt from held-out set 11's Italian misses, tested on new sentences: a booking said
without a verb with the vehicle told of first by its owner ("Rossi ha la Panda che frena male, AB 123 CD: …"), a
greeting before it, its day said before "per" and the service ("…: martedì in mattinata per una diagnosi"), the
service with its article after a symptom (said back for a yes), its hour kept when the day is to come; a relayed
request with its day first ("chiede se venerdì alle 9 le cambiamo …"); the visit a request rides on ("già che
viene domani per le gomme, …"); an appointment named by its day made another day or hour ("fallo diventare",
"fallo alle", "portalo a"); the day a reason is said of in a move is the appointment's own, never the new one;
"togli" + a job's service, and a cancel's reason ("non passa", "s'è spenta da sola", "l'ha fatto da un altro
meccanico"); a plate's group corrected then the whole plate said again; the plate not readable from here; the
mileage asked as "quando gli abbiamo fatto l'olio"; room and the agenda asked with a pronoun ("riesco a infilare",
"chi mi entra"). What stays told, asked, negated or unclear is still refused or asked. Parses on the bench's
Wednesday 25 November 2026; writes through the fast path on the contract workshop (Monday 2 March 2026, a real
LocalBackend)."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it as _parse
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


def _calls(out: Any, name: str) -> list[Any]:
    return [c for c in out.tool_calls if c.name == name and c.result.ok]


def _slots(text: str, intent: str, *, handled: bool = True) -> dict[str, Any]:
    p = _parse(text)
    assert p.intent == intent and p.handled is handled, (p.intent, p.reason, p.slots)
    return p.slots


def _not_taken(text: str, intent: str) -> None:
    p = _parse(text)
    assert not (p.intent == intent and p.handled), (p.intent, p.reason, p.slots)


# --- a booking without a verb, the vehicle told of first -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate", "service", "day", "time"),
    [
        ("Colombo ha la Yaris blu che frena male, GM 555 NP: pastiglie venerdì alle 11.", "GM555NP", "brakes", "2026-11-27", "11:00"),
        ("Il signor Bruno dice che la Renegade verde fa un rumore strano quando frena. Targa ZA 987 YE. Pastiglie lunedì alle 3.", "ZA987YE", "brakes", "2026-11-30", "15:00"),
        ("Buonasera, la Clio grigia della signora Ricci, CX 808 BZ: revisione martedì 1 dicembre alle 9.", "CX808BZ", "inspection", "2026-12-01", "09:00"),
        ("Salve, cambio olio e filtro per la Yaris blu, GM 555 NP, venerdì alle 8 e mezza.", "GM555NP", "oil_change", "2026-11-27", "08:30"),
        ("Ricci ha la Clio che non parte, CX 808 BZ: una batteria lunedì alle 9.", "CX808BZ", "battery", "2026-11-30", "09:00"),
    ],
)  # fmt: skip
def test_a_vehicle_told_of_first_then_a_bare_service_is_booked(
    text: str, plate: str, service: str, day: str, time: str
) -> None:
    s = _slots(text, "book")
    assert (s["plate"], s["service"]["key"], s["date"], s["time"]) == (plate, service, day, time), s
    assert _parse(text).careful is None


@pytest.mark.parametrize(
    "text",
    [
        "Rossi ha la Panda, AB 123 CD, che ha fatto il tagliando venerdì alle 9.",  # told, done
        "La signora Rossi dice che la Panda, AB 123 CD, ha la revisione venerdì alle 9.",  # tells of one booked
        "Rossi ha la Panda che frena male, AB 123 CD: pastiglie venerdì alle 10?",  # asked
        "Rossi ha la Panda che frena male, AB 123 CD: le pastiglie di venerdì alle 10.",  # the day it has
        "Rossi ha la Panda, AB 123 CD: il tagliando venerdì alle 9.",  # no symptom, may tell of one booked
        "Rossi ha la Panda che non frena più male, AB 123 CD: pastiglie venerdì alle 10.",  # the trouble gone
        "Rossi ha la Panda, AB 123 CD, con il tagliando e la revisione venerdì alle 9.",  # a list, no request
        "La Panda del tagliando di lunedì, AB 123 CD: revisione venerdì alle 9.",  # named by a job, no owner
    ],
)
def test_less_than_a_vehicle_told_of_then_a_new_job_is_no_booking(text: str) -> None:
    _not_taken(text, "book")


@pytest.mark.parametrize(
    "text",
    [
        "Rossi ha la Panda che frena male, AB 123 CD: le pastiglie venerdì alle 10.",
        "La Golf nera, EF 456 GH, fa un rumore quando frena: le pastiglie venerdì alle 9.",
        "La Yaris blu, GM 555 NP, vibra in frenata: venerdì alle 10 per le pastiglie.",
    ],
)
def test_the_service_with_its_article_after_a_symptom_is_a_booking_said_back(text: str) -> None:
    p = _parse(text)
    assert p.intent == "book" and p.careful == "verbless", (p.intent, p.reason, p.careful)
    assert p.slots["service"]["key"] == "brakes"


# --- the day said before "per" and the service -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "service", "day", "part"),
    [
        ("La Clio grigia, CX 808 BZ, ha la spia del motore accesa: martedì in mattinata per una diagnosi.", "diagnosis", "2026-12-01", "morning"),
        ("La Yaris di Colombo, GM 555 NP: venerdì pomeriggio per un cambio gomme.", "tyres", "2026-11-27", "afternoon"),
    ],
)  # fmt: skip
def test_a_day_then_per_a_service_is_a_booking_whose_time_is_offered(
    text: str, service: str, day: str, part: str
) -> None:
    s = _slots(text, "book")
    assert (s["service"]["key"], s["date"], s.get("part_of_day"), s.get("time")) == (service, day, part, None), s


def test_a_day_and_hour_then_per_a_new_service_is_booked() -> None:
    s = _slots("La Clio, CX 808 BZ, frena male: lunedì alle 9 per un controllo freni.", "book")
    assert (s["date"], s["time"]) == ("2026-11-30", "09:00"), s


@pytest.mark.parametrize(
    "text",
    [
        "La Clio, CX 808 BZ, lunedì in mattinata è venuta per una diagnosi.",
        "La Clio, CX 808 BZ, era lunedì in mattinata per una diagnosi.",
        "La Clio, CX 808 BZ, lunedì in mattinata per una diagnosi?",
        "La Clio, CX 808 BZ, di lunedì in mattinata per una diagnosi.",
        "La Clio, CX 808 BZ, lunedì e martedì per una diagnosi.",
    ],
)
def test_a_day_before_per_a_service_that_tells_or_asks_is_no_booking(text: str) -> None:
    _not_taken(text, "book")


# --- a self-correction in a verbless booking, and the day to come with its hour ---------------------------


def test_the_hour_corrected_in_a_verbless_booking_is_the_one_said_last() -> None:
    s = _slots("La Yaris blu, GM 555 NP: tagliando venerdì alle 10... anzi no, alle 11.", "book")
    assert (s["date"], s["time"]) == ("2026-11-27", "11:00"), s


def test_a_day_corrected_to_after_an_hour_is_still_refused() -> None:
    assert not _parse("La Yaris blu, GM 555 NP: tagliando venerdì alle 10... anzi no, sabato.").handled


def test_the_hour_said_with_the_day_to_come_is_kept_and_the_day_asked() -> None:
    p = _parse("Revisione per la Clio grigia, CX 808 BZ, alle 3 del pomeriggio: il giorno lo decide lei.")
    assert p.intent == "book" and p.reason == "missing:date", (p.reason, p.slots)
    assert p.slots["time"] == "15:00" and "date" not in p.slots


# --- a relayed request with its day first ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("La signora Bianchi chiede se venerdì alle 10 le cambiamo le gomme della Golf, EF 456 GH.", "tyres", "2026-11-27", "10:00"),
        ("Il signor Rossi chiede se giovedì mattina alle 10 gli montiamo le gomme invernali sulla Panda, AB 123 CD.", "tyres", "2026-11-26", "10:00"),
        ("Colombo chiede se lunedì alle 9 gli facciamo il tagliando alla Yaris, GM 555 NP.", "service", "2026-11-30", "09:00"),
    ],
)  # fmt: skip
def test_a_relayed_request_with_its_day_first_is_asked_for_a_yes(
    text: str, service: str, day: str, time: str
) -> None:
    p = _parse(text)
    assert p.intent == "book" and p.careful == "asked", (p.intent, p.reason, p.careful)
    assert (p.slots["service"]["key"], p.slots["date"], p.slots["time"]) == (service, day, time), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La signora Bianchi chiede se venerdì alle 9 siamo aperti.",
        "La signora Bianchi chiede se venerdì alle 9 la Golf, EF 456 GH, è pronta.",
    ],
)
def test_a_relayed_question_that_asks_no_job_is_still_refused(text: str) -> None:
    assert not _parse(text).handled


# --- the visit a request rides on --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("Già che domani viene per le gomme, al 500 bianco di Conti, AP 123 CD, facciamo anche il tagliando: domani alle 11.", "service", "2026-11-26", "11:00"),
        ("Siccome venerdì ce la porta per la revisione, alla Clio, CX 808 BZ, cambiamo pure la batteria venerdì alle 10.", "battery", "2026-11-27", "10:00"),
        ("Visto che lunedì passa per il tagliando, alla Panda di Rossi, AB 123 CD, cambiamo anche le pastiglie lunedì alle 11.", "brakes", "2026-11-30", "11:00"),
    ],
)  # fmt: skip
def test_the_job_a_visit_is_for_is_no_service_of_the_request(text: str, service: str, day: str, time: str) -> None:
    s = _slots(text, "book")
    assert (s["service"]["key"], s["date"], s["time"]) == (service, day, time), s


def test_with_only_the_visits_service_said_the_service_is_asked() -> None:
    p = _parse("Visto che viene per le gomme, prenota la Panda, AB 123 CD, domani alle 9.")
    assert p.intent == "book" and p.reason == "missing:service", (p.reason, p.slots)


# --- an appointment named by its day, made another day or hour ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "old", "new", "time"),
    [
        ("Il tagliando di sabato della Renegade, ZA 987 YE, fallo diventare venerdì alle 10.", "2026-11-28", "2026-11-27", "10:00"),
        ("La revisione di lunedì della Clio, CX 808 BZ, portala a martedì alle 9, no scusa, alle 9 e mezza.", "2026-11-30", "2026-12-01", "09:30"),
        ("La diagnosi di domani della Yaris, GM 555 NP, falla venerdì alle 3.", "2026-11-26", "2026-11-27", "15:00"),
    ],
)  # fmt: skip
def test_an_appointment_of_one_day_made_another_is_moved(text: str, old: str, new: str, time: str) -> None:
    s = _slots(text, "move")
    assert (s["old_date"], s["date"], s["time"]) == (old, new, time), s


def test_an_appointment_of_one_day_made_another_hour_keeps_its_day() -> None:
    s = _slots("Il cambio olio di venerdì della Yaris, GM 555 NP, fallo alle 11 invece che alle 9.", "move")
    assert (s["old_date"], s["old_time"], s["time"]) == ("2026-11-27", "09:00", "11:00"), s
    assert "date" not in s


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando della Panda di Rossi fallo anche alla Clio, CX 808 BZ.",  # no day it had
        "La revisione di venerdì portala tu alla motorizzazione.",  # taken somewhere, no day
        "Il tagliando di venerdì fallo bene alla Panda, AB 123 CD.",  # no day or hour after
    ],
)
def test_do_it_or_take_it_without_a_new_day_is_no_move(text: str) -> None:
    _not_taken(text, "move")


# --- the day a reason is said of, in a move --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Giovedì non può per il tagliando della Panda, AB 123 CD: spostalo, il giorno nuovo me lo dice lui.",
        "Giovedì non può, sposta il tagliando della Panda, AB 123 CD.",
        "Bruno mi ha detto che giovedì non può per la revisione della Clio, CX 808 BZ: la spostiamo.",
    ],
)
def test_the_day_a_move_is_said_not_to_suit_is_the_appointments_and_the_new_one_is_asked(text: str) -> None:
    p = _parse(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert p.slots["old_date"] == "2026-11-26" and "date" not in p.slots, p.slots


def test_a_reason_said_of_an_appointment_without_a_command_is_still_refused() -> None:
    assert not _parse("Giovedì non può per il tagliando della Panda, AB 123 CD.").handled


# --- cancels: "togli" + a job, and a reason said with them ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Togli il cambio olio della Yaris, GM 555 NP.", {"plate": "GM555NP"}),
        ("Togli il cambio gomme di sabato della Yaris, GM 555 NP.", {"plate": "GM555NP", "old_date": "2026-11-28"}),
        ("Levami la revisione di venerdì della Clio, CX 808 BZ.", {"plate": "CX808BZ", "old_date": "2026-11-27"}),
        ("Domani non passa più: annulla la revisione della Clio, CX 808 BZ.", {"plate": "CX808BZ", "old_date": "2026-11-26"}),
        ("Cancella il tagliando della Golf, EF 456 GH: l'ha fatto da un altro meccanico.", {"plate": "EF456GH"}),
        ("Annulla la diagnosi di venerdì della Yaris, GM 555 NP, la spia si è spenta da sola.", {"plate": "GM555NP", "old_date": "2026-11-27"}),
        ("Togli il tagliando della Panda di Rossi, AB 123 CD, l'ha già fatto in concessionaria.", {"plate": "AB123CD"}),
    ],
)  # fmt: skip
def test_a_cancel_with_its_reason_is_a_cancel(text: str, slots: dict[str, str]) -> None:
    s = _slots(text, "cancel")
    assert {k: s.get(k) for k in slots} == slots, s


@pytest.mark.parametrize(
    "text",
    [
        "Togli le gomme della Yaris, GM 555 NP.",  # the tyres taken off
        "Togli le gomme invernali alla Yaris, GM 555 NP.",
        "Togli la batteria alla Clio, CX 808 BZ.",  # the battery taken out
        "Domani la Clio, CX 808 BZ, non passa la revisione.",  # fails it: no command
        "Annulla la diagnosi della Yaris, GM 555 NP, e spegni la spia.",  # a second action
    ],
)
def test_parts_taken_off_and_a_reason_alone_are_no_cancel(text: str) -> None:
    _not_taken(text, "cancel")


# --- look-ups, the mileage, room and the agenda ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Di chi è la GM 555 NB... no, NP, GM 555 NP?", "GM555NP"),
        ("Di chi è la AB 123 CD... no, 124, AB 124 CD?", "AB124CD"),
    ],
)
def test_a_plates_group_corrected_then_said_whole_is_the_plate(text: str, plate: str) -> None:
    assert _slots(text, "lookup_plate")["plate"] == plate


def test_a_group_the_whole_plate_said_after_does_not_hold_is_still_refused() -> None:
    assert not _parse("Di chi è la AB 123 CD... no, EF, GH 456 KL?").handled


def test_the_plate_not_readable_from_here_is_asked() -> None:
    p = _parse("Di chi è il furgone bianco davanti al cancello? La targa da qua non si legge.")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Quanti km aveva la Golf, EF 456 GH, quando le abbiamo cambiato le gomme?", "tyres"),
        ("Quanti chilometri segnava la Panda, AB 123 CD, quando ha fatto il tagliando?", "service"),
    ],
)
def test_the_mileage_when_a_job_was_done_is_asked_of_the_history(text: str, service: str) -> None:
    s = _slots(text, "vehicle_history")
    assert s["service"]["key"] == service and s["mileage"] is True, s


@pytest.mark.parametrize(
    "text",
    [
        "Quanti chilometri ha fatto la Golf, EF 456 GH, da quando le abbiamo cambiato le gomme?",  # made since
        "Quanti chilometri segnava la Golf, EF 456 GH?",  # no job named
    ],
)
def test_other_mileages_are_still_refused(text: str) -> None:
    assert not _parse(text).handled


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("Dopodomani pomeriggio riesco a incastrare un cambio gomme?", "first_free_slot", {"date": "2026-11-27", "part_of_day": "afternoon"}),
        ("Lunedì mattina riesco a infilare una revisione?", "first_free_slot", {"date": "2026-11-30", "part_of_day": "morning"}),
        ("Domani chi ci arriva?", "day_appointments", {"date": "2026-11-26"}),
        ("Allora, venerdì pomeriggio chi mi passa?", "day_appointments", {"date": "2026-11-27", "part_of_day": "afternoon"}),
    ],
)  # fmt: skip
def test_room_and_the_agenda_asked_with_a_pronoun(text: str, intent: str, slots: dict[str, str]) -> None:
    s = _slots(text, intent)
    assert {k: s.get(k) for k in slots} == slots, s


def test_room_asked_with_no_job_asks_the_job() -> None:
    p = _parse("Riesco a infilare la Panda in garage?")
    assert p.intent == "first_free_slot" and p.reason == "missing:service", (p.intent, p.reason)


# --- through the fast path ----------------------------------------------------------------------------------


async def test_a_vehicle_told_of_first_is_booked_through(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Colombo ha la Yaris blu che frena male, GM 555 NP: pastiglie venerdì alle 11.", context)
    (booked,) = _calls(out, "create_appointment")
    assert booked.arguments["start"] == "2026-03-06T11:00" and not out.clarification, out


async def test_the_service_with_its_article_is_said_back_then_booked(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("La Golf nera, EF 456 GH, fa un rumore quando frena: le pastiglie venerdì alle 9.", context)
    assert wrote_nothing(out) and out.clarification and "nuova prenotazione" in out.clarification, out
    done = await fast.resume("sì", context)
    assert done is not None
    (booked,) = _calls(done, "create_appointment")
    assert booked.arguments["start"] == "2026-03-06T09:00", done


async def test_the_service_with_its_article_said_no_to_writes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("La Golf nera, EF 456 GH, fa un rumore quando frena: le pastiglie venerdì alle 9.", context)
    assert wrote_nothing(out) and out.clarification, out
    done = await fast.resume("no", context)
    assert done is not None and wrote_nothing(done), done


async def test_a_day_then_per_a_diagnosis_offers_its_first_free_time(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "La Clio grigia, CX 808 BZ, ha la spia del motore accesa: martedì in mattinata per una diagnosi.", context
    )
    assert wrote_nothing(out) and out.clarification, out


async def test_an_appointment_made_another_hour_is_moved_on_its_day(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Il tagliando di mercoledì della Renegade, ZA 987 YE, fallo alle 11 invece che alle 10.", context
    )
    (moved,) = _calls(out, "reschedule_appointment")
    assert moved.arguments["new_start"].startswith("2026-03-04T11:00"), moved.arguments


async def test_an_appointment_taken_to_another_day_with_its_hour_corrected_is_moved(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(
        "Il tagliando di mercoledì della Renegade, ZA 987 YE, portalo a venerdì alle 9, no scusa, alle 9 e mezza.",
        context,
    )
    (moved,) = _calls(out, "reschedule_appointment")
    assert moved.arguments["new_start"].startswith("2026-03-06T09:30"), moved.arguments


async def test_a_day_not_suiting_with_the_new_day_to_come_moves_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Bruno mi ha detto che mercoledì non può per il tagliando della Renegade, ZA 987 YE: lo spostiamo, ma il "
        "giorno nuovo ce lo dice lui.",
        context,
    )
    assert wrote_nothing(out) and out.clarification, out


async def test_a_job_taken_off_is_a_cancel_waiting_for_its_yes(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Togli il tagliando di mercoledì della Renegade, ZA 987 YE, l'ha già fatto da un'altra parte.", context
    )
    assert out.pending is not None and out.pending.tool == "cancel_appointment", out
    assert out.pending.arguments["appointment_id"] == 103, out.pending.arguments


async def test_a_cancel_after_not_coming_by_is_prepared(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Bruno ha chiamato, mercoledì non passa: annulla il tagliando della Renegade, ZA 987 YE.", context)
    assert out.pending is not None and out.pending.arguments["appointment_id"] == 103, out


async def test_a_relayed_request_with_its_day_first_is_said_back_then_booked(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(
        "La signora Bianchi chiede se venerdì alle 10 le cambiamo le gomme della Golf, EF 456 GH.", context
    )
    assert wrote_nothing(out) and out.clarification, out
    done = await fast.resume("sì", context)
    assert done is not None
    (booked,) = _calls(done, "create_appointment")
    assert booked.arguments["start"] == "2026-03-06T10:00", done


async def test_the_job_a_visit_is_for_is_not_booked(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Già che domani viene per le gomme, al 500 bianco di Conti, AP 123 CD, facciamo anche la revisione: "
        "domani alle 11.",
        context,
    )
    (booked,) = _calls(out, "create_appointment")
    assert booked.arguments["start"] == "2026-03-03T11:00" and booked.arguments["service_id"] == 3, booked.arguments


async def test_the_mileage_when_a_job_was_done_is_answered(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Quanti chilometri segnava la Panda, AB 123 CD, quando le abbiamo fatto il tagliando?", context)
    assert out.handled and "74.000 chilometri" in out.reply_text, out


async def test_a_plates_group_corrected_is_looked_up(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Di chi è la GM 555 NB... no, NP, GM 555 NP?", context)
    assert out.handled and "Colombo" in out.reply_text, out
