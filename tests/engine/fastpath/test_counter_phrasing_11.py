"""Counter phrasing classes learnt from held-out set 14's Italian misses, tested on new sentences: a job done by us
asked with its pronoun ("gliele abbiamo montate?", "l'ha mai fatta da noi?"); the confirmation or reminder as the
message's purpose ("per confermarle", "ricordala"), its days early said before it; the first day "che abbiamo
libero" and the hour a job fits on a day ("a che ora riesco a fare …?"); an appointment passed on to another day
("passala a venerdì"); the car's need ("ha bisogno del tagliando"); a plate looked at "un attimo"; the owner on the
line and what the car does told first ("ho al telefono Bassi: la Golf fa fatica a partire, …"); tyres by their
season ("le estive"). What stays told, asked, negated or unclear is still refused or asked. Parses on the bench's
Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


def _not_taken(text: str, intent: str) -> None:
    p = _parse(text)
    assert not (p.intent == intent and p.handled), (p.intent, p.reason, p.slots)


# --- a job done by us, asked with its pronoun -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate", "service"),
    [
        ("Le pastiglie della Yaris, CX 808 BZ, quand'è che gliele abbiamo sostituite?", "CX808BZ", "brakes"),
        ("Il tagliando della Golf, EF 456 GH, gliel'avevamo già fatto noi?", "EF456GH", "service"),
        ("La Panda di Rossi, AB 123 CD: la revisione l'ha mai fatta da noi?", "AB123CD", "inspection"),
        ("Le gomme del Doblò, CS 981 VA, ce le abbiamo già montate noi?", "CS981VA", "tyres"),
    ],
)
def test_a_job_done_by_us_asked_is_the_history(text: str, plate: str, service: str) -> None:
    assert_parsed(_parse(text), "vehicle_history", {"plate": plate, "service": service})


@pytest.mark.parametrize(
    "text",
    [
        "La revisione della Golf, EF 456 GH, non l'ha mai fatta: prenotala venerdì alle 9.",  # a "non": negation
        "La Panda, AB 123 CD, non gliel'abbiamo mai cambiata la batteria.",  # told, negated
    ],
)
def test_never_done_told_with_non_stays_a_negation(text: str) -> None:
    p = _parse(text)
    assert not p.handled and p.reason == "out_of_scope:negation", (p.intent, p.reason)


# --- the confirmation or the reminder as the message's purpose ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Scrivi un SMS alla Bassi per confermarle il tagliando di venerdì, la Yaris, CX 808 BZ.",
         {"plate": "CX808BZ", "channel": "sms", "old_date": "2026-11-27"}),
        ("Manda una mail a Rossi per confermarglielo, la revisione di lunedì, AB 123 CD.",
         {"plate": "AB123CD", "channel": "email", "old_date": "2026-11-30"}),
    ],
)  # fmt: skip
def test_to_confirm_with_its_pronoun_is_a_confirmation(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "send_confirmation", want)


@pytest.mark.parametrize(
    ("text", "plate", "channel", "reminder"),
    [
        ("Ricordala al signor Bassi per SMS la sera prima alle 7: la Yaris, CX 808 BZ.", "CX808BZ", "sms",
         {"when": "day_before", "days_before": 1, "time": "19:00"}),
        ("Mandagli un WhatsApp 2 giorni prima per ricordargli la revisione, la Golf, EF 456 GH.", "EF456GH",
         "whatsapp", {"when": "days_before", "days_before": 2, "time": "18:00"}),
    ],
)  # fmt: skip
def test_to_remind_with_its_pronoun_is_a_reminder(text: str, plate: str, channel: str, reminder: object) -> None:
    assert_parsed(_parse(text), "send_reminder", {"plate": plate, "channel": channel, "reminder": reminder})


def test_remind_me_is_no_reminder_to_send() -> None:
    _not_taken("Ricordami la targa della Golf di Rossi.", "send_reminder")


def test_no_days_early_said_is_the_day_before() -> None:
    p = _parse("Mandagli un WhatsApp per ricordargli la revisione, la Golf, EF 456 GH.")
    assert_parsed(p, "send_reminder", {"reminder": {"when": "day_before", "days_before": 1, "time": "18:00"}})


# --- the first day free, the hour a job fits on a day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Per una revisione qual è il primo giorno che avete libero?", {"service": "inspection"}),
        ("Venerdì 4 a che ora riesco a fare un cambio olio?", {"service": "oil_change", "date": "2026-12-04"}),
        ("Lunedì a che ora possiamo mettere una diagnosi?", {"service": "diagnosis", "date": "2026-11-30"}),
    ],
)
def test_the_first_day_free_or_the_hour_a_job_fits_is_a_first_free_slot(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "first_free_slot", want)


@pytest.mark.parametrize(
    "text",
    [
        "A che ora posso passare a ritirarla?",  # no job: a visit's hour
        "Il primo giorno che abbiamo fatto il tagliando pioveva.",  # told
    ],
)
def test_no_job_asked_is_no_first_free_slot(text: str) -> None:
    _not_taken(text, "first_free_slot")


# --- passed on to another day --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("La Yaris della Bassi, CX 808 BZ, venerdì non ce la fa: passala a lunedì 30 alle 10.",
         {"plate": "CX808BZ", "old_date": "2026-11-27", "date": "2026-11-30", "time": "10:00"}),
        ("Il cambio gomme della Golf, EF 456 GH, da giovedì 3 passalo a sabato 5 alle 9.",
         {"plate": "EF456GH", "old_date": "2026-12-03", "date": "2026-12-05", "time": "09:00"}),
    ],
)  # fmt: skip
def test_passed_on_to_another_day_is_a_move(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "move", want)


@pytest.mark.parametrize(
    "text",
    [
        "La Yaris della Bassi, CX 808 BZ, passala a prendere sabato alle 10.",  # fetched, no day right after
        "La Golf, EF 456 GH, passala a lunedì alle 8.",  # no appointment's day or reason: which?
    ],
)
def test_passed_by_or_with_no_old_day_is_no_move(text: str) -> None:
    _not_taken(text, "move")


# --- the car's need ------------------------------------------------------------------------------------------------


def test_the_cars_need_with_its_day_is_a_booking() -> None:
    p = _parse("La Yaris della Bassi, CX 808 BZ, ha bisogno della revisione: venerdì 4 alle 10.")
    assert_parsed(p, "book", {"plate": "CX808BZ", "service": "inspection", "date": "2026-12-04", "time": "10:00"})


@pytest.mark.parametrize(
    "text",
    [
        "La Yaris, CX 808 BZ, ha bisogno della revisione?",  # asked
        "La Golf, EF 456 GH, ha bisogno di essere lavata sabato alle 9.",  # no service of ours
    ],
)
def test_a_need_asked_or_of_no_service_is_no_booking(text: str) -> None:
    _not_taken(text, "book")


# --- a plate looked at "un attimo" ---------------------------------------------------------------------------------


def test_a_plate_looked_at_with_a_filler_is_a_lookup() -> None:
    assert_parsed(_parse("Cercami un attimo la targa CX 808 BZ."), "lookup_plate", {"plate": "CX808BZ"})


def test_a_part_looked_at_is_no_lookup() -> None:
    _not_taken("Controlla un attimo le pastiglie della Yaris, CX 808 BZ.", "lookup_plate")


# --- the owner on the line, what the car does, told first ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ho al telefono Bassi: la Yaris fa fatica a partire, CX 808 BZ. Batteria venerdì alle 9.",
         {"plate": "CX808BZ", "service": "battery", "date": "2026-11-27", "time": "09:00"}),
        ("Mi ha chiamato la signora Rossi: la Golf le dà un errore, EF 456 GH. Diagnosi lunedì 30 alle 11.",
         {"plate": "EF456GH", "service": "diagnosis", "date": "2026-11-30", "time": "11:00"}),
    ],
)  # fmt: skip
def test_the_owner_on_the_line_then_the_car_and_its_trouble_is_a_booking(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "book", want)


@pytest.mark.parametrize(
    "text",
    [
        "Ho al telefono Bassi: la Yaris, CX 808 BZ, ha fatto il tagliando venerdì alle 9.",  # told of one done
        "Ho al telefono Bassi: la Yaris, CX 808 BZ, il tagliando venerdì alle 9.",  # may be the one booked
        "Ho al telefono Bassi: la Yaris dà un errore, CX 808 BZ, venerdì alle 9.",  # no service asked
    ],
)
def test_the_owner_on_the_line_telling_is_no_booking(text: str) -> None:
    _not_taken(text, "book")


# --- tyres by their season -----------------------------------------------------------------------------------------


def test_tyres_named_by_their_season_are_the_tyre_service() -> None:
    p = _parse("Alla Yaris della Bassi, CX 808 BZ, montiamole le estive lunedì 30 alle 3.")
    assert_parsed(p, "book", {"plate": "CX808BZ", "service": "tyres", "date": "2026-11-30", "time": "15:00"})
    _not_taken("Le invernali della Yaris, CX 808 BZ, sono arrivate in magazzino.", "book")  # told, no booking


# --- why a cancelled job is not needed, said last ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Cancella la revisione della Yaris, CX 808 BZ, perché dice che non le serve più.",
         {"plate": "CX808BZ", "service": "inspection"}),
        ("Togli il cambio gomme della Golf, EF 456 GH, tanto d'estate non gli servono.",
         {"plate": "EF456GH", "service": "tyres"}),
    ],
)  # fmt: skip
def test_why_a_cancelled_job_is_not_needed_is_no_negation(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "cancel", want)


@pytest.mark.parametrize(
    "text",
    [
        "Togli la revisione della Yaris, CX 808 BZ, non le serve.",  # no "tanto"/"dice": unclear
        "Annulla il tagliando della Golf, EF 456 GH, tanto non le serve il cambio olio.",  # something after it
        "Prenota la revisione della Yaris, CX 808 BZ, venerdì alle 9, tanto non le serve.",  # no cancellation
    ],
)
def test_not_needed_said_otherwise_stays_a_negation(text: str) -> None:
    p = _parse(text)
    assert not p.handled and p.reason == "out_of_scope:negation", (p.intent, p.reason)


# --- the day still to be seen with someone ---------------------------------------------------------------------


def test_the_day_still_to_be_seen_with_someone_is_asked() -> None:
    p = _parse("La Yaris della Bassi, CX 808 BZ, va fatto il tagliando alle 10, ma il giorno lo deve ancora sentire "
               "col marito.")
    assert p.intent == "book" and not p.handled and p.reason == "missing:date", (p.intent, p.reason, p.slots)


def test_a_booking_still_to_be_decided_by_someone_is_never_written() -> None:
    p = _parse("Prenota il tagliando della Yaris, CX 808 BZ, venerdì alle 10, lo deve ancora decidere il marito.")
    assert not p.handled, (p.intent, p.reason, p.slots)
