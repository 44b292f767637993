"""Move and cancel phrasing classes learnt from held-out set 15's Italian misses, tested on new sentences: the
appointment itself taken off ("leva l'appuntamento di …"); the caller named after "ha chiamato" or by first name
and surname before "non può"; the job's day said "dell'11"; "lo mettiamo / me la porti a <day>" with the day the
appointment had said before; the C-HR written with its hyphen; the new day told when the customer calls back
(asked). Heard as whisper writes them: "lunedì" run into the article ("all'unedì"),
the pronouns run onto the verb ("melaportia venerdì"). What stays negated, asked, conditional or told is still
refused or asked. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, slot
from tests.engine.fastpath.italian import parse_it as _parse


def _not_taken(text: str, intent: str) -> None:
    p = _parse(text)
    assert not (p.intent == intent and p.handled), (p.intent, p.reason, p.slots)


# --- the appointment itself taken off --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Leva l'appuntamento di giovedì della Panda, AB 123 CD, non viene più.",
         {"plate": "AB123CD", "old_date": "2026-11-26"}),
        ("Il Ferri ha disdetto: toglimi la prenotazione di lunedì della Golf, EF 456 GH.",
         {"plate": "EF456GH", "old_date": "2026-11-30"}),
        ("Togli l'appuntamento di venerdì 27 del Ducato, CS 981 VA.", {"plate": "CS981VA", "old_date": "2026-11-27"}),
    ],
)  # fmt: skip
def test_the_appointment_taken_off_is_a_cancellation(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "cancel", want)


@pytest.mark.parametrize(
    "text",
    [
        "Leva la batteria alla Panda, AB 123 CD, e mettila in carica.",  # the part off the car
        "Non levare l'appuntamento di lunedì della Panda, AB 123 CD.",  # negated
        "Togli l'appuntamento di lunedì della Golf, EF 456 GH? No, lascialo.",  # taken back
    ],
)
def test_a_part_taken_off_or_the_appointment_kept_is_no_cancellation(text: str) -> None:
    _not_taken(text, "cancel")


# --- the caller named ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "customer", "want"),
    [
        ("La Rita Ferrandi domani mattina non ce la fa: sposta il tagliando della Panda, AB 123 CD, a venerdì alle 9.",
         "Rita Ferrandi", {"old_date": "2026-11-26", "date": "2026-11-27", "time": "09:00"}),
        ("Il Bruno Zanetti, lunedì, non può: la diagnosi della Golf, EF 456 GH, spostala a martedì alle 10.",
         "Bruno Zanetti", {"old_date": "2026-11-30", "date": "2026-12-01", "time": "10:00"}),
        ("Mi ha telefonato il Bortolin: annulla la revisione di lunedì della Golf, EF 456 GH.",
         "Bortolin", {"plate": "EF456GH", "old_date": "2026-11-30"}),
        ("Ha chiamato la Ferrandi: la batteria di giovedì della Yaris, CX 808 BZ, spostala a sabato alle 11.",
         "Ferrandi", {"plate": "CX808BZ", "date": "2026-11-28"}),
    ],
)  # fmt: skip
def test_the_caller_named_is_the_customer(text: str, customer: str, want: dict[str, object]) -> None:
    p = _parse(text)
    assert_parsed(p, p.intent or "", want)
    assert p.intent in ("move", "cancel") and slot(p, "customer") == customer, p.slots


def test_a_car_said_before_non_puo_is_no_caller() -> None:
    p = _parse("La Panda Rossa venerdì non può: sposta il tagliando di AB 123 CD a lunedì alle 9.")
    assert_parsed(p, "move", {"plate": "AB123CD", "old_date": "2026-11-27", "date": "2026-11-30"})
    assert "customer" not in p.slots


# --- the job's day said "dell'11" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent", "want"),
    [
        ("La revisione dell'8 della Panda, AB 123 CD, spostala a venerdì alle 9.", "move",
         {"old_date": "2026-12-08", "date": "2026-11-27", "time": "09:00"}),
        ("Annulla il tagliando dell'11 della Golf, EF 456 GH.", "cancel", {"old_date": "2026-12-11"}),
        ("Le pastiglie dell'otto della Yaris, CX 808 BZ, le vuole fare prima: mettile giovedì alle 3.", "move",
         {"old_date": "2026-12-08", "date": "2026-11-26", "time": "15:00"}),
    ],
)  # fmt: skip
def test_the_jobs_day_said_with_dell_is_its_day(text: str, intent: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), intent, want)


def test_a_day_with_its_month_after_dell_is_read_with_the_month() -> None:
    assert_parsed(_parse("Annulla il tagliando dell'11 dicembre della Golf, EF 456 GH."), "cancel",
                  {"old_date": "2026-12-11"})  # fmt: skip


# --- "lo mettiamo / me la porti a <day>", the day it had said before ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("La revisione della Golf, EF 456 GH, da lunedì 30 la mettiamo a martedì 1, stessa ora.",
         {"old_date": "2026-11-30", "date": "2026-12-01"}),
        ("Il tagliando di lunedì della Golf, EF 456 GH, me lo porti a giovedì alle 10?",
         {"old_date": "2026-11-30", "date": "2026-11-26", "time": "10:00"}),
        ("Il cambio olio di domani della Yaris, CX 808 BZ, lo portiamo a sabato alle 9.",
         {"old_date": "2026-11-26", "date": "2026-11-28", "time": "09:00"}),
        ("La batteria di lunedì della Panda, AB 123 CD, mettila venerdì alle 9.",
         {"old_date": "2026-11-30", "date": "2026-11-27", "time": "09:00"}),
    ],
)  # fmt: skip
def test_put_or_carried_to_another_day_with_its_day_before_is_a_move(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "move", want)


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando della Golf, EF 456 GH, lo mettiamo a venerdì alle 9.",  # no day it had: a booking
        "La batteria della Panda, AB 123 CD, mettila venerdì alle 9.",  # a booking too
        "La Panda, AB 123 CD, me la porti a venerdì alle 3?",  # no appointment named
        "Il tagliando di lunedì della Golf, EF 456 GH, non lo mettiamo a martedì.",  # negated
        "Il tagliando della Golf, EF 456 GH, la porti a casa tu?",  # the car taken home
    ],
)
def test_put_with_no_day_it_had_or_negated_is_no_move(text: str) -> None:
    _not_taken(text, "move")


# --- the C-HR written with its hyphen --------------------------------------------------------------------------


def test_the_c_hr_with_its_hyphen_is_the_model_not_the_plates_letters() -> None:
    p = _parse("Annulla la diagnosi di venerdì della C-HR, GB 617 TZ.")
    assert_parsed(p, "cancel", {"plate": "GB617TZ", "model": "C-HR", "old_date": "2026-11-27"})


def test_a_plate_written_with_hyphens_is_still_split() -> None:
    assert_parsed(_parse("Annulla il tagliando di venerdì della GB-617-TZ."), "cancel", {"plate": "GB617TZ"})


# --- the new day told when the customer calls back: asked ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando di lunedì della Golf, EF 456 GH, lo spostiamo: il giorno te lo dico quando mi richiama.",
        "La Bassi venerdì non può per la revisione della Yaris, CX 808 BZ: la spostiamo, la data te la dico "
        "appena la sento.",
    ],
)
def test_the_day_told_when_called_back_is_asked(text: str) -> None:
    p = _parse(text)
    assert p.intent == "move" and not p.handled and p.reason == "missing:date", (p.intent, p.reason, p.slots)


def test_a_call_to_make_stays_refused() -> None:
    p = _parse("Richiama la Rossi quando ti chiama per il tagliando della Golf, EF 456 GH.")
    assert not p.handled and p.reason == "out_of_scope:unsupported_action", (p.intent, p.reason)


# --- heard as whisper writes them ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("rimandala all'unedì 7", ["rimandala", "al", "lunedi", "7"]),
        ("anticipala all'UNED-14 alle 9", ["anticipala", "al", "lunedi", "14", "alle", "9"]),
        ("spostalo dall'unedì al martedì", ["spostalo", "dal", "lunedi", "al", "martedi"]),
    ],
)
def test_lunedi_run_into_its_article_is_put_back(heard: str, want: list[str]) -> None:
    assert heard_tokens(heard) == want


@pytest.mark.parametrize("heard", ["vado all'unità", "dell'uso", "nell'ufficio"])
def test_a_word_after_an_elided_article_stays(heard: str) -> None:
    assert heard_tokens(heard)[-1] in ("unita", "uso", "ufficio")


def test_a_move_heard_with_lunedi_run_into_its_article() -> None:
    p = _parse("la revisione di mercoledì 9 della Golf, EF 456 GH, rimandala all'unedì 14 alle 10")
    assert_parsed(p, "move", {"old_date": "2026-12-09", "date": "2026-12-14", "time": "10:00"})


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("melaportia giovedì", ["me", "la", "porti", "a", "giovedi"]),
        ("melaporti a sabato", ["me", "la", "porti", "a", "sabato"]),
        ("gliela portiamo a martedì", ["gliela", "portiamo", "a", "martedi"]),
    ],
)
def test_pronouns_run_onto_the_verb_are_put_back_before_a_day(heard: str, want: list[str]) -> None:
    assert heard_tokens(heard) == want


def test_pronouns_run_onto_the_verb_stay_with_no_day_after() -> None:
    assert "melaporti" in heard_tokens("melaporti domani")


def test_a_move_heard_with_its_pronouns_run_on() -> None:
    p = _parse("il tagliando di lunedì della Golf, EF 456 GH, melaportia giovedì alle dieci")
    assert_parsed(p, "move", {"old_date": "2026-11-30", "date": "2026-11-26", "time": "10:00"})


# --- the appointment a reason is said of, its vehicle named by a word no table knows --------------------------


def test_a_reason_of_a_job_on_a_vehicle_heard_unknown_is_no_negation() -> None:
    p = _parse("Martedì non può per la revisione della Tonalo, EF 456 GH: spostala a venerdì alle 9.")
    assert_parsed(p, "move", {"plate": "EF456GH", "old_date": "2026-12-01", "date": "2026-11-27", "time": "09:00"})


@pytest.mark.parametrize(
    "text",
    [
        "Martedì non può per la revisione della Tonalo Rossa Scura, EF 456 GH: spostala a venerdì alle 9.",
        "Martedì non può per la revisione della Tonalo, EF 456 GH: non spostarla.",
    ],
)
def test_more_unknown_words_or_a_negated_command_stay_a_negation(text: str) -> None:
    p = _parse(text)
    assert not p.handled and p.reason == "out_of_scope:negation", (p.intent, p.reason)


# --- "annulla il", "cancella i" heard as one word -------------------------------------------------------------


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("Nullai tagliando di lunedì della Golf, EF 456 GH.", {"plate": "EF456GH", "old_date": "2026-11-30"}),
        ("Annollail cambio olio di venerdì della Yaris, CX 808 BZ.", {"plate": "CX808BZ", "old_date": "2026-11-27"}),
        ("Ancelai freni di domani della Panda, AB 123 CD.", {"plate": "AB123CD", "old_date": "2026-11-26"}),
        ("Allora, annullai appuntamento di sabato del Doblò, CS 981 VA.",
         {"plate": "CS981VA", "old_date": "2026-11-28"}),
    ],
)  # fmt: skip
def test_the_cancel_verb_run_onto_its_article_is_put_back(heard: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(heard), "cancel", want)


@pytest.mark.parametrize(
    "heard",
    [
        "Nullai amici miei, il tagliando della Golf, EF 456 GH.",  # no service or appointment right after
        "Il tagliando della Golf, EF 456 GH, nullai di lunedì.",  # not where the request starts
    ],
)
def test_a_run_on_word_not_before_the_job_or_not_first_is_no_cancellation(heard: str) -> None:
    _not_taken(heard, "cancel")


# --- whose car it is not remembered: the plate asked ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Il signore di giovedì alle 9 ha disdetto, non so come si chiama: cancellalo.",
        "Annulla la revisione di lunedì, non mi ricordo chi era.",
    ],
)
def test_whose_car_not_remembered_drops_the_plate_not_the_cancellation(text: str) -> None:
    p = _parse(text)
    assert p.intent == "cancel" and p.reason is None and "plate" not in p.slots, (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    ["Non so chi era, ma non annullare niente.", "Non mi ricordo chi era, non spostare il tagliando di lunedì."],
)
def test_whose_car_not_remembered_keeps_a_negation(text: str) -> None:
    assert _parse(text).reason == "out_of_scope:negation"


# --- the customer's own day said last, as why ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Il tagliando di giovedì della Golf, EF 456 GH, spostalo a lunedì alle 10, che giovedì lavora.",
         {"old_date": "2026-11-26", "date": "2026-11-30", "time": "10:00"}),
        ("La revisione di domani della Yaris, CX 808 BZ, rimandala a sabato alle 9, che domani è fuori per lavoro.",
         {"old_date": "2026-11-26", "date": "2026-11-28", "time": "09:00"}),
    ],
)  # fmt: skip
def test_the_customers_own_day_said_last_is_no_day_of_the_move(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "move", want)


@pytest.mark.parametrize(
    "text",
    [
        "Sposta il tagliando della Golf, EF 456 GH, a lunedì, che domani è a Milano: e annulla la revisione.",
        "Sposta il tagliando della Golf, EF 456 GH, a lunedì, che domani e dopodomani non può.",
    ],
)
def test_another_action_or_a_negation_after_the_customers_day_is_not_taken(text: str) -> None:
    assert not _parse(text).handled
