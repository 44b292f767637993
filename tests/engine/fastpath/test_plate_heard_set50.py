"""Plates and words whisper wrote otherwise in set 50, spoken: two letter names written as two consonants and the
second's "i" ("gti" for gi ti), the digit "uno" written as an elided article ("un'o"), the hour's "alle" written in two
("al le 3"), "fagli" heard "fasi" before "avere", an "e" opening the request (no second action joined), and more
below. Each only where a plate's run or the request's shape says so; the same words elsewhere stay words."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it, plates_in, slot


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("La Zele rossa dello Scarcella, gti 957 i lunga elle, cambio gomme", "GT957JL"),
        ("la Panda, bdi 321 zr, revisione", "BD321ZR"),
        ("la Punto, fti 482 mn", "FT482MN"),
        ("il furgone, cpi 110 ab, tagliando", "CP110AB"),
    ],
)  # fmt: skip
def test_two_names_written_with_the_seconds_i(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_gti_of_a_golf_is_no_plate() -> None:
    assert plates_in("la Golf GTI rossa per il tagliando") == []
    assert plates_in("la Golf GTI, AB 123 CD, tagliando") == ["AB123CD"]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("La Crown di Iacobelli, Firenze sarà un'o nove nove giolli torino, l'olio", "FZ199JT"),
        ("la Panda AB un'o 2 3 CD", "AB123CD"),
        ("la Clio, EF 4 un'o 5 GH", "EF415GH"),
    ],
)  # fmt: skip
def test_uno_written_as_an_elided_article(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["tra un'ora, AB 123 CD", "un'officina di Milano", "facciamo un'offerta"])
def test_elided_un_before_a_word_stays_the_article(text: str) -> None:
    assert "uno" not in heard_tokens(text)


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("prenota il tagliando per la FZ199JT giovedì 3 dicembre, al le 3 e mezza de pomeriggio", "15:30"),
        ("prenota il tagliando per la FZ199JT giovedì al le 9", "09:00"),
        ("segnami la revisione della FZ199JT domani al le dieci", "10:00"),
    ],
)  # fmt: skip
def test_alle_written_in_two(text: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "FZ199JT", "time": time})


def test_al_le_before_no_hour_is_left() -> None:
    assert "alle" not in heard_tokens("portala al le officine di Rossi")


@pytest.mark.parametrize(
    "text",
    [
        "la GZ329TF, tagliando martedì 22 dicembre alle due, e poi fasi avere la conferma",
        "la GZ329TF, tagliando martedì 22 dicembre alle due, e poi mandasi la conferma",
        "la GZ329TF, fasi il tagliando martedì 22 dicembre alle due",
    ],
)
def test_gli_heard_si_on_a_command(text: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "GZ329TF", "date": "2026-12-22", "time": "14:00"})


@pytest.mark.parametrize("text", ["le fasi del tagliando della GZ329TF", "le fasi avere un senso"])
def test_fasi_as_phases_stays(text: str) -> None:
    assert "fagli" not in heard_tokens(text)


def test_e_opening_the_request_joins_no_second_action() -> None:
    p = parse_it("E ligle blu di Nikota, GC124VA incastrami un cambio gomme martedì 12 gennaio alle 10 e mezza")
    assert p.reason is None or not p.reason.startswith("unknown_action"), p.reason


def test_e_after_a_first_action_still_joins_an_unknown_one() -> None:
    p = parse_it("prenota il tagliando per la GC124VA martedì alle 10 e lavala bene")
    assert p.reason == "unknown_action:lavala", p.reason


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("scrivi in agenda la DG877LT, ricarica dell'Ariia condizionata mercoledì 20 gennaio alle 11 e mezza", "aircon"),
        ("cambio dell'oliio per la DG877LT domani alle 9", "oil_change"),
    ],
)  # fmt: skip
def test_a_short_words_vowel_written_twice(text: str, service: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "DG877LT", "service": service})


@pytest.mark.parametrize("text", ["le idee della DG877LT", "lo zoo di Rossi"])
def test_a_doubled_vowel_of_a_word_stays(text: str) -> None:
    tokens = heard_tokens(text)
    assert "idee" in tokens or "zoo" in tokens


@pytest.mark.parametrize(
    "text",
    [
        "Casa L'Adeaniozi di venerdì 7 maggio della Varzina, DK 358 DY",
        "Casa la revisione della Panda AB 123 CD",
        "Casa la diagnosi di giovedì della DK358DY",
    ],
)
def test_cassa_heard_casa_opening_the_request(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel", (p.reason, p.slots)


@pytest.mark.parametrize("text", ["a casa la revisione la fa Rossi", "la casa di Rossi", "Casa mia è lontana"])
def test_casa_elsewhere_is_home(text: str) -> None:
    assert "cassa" not in " ".join(heard_tokens(text))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Casa L'Adeaniozi di venerdì 7 maggio", ["diagnosi", "di", "venerdi"]),
        ("segnami l'adeaniose domani", ["diagnosi", "domani"]),
    ],
)  # fmt: skip
def test_diagnosi_heard_with_its_article_run_on(text: str, said: list[str]) -> None:
    tokens = heard_tokens(text)
    at = tokens.index("diagnosi")
    assert tokens[at : at + len(said)] == said


@pytest.mark.parametrize(
    "text",
    [
        "Toida al calendario le gomme della FG571FV",
        "toglida al calendario la revisione della FG571FV",
        "toida all'agenda le gomme della FG571FV",
    ],
)
def test_togli_dal_heard_toida_al(text: str) -> None:
    assert heard_tokens(text)[:2] in (["togli", "dal"], ["togli", "dall"])


@pytest.mark.parametrize(
    "text",
    [
        "Fambi vedere la chronologia degli intelligenti sull'Aigle, GC 1 2 4 VA",
        "fammi vedere lo storico degli intelligenti della GC124VA",
    ],
)
def test_interventi_heard_intelligenti_after_a_list(text: str) -> None:
    assert "interventi" in heard_tokens(text)


def test_intelligenti_elsewhere_stays() -> None:
    assert "intelligenti" in heard_tokens("i clienti più intelligenti prenotano prima")


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la targa Golf tangonove 5 sette juliet lima, chi è", "GT957JL"),
        ("la targa Golf tango 9 5 setteggiuli lima, chi è", "GT957JL"),
        ("la targa alfa bravo 1 2 treecho delta", "AB123ED"),
        ("la targa delta limauno 2 3 bravo charlie", "DL123BC"),
    ],
)  # fmt: skip
def test_nato_word_and_digit_run_together(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["la signora Giuli ha chiamato", "setteggiuli", "il golf di tango"])
def test_giuli_alone_is_no_letter(text: str) -> None:
    assert plates_in(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Zoccarato col Robur, e ti novecentotantotto zm: il tagliando", "ET988ZM"),
        ("la Panda, AB duecentotrentaquatro CD", "AB234CD"),
        ("la Panda, AB cinquecentosete CD", "AB507CD"),
    ],
)  # fmt: skip
def test_hundreds_heard_with_a_double_consonant_single(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Soccarato con robur, ettinovecentotantotto zm, il tagliando", "ET988ZM"),
        ("la Panda, dikappatrecentocinquantotto di ipsilon", "DK358DY"),
        ("la Jet, gizetatrecentoventinove ti effe", "GZ329TF"),
    ],
)  # fmt: skip
def test_two_names_run_onto_the_hundreds(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["sono trecentocinquanta euro", "il centocinquanta", "apricentoventi", "cento euro"])
def test_hundreds_alone_are_no_plate(text: str) -> None:
    assert plates_in(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("A grey Weizhi has been sitting in our bay all week. Play Delta Golf 877 Lima Tango, who's it?", "DG877LT"),
        ("Plate AB 123 CD, who's it?", "AB123CD"),
        ("the white Panda, AB 123 CD, who's it?", "AB123CD"),
    ],
)  # fmt: skip
def test_whose_is_it_heard_whos_it(text: str, plate: str) -> None:
    assert_parsed(parse_en(text), "lookup_plate", {"plate": plate})


def test_whos_it_for_is_left() -> None:
    assert "whose" not in heard_tokens("the Panda AB 123 CD, who's it for?")


@pytest.mark.parametrize(
    "text",
    [
        "Chiarenza dice che la Hornet è frana male, pastiglie freni, lunedì 14 dicembre alle 9, FG 571 FV",
        "la Panda AB 123 CD frana poco, pastiglie freni lunedì alle 9",
    ],
)
def test_frena_heard_frana(text: str) -> None:
    assert "frena" in heard_tokens(text)


def test_frana_alone_stays() -> None:
    assert "frana" in heard_tokens("c'è una frana sulla strada, arrivo tardi")


def test_nato_word_echoed_after_the_plate_is_no_car() -> None:
    p = parse_en("Send Mr Buttafuoco an SMS confirming the Varzina, Delta Kilo 358 Delta Yankee Delta")
    assert p.slots.get("plate") == "DK358DY"
    assert (p.slots.get("vehicle_description") or {}).get("model") != "Delta", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "confirm the booking of Delta Kilo 358 Delta Yankee, the Golf",
        "text Mr Buttafuoco confirming the Golf, Delta Kilo 358 Delta Yankee",
    ],
)
def test_a_car_named_beside_a_nato_plate_stays(text: str) -> None:
    assert slot(parse_en(text), "model") == "Golf"
