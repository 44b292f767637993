"""Counter phrasing classes learnt from held-out set 15's Italian misses, tested on new sentences: a model written
with digits after an elided article ("l'i20", "l'A3") is no plate; a plate whose first pair is also a word ("HA 508
VC", "SE 214 KD"); a plate corrected mid-way with its pair said as a word ("EM 0 9 8... no, 0 9 3 DH") and a plate
looked up with "cerca la"; what the car does told between its owner and its plate ("ha la spia del motore
accesa"); a part told dead or worn, then its replacement asked ("la batteria è morta, sostituzione …"); the day to
be settled with the customer ("il giorno lo sento con lui"); the first free moment ("il primo momento libero");
the day's schedule by name ("il programma di venerdì"); the weather asked (refused). What stays told, asked,
negated or unclear is still refused or asked. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, plates_in
from tests.engine.fastpath.italian import parse_it as _parse

# --- a model written with digits after an elided article ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Senti, l'i10 bianca della Ferri, EP 674 SY, revisione lunedì alle 9.", "EP674SY"),
        ("L'A4 grigia di Rossi, CX 808 BZ, mi serve un tagliando venerdì alle 10.", "CX808BZ"),
        ("Allora, l'i30 di Bassi, FB 927 DE, cambio olio sabato alle 8 e mezza.", "FB927DE"),
    ],
)
def test_a_numbered_model_after_an_elided_article_is_no_plate(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]
    assert_parsed(_parse(text), "book", {"plate": plate})


@pytest.mark.parametrize("text", ["l'i20 della Ferri", "l'A3 nera di Bassi", "un'i10 bianca"])
def test_a_numbered_model_alone_spells_no_plate(text: str) -> None:
    assert plates_in(text) == []


# --- a plate whose first pair is also a word ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Mandale una mail di conferma per il tagliando della Yaris, HA 271 GT, di venerdì.", "HA271GT"),
        ("Di chi è la SE 214 KD?", "SE214KD"),
        ("La Clio, MI 530 FR, tagliando lunedì alle 9.", "MI530FR"),
    ],
)
def test_a_plate_whose_first_pair_is_a_word(text: str, plate: str) -> None:
    assert plate in plates_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "La Golf ha 150 km di autonomia.",  # a distance, no plate
        "La 159 di Rossi, domani alle 9.",  # "di" is no plate's pair
        "la 208 GT di Bassi",  # the model's version
    ],
)
def test_a_word_then_a_number_is_not_always_a_plate(text: str) -> None:
    assert not any(p.startswith(("HA", "LA")) for p in plates_in(text))


# --- a plate corrected mid-way; a plate looked up with "cerca la" --------------------------------------------------


def test_a_pair_said_as_a_word_then_corrected_digits_is_the_corrected_plate() -> None:
    p = _parse("Revisione per la Punto di Ferri, EL 2 4 1... no, 2 4 7 TZ, lunedì alle 10.")
    assert_parsed(p, "book", {"plate": "EL247TZ"})


def test_letters_said_then_the_whole_plate_after_the_correction() -> None:
    assert_parsed(_parse("Cerca la FB... no scusa, la FD 3 1 2 KP."), "lookup_plate", {"plate": "FD312KP"})


@pytest.mark.parametrize("text", ["Cerca la CD... no scusa.", "Cerca la FD 3 1 2... no, 3 1 4."])
def test_a_correction_left_unfinished_is_never_taken(text: str) -> None:
    p = _parse(text)
    assert not p.handled, (p.intent, p.slots)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Cerca la GT 402 LM.", "lookup_plate"),
        ("Cerca la prima data libera per una revisione.", "first_free_slot"),
    ],
)
def test_cerca_la_looks_up_a_plate(text: str, intent: str) -> None:
    assert _parse(text).intent == intent


@pytest.mark.parametrize(
    "text", ["Cerca il cambio olio della Polo, EP 674 SY.", "Cercami la revisione della Yaris CX 808 BZ."]
)
def test_a_job_searched_is_no_owner_asked(text: str) -> None:
    assert _parse(text).intent != "lookup_plate"


# --- what the car does told between its owner and its plate; a part dead, then its replacement ---------------------


def test_the_engine_light_told_before_the_plate_is_the_reason() -> None:
    p = _parse("La Tipo grigia del Moretti ha la spia del motore accesa, GT 402 LM: diagnosi lunedì alle 11.")
    assert_parsed(p, "book", {"plate": "GT402LM", "service": "diagnosis", "date": "2026-11-30", "time": "11:00"})


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("La Corsa dei Bassi, FB 927 DE: la batteria è scarica, sostituzione lunedì alle 2.", "battery"),
        ("La Polo di Ferri, EP 674 SY, le pastiglie sono finite: cambio venerdì alle 10.", "brakes"),
        ("La Fiesta, CX 808 BZ, le gomme sono lisce, cambio sabato alle 9.", "tyres"),
    ],
)
def test_a_part_told_dead_then_its_replacement_is_the_parts_booking(text: str, service: str) -> None:
    assert_parsed(_parse(text), "book", {"service": service})


@pytest.mark.parametrize(
    "text",
    [
        "La Polo di Ferri, EP 674 SY, la batteria è morta, lunedì alle 10.",  # no replacement asked
        "La Polo, EP 674 SY, le pastiglie sono finite, cambio gomme lunedì alle 9.",  # two jobs
        "La Polo, EP 674 SY, la batteria è morta, sostituzione lunedì?",  # asked
        "La Golf di Bassi ha il motore nuovo, EF 456 GH, diagnosi venerdì alle 10.",  # no trouble told
    ],
)
def test_a_part_dead_without_its_replacement_asked_is_not_booked(text: str) -> None:
    p = _parse(text)
    assert not (p.intent == "book" and p.handled), (p.reason, p.slots)


# --- the day settled later with the customer ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Revisione per la Punto di Ferri, EL 247 TZ, alle 9: il giorno lo sento con lui e ti faccio sapere.",
        "Cambio olio per la Yaris, CX 808 BZ, alle 3: la data la vedo col cliente.",
    ],
)
def test_the_day_to_be_settled_with_the_customer_is_asked(text: str) -> None:
    p = _parse(text)
    assert p.intent == "book" and not p.handled and p.reason == "missing:date", (p.reason, p.slots)


# --- the first free moment; the day's schedule by name -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Per sostituire le pastiglie alla Polo, EP 674 SY, qual è il primo momento libero?",
        "Il primo momento utile per un tagliando alla Yaris, CX 808 BZ?",
    ],
)
def test_the_first_free_moment_is_a_first_free_slot(text: str) -> None:
    assert_parsed(_parse(text), "first_free_slot", {})


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dimmi il programma di lunedì 30.", "2026-11-30"),
        ("Mi leggi il programma per domani?", "2026-11-26"),
    ],
)
def test_the_programme_of_a_day_is_its_appointments(text: str, day: str) -> None:
    assert_parsed(_parse(text), "day_appointments", {"date": day})


def test_programma_as_a_verb_is_no_agenda() -> None:
    assert _parse("Programma la revisione della Golf EF 456 GH lunedì alle 9.").intent != "day_appointments"


# --- the weather asked ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ascolta, sabato danno pioggia? Devo sapere se montare le gomme fuori.",
        "Che tempo fa domani? Così avviso chi deve cambiare le gomme.",
        "Ma venerdì nevica? Così chiamo quelli delle invernali.",
    ],
)
def test_the_weather_asked_is_refused(text: str) -> None:
    p = _parse(text)
    assert p.intent is None and not p.handled, (p.intent, p.reason)


def test_snow_tyres_are_no_weather() -> None:
    p = _parse("Montagli le gomme da neve sabato alle 9, la Panda AB 123 CD.")
    assert_parsed(p, "book", {"plate": "AB123CD", "service": "tyres"})


# --- as whisper writes them: "c'è l'ho", the schedule without its article, "e mattinata", "e e mezza" -----------------


def test_the_plate_not_to_hand_written_c_e_l_ho_is_asked() -> None:
    p = _parse("Revisione per la Golf di Bassi lunedì alle 10, la targa non c'è l'ho.")
    assert p.intent == "book" and not p.handled and p.reason == "missing:plate", (p.reason, p.slots)


def test_c_e_l_ho_said_of_the_request_stays_a_negation() -> None:
    p = _parse("Non c'è l'ho la revisione lunedì alle 10 per la Golf EF 456 GH.")
    assert not p.handled and p.reason == "out_of_scope:negation", (p.intent, p.reason)


@pytest.mark.parametrize(
    ("text", "day"),
    [("leggimi programma di sabato", "2026-11-28"), ("programma per il 30?", "2026-11-30"),
     ("Com'è la scaletta di domani?", "2026-11-26")],
)
def test_the_programme_without_its_article_with_its_day_is_the_agenda(text: str, day: str) -> None:
    assert_parsed(_parse(text), "day_appointments", {"date": day})


@pytest.mark.parametrize(
    "text",
    ["Il programma di manutenzione della Golf EF 456 GH.", "Dimmi il programma del 30."],  # no day read
)
def test_a_programme_without_a_day_read_is_no_agenda(text: str) -> None:
    assert _parse(text).intent != "day_appointments"


def test_e_mattinata_after_the_day_is_in_mattinata() -> None:
    p = _parse("martedì otto e mattinata c'è posto per una revisione?")
    assert_parsed(p, "first_free_slot", {"date": "2026-12-08", "service": "inspection"})


def test_the_hours_e_written_twice_is_said_once() -> None:
    p = _parse("Tagliando per la Polo, EP 674 SY, venerdì alle 4 e e mezza.")
    assert_parsed(p, "book", {"plate": "EP674SY", "time": "16:30"})


def test_two_e_letters_of_a_plate_stay_letters() -> None:
    assert "EE123AB" in plates_in("Di chi è la E E 123 AB?")
