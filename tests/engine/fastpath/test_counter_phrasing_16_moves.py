"""Move and cancel phrasing classes learnt from held-out set 16's Italian misses, tested on new sentences: the
caller named first with their article ("La Rinaldi ha chiamato: …", whisper writing the surname in lower case);
the customer's name said forgotten ("il nome non me lo ricordo": the vehicle asked, no negation). Heard as whisper
writes them: the pronoun of "mettila", "spostalo" written apart before a day ("metti la lunedì"), "spostalo" with
its "s" lost before a day ("postalo al lunedì"), a weekday with one sound lost or swapped ("venedì", "venet di
11"), "disdici il" voiceless and run together ("disticil"). What is an article, a name or a word of its own is
left as said; what stays negated is still refused. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, plates_in, slot
from tests.engine.fastpath.italian import parse_it as _parse


def _not_taken(text: str, intent: str) -> None:
    p = _parse(text)
    assert not (p.intent == intent and p.handled), (p.intent, p.reason, p.slots)


# --- the caller named first, with their article ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "customer", "intent", "want"),
    [
        ("La Rinaldi ha chiamato: giovedì non può. La revisione della Golf, EF 456 GH, spostala a lunedì alle 10.",
         "Rinaldi", "move", {"plate": "EF456GH", "old_date": "2026-11-26", "date": "2026-11-30", "time": "10:00"}),
        ("Il Brambilla ha telefonato, cancella il tagliando di venerdì della Punto, AB 123 CD.",
         "Brambilla", "cancel", {"plate": "AB123CD", "old_date": "2026-11-27"}),
        # whisper's lower case, no colon
        ("la rinaldi ha chiamato sabato non ce la fa, la batteria della yaris cx 808 bz spostala a martedì alle 9",
         "Rinaldi", "move", {"plate": "CX808BZ", "old_date": "2026-11-28", "date": "2026-12-01", "time": "09:00"}),
    ],
)  # fmt: skip
def test_the_caller_named_first_with_an_article_is_the_customer(
    text: str, customer: str, intent: str, want: dict[str, object]
) -> None:
    p = _parse(text)
    assert_parsed(p, intent, want)
    assert slot(p, "customer") == customer, p.slots


@pytest.mark.parametrize(
    "text",
    [
        # a known word before "ha chiamato" is nobody's name: the car, the mechanic
        "La Panda ha chiamato: sposta il tagliando di AB 123 CD a lunedì alle 9.",
        "Il meccanico ha chiamato: sposta il tagliando di AB 123 CD a lunedì alle 9.",
    ],
)
def test_a_known_word_before_ha_chiamato_is_no_caller(text: str) -> None:
    assert slot(_parse(text), "customer") is None


def test_the_caller_first_and_a_negated_request_stays_refused() -> None:
    _not_taken("La Rinaldi ha chiamato: non spostare la revisione di giovedì della Golf, EF 456 GH.", "move")


# --- the customer's name forgotten -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Togli l'appuntamento di sabato di quella signora con la Clio, il nome non me lo ricordo.",
        "Annulla la revisione di lunedì del ragazzo con la moto, il suo nome non me lo ricordo.",
        "Sposta a martedì il tagliando di giovedì di quel signore col Ducato, il cognome non lo so.",
    ],
)
def test_a_forgotten_name_asks_for_the_vehicle(text: str) -> None:
    p = _parse(text)
    assert p.intent in ("move", "cancel") and not p.handled and p.reason == "missing:plate", (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Il nome non me lo ricordo, non cancellare niente.",  # negated
        "Cancella la revisione di sabato, anzi no, lascia stare.",  # taken back
    ],
)
def test_a_forgotten_name_beside_a_negation_stays_refused(text: str) -> None:
    _not_taken(text, "cancel")


# --- the pronoun written apart before a day; "spostalo" with its "s" lost -------------------------------------


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("metti la giovedì alle 3", "mettila giovedi alle 3"),
        ("sposta lo a venerdì", "spostalo a venerdi"),
        ("passa la al sabato", "passala al sabato"),
        ("postala a martedì alle 9", "spostala a martedi alle 9"),
        ("postiamo a mercoledì", "spostiamo a mercoledi"),
    ],
)
def test_a_put_command_split_or_cut_before_a_day_is_put_back(heard: str, meant: str) -> None:
    assert heard_tokens(heard) == meant.split()


@pytest.mark.parametrize(
    "heard",
    [
        "metti la revisione lunedì",  # an article before its service
        "metti la domenica",  # "la domenica": every Sunday
        "postalo sul gruppo",  # no day after it
        "porta la macchina giovedì",  # the car brought
        "segna la domani",  # "segnala" would be another verb (to report)
    ],
)
def test_an_article_or_a_post_is_left_as_said(heard: str) -> None:
    assert heard_tokens(heard)[:2] == heard.split()[:2]


def test_a_short_reason_then_the_pronoun_written_apart_is_a_move() -> None:
    p = _parse("Bonetti giovedì non riesce: il cambio olio della Clio, FG 321 HJ, metti la venerdì, stessa ora.")
    assert_parsed(p, "move", {"plate": "FG321HJ", "old_date": "2026-11-26", "date": "2026-11-27"})


def test_a_short_reason_then_a_cut_spostalo_is_a_move() -> None:
    p = _parse("La Colombo sabato non ce la fa, la revisione della Punto AB 123 CD. Postala al martedì alle 10.")
    assert_parsed(p, "move", {"plate": "AB123CD", "old_date": "2026-11-28", "date": "2026-12-01", "time": "10:00"})


def test_a_short_reason_with_no_command_after_stays_refused() -> None:
    _not_taken("Bonetti giovedì non riesce: metti la revisione della Clio, FG 321 HJ.", "move")


# --- a weekday with one sound lost or swapped ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("quella di venedì 4", "quella di venerdi 4"),
        ("la revisione di giovet di 3", "la revisione di giovedi 3"),
        ("cancella quella di lunet di", "cancella quella di lunedi"),
        ("spostala a marteti", "spostala a martedi"),
    ],
)
def test_a_weekday_heard_with_one_sound_off_is_put_back(heard: str, meant: str) -> None:
    assert heard_tokens(heard) == meant.split()


@pytest.mark.parametrize(
    "heard",
    [
        "il signor venedi",  # a surname where no day is said
        "la venedi ha chiamato",  # a surname, no preposition nor date
        "la punto di venedi",  # whose car: a surname after "di"
    ],
)
def test_a_word_near_a_weekday_where_no_day_is_said_is_left(heard: str) -> None:
    assert heard_tokens(heard) == heard.split()


def test_a_weekday_heard_off_names_the_appointment_moved() -> None:
    p = _parse("Il tagliando della Golf, EF 456 GH, quello di venedì 27, spostalo a lunedì 30 alle 9.")
    assert_parsed(p, "move", {"plate": "EF456GH", "old_date": "2026-11-27", "date": "2026-11-30", "time": "09:00"})


# --- "disdici il" heard voiceless, run together ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("disticil tagliando di giovedì della punto AB 123 CD", {"plate": "AB123CD", "old_date": "2026-11-26"}),
        ("distici la revisione di venerdì, EF 456 GH", {"plate": "EF456GH", "old_date": "2026-11-27"}),
        ("disticcia il cambio olio di sabato della clio FG 321 HJ", {"plate": "FG321HJ", "old_date": "2026-11-28"}),
    ],
)
def test_disdici_heard_voiceless_is_a_cancellation(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "cancel", want)


@pytest.mark.parametrize(
    "text",
    [
        "disticil cancello del cortile",  # no appointment nor service after it
        "distici di Leopardi",  # poetry, no job
    ],
)
def test_disdici_heard_with_no_job_after_it_is_no_cancellation(text: str) -> None:
    _not_taken(text, "cancel")


# --- the Ypsilon named before its plate --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heard", "plate"),
    [
        ("annulla la revisione della ypsilon, fd 417 zetacca", "FD417ZH"),
        ("la ypsilon cb 902 kappa elle", "CB902KL"),
    ],
)
def test_the_ypsilon_after_its_article_is_the_car_not_a_letter(heard: str, plate: str) -> None:
    assert plates_in(heard) == [plate]


def test_ypsilon_with_no_letters_of_its_own_after_it_stays_the_plates_y() -> None:
    assert plates_in("la targa è ipsilon a 417 zetacca") == ["YA417ZH"]


# --- whose relative called -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Ha chiamato la moglie del Bertolini: la revisione della Golf, AB 123 CD, spostala da lunedì a martedì alle 10.",
         "Bertolini"),
        # whisper's lower case, its "ha" lost
        ("chiamato il figlio della ferrandi, il tagliando della clio FG 321 HJ da venerdì lo spostiamo a sabato alle 9",
         "Ferrandi"),
    ],
)  # fmt: skip
def test_the_relative_who_called_names_the_customer(text: str, customer: str) -> None:
    p = _parse(text)
    assert p.intent == "move" and p.handled, (p.reason, p.slots)
    assert slot(p, "customer") == customer, p.slots


def test_a_relative_is_no_misheard_word() -> None:
    said = "ha chiamato il marito della rossi"
    assert heard_tokens(said) == said.split()


def test_a_relative_of_a_known_word_is_no_customer() -> None:
    p = _parse("Ha chiamato il figlio della signora: sposta la revisione di AB 123 CD a martedì.")
    assert slot(p, "customer") is None


# --- a preposition before a pair that is also a letter's name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("annulla la revisione di EF 318 KM", "EF318KM"),
        ("sposta il tagliando di EL 902 TS a giovedì", "EL902TS"),
        ("la batteria da EM 118 RR a lunedì", "EM118RR"),
    ],
)
def test_di_before_a_pair_is_the_preposition(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_di_before_a_letter_name_said_whole_stays_a_d() -> None:
    assert plates_in("la targa è di effe 318 kappa emme") == ["DF318KM"]
