"""Set 46 as whisper heard it (spoken, not typed): a verb or a service's word misheard ("Distici, cambio olio" with no article, "Puttami",
"Peno tami", "conferma yellow", "a bisogno dettagliando"), the day told later's "lei" heard as the article ("me lo
conferma la istasera"), a day's number split in two before its month ("lunedì venti due marzo"), the channel's "via"
heard "Vigia" before "email", and two plate letters of the spelling alphabets ("tango celli": Charlie, "Yao":
Yacht). The sentences below are new; the negatives keep what must not be read so."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it, plates_in, slot


@pytest.mark.parametrize(
    "text",
    [
        "Distici, cambio olio della AB 123 CD di giovedì",
        "distici revisione della AB 123 CD di giovedì, il cliente non viene più",
        "Disticci tagliando della AB 123 CD di giovedì",
    ],
)
def test_disdici_heard_voiceless_with_no_article_before_the_service(text: str) -> None:
    assert_parsed(parse_it(text), "cancel", {"plate": "AB123CD", "old_date": "2026-11-26"})


@pytest.mark.parametrize("text", ["distici di Leopardi", "distici e sonetti della AB 123 CD"])
def test_distici_before_no_service_is_no_cancel(text: str) -> None:
    assert parse_it(text).intent != "cancel"


def test_olio_heard_with_an_h() -> None:
    assert slot(parse_it("Disticil cambio oliho della AB 123 CD di giovedì"), "service") == "oil_change"


@pytest.mark.parametrize(
    "text",
    [
        "Puttami dentro la AB 123 CD per la revisione giovedì alle 10",
        "Guttami dentro la AB 123 CD per un tagliando giovedì alle 10",
        "Peno tami una revisione per la AB 123 CD giovedì alle 10",
        "Pleno tami un tagliando per la AB 123 CD giovedì alle 10",
    ],
)
def test_booking_verb_heard_with_its_first_sound_changed_or_cut(text: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "AB123CD", "date": "2026-11-26", "time": "10:00"})


@pytest.mark.parametrize("heard", ["dettagliando", "detallando", "detagliando"])
def test_del_tagliando_run_onto_the_service_after_bisogno(heard: str) -> None:
    p = parse_it(f"La AB 123 CD a bisogno {heard}, inseriscila giovedì alle 10")
    assert_parsed(p, "book", {"plate": "AB123CD", "service": "service", "time": "10:00"})


def test_dettagliando_is_a_verb_anywhere_else() -> None:
    assert parse_it("sto dettagliando il preventivo della AB 123 CD").intent != "book"


@pytest.mark.parametrize(
    "text",
    [
        "Cambio olio per la AB 123 CD alle 10, il giorno me lo conferma la istasera",
        "Tagliando per la AB 123 CD alle 10: il giorno ce lo dice la domani",
        "Revisione per la AB 123 CD alle 10, il giorno me lo conferma la stasera",
    ],
)
def test_the_day_told_later_with_lei_heard_as_la(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.slots["plate"] == "AB123CD" and "date" not in p.slots, (p.reason, p.slots)
    assert p.reason == "missing:date"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Leggimi la scaletta di lunedì venti due marzo", "2027-03-22"),
        ("chi arriva domenica venti otto febbraio?", "2027-02-28"),
        ("chi arriva giovedì trenta uno dicembre?", "2026-12-31"),
        ("chi arriva sabato di cian nove dicembre?", "2026-12-19"),
    ],
)
def test_a_day_number_split_in_two_before_its_month(text: str, day: str) -> None:
    assert slot(parse_it(text), "date") == day


def test_a_number_split_in_two_is_left_alone_without_a_month() -> None:
    p = parse_it("prenota un tagliando per la AB 123 CD giovedì alle venti due")
    assert p.slots.get("date") in (None, "2026-11-26")


@pytest.mark.parametrize(
    "text",
    [
        "Conferma yellow con un SMS il tagliando della AB 123 CD di giovedì",
        "manda yellow via SMS, la conferma del tagliando della AB 123 CD di giovedì",
    ],
)
def test_confermaglielo_heard_as_yellow(text: str) -> None:
    assert_parsed(parse_it(text), "send_confirmation", {"plate": "AB123CD", "channel": "sms"})


def test_the_confirmation_heard_as_yellow_after_a_booking() -> None:
    p = parse_it("Riservami la AB 123 CD per il tagliando giovedì alle 9 e poi conferma yellow con un SMS")
    assert [part.intent for part in p.parts] == ["book", "send_confirmation"], (p.intent, p.reason, p.parts)


@pytest.mark.parametrize("via", ["Vigia Emael", "Vicia Emae", "vigia email"])
def test_via_heard_vigia_before_the_mail(via: str) -> None:
    p = parse_it(f"ricorda di {via} alla AB 123 CD il tagliando, la mattina prima alle 9")
    assert p.intent == "send_reminder" and p.slots.get("channel") == "email", (p.reason, p.slots)


def test_vigia_alone_is_no_channel() -> None:
    assert parse_it("la vigia di Natale").intent is None


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Echo Romeo 464 Tango celli", "ER464TC"),
        ("Alfa Bravo 123 ciarli Delta", "AB123CD"),
        ("Bravo Romeo 577 Tango sciarli", "BR577TC"),
    ],
)
def test_charlie_heard_the_italian_way_beside_a_nato_word(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_celli_alone_is_a_surname() -> None:
    p = parse_it("la Panda di Celli, AB 123 CD, tagliando domani alle 9")
    assert p.slots["plate"] == "AB123CD" and p.slots.get("customer") == "Celli"


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("filenzeroma 541-Yao, filenze", "FR541YF"),
        ("Firenze Roma 541 Yao Firenze", "FR541YF"),
        ("Genova Torino 208 Yao Savona", "GT208YS"),
    ],
)
def test_yacht_heard_yao_beside_a_city_word(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_yao_away_from_the_city_alphabet_is_no_letter() -> None:
    assert plates_in("la Xiao Yao di Rossi, AB 123 CD") == ["AB123CD"]


@pytest.mark.parametrize(
    "text",
    [
        "Una semia oste di conferma a Rossi per la AB 123 CD di giovedì",
        "manda un semia esse di conferma per la AB 123 CD di giovedì",
    ],
)
def test_sms_heard_semia_oste(text: str) -> None:
    assert_parsed(parse_it(text), "send_confirmation", {"plate": "AB123CD", "channel": "sms"})


def test_oste_alone_is_a_word() -> None:
    assert parse_it("l'oste della trattoria ha la AB 123 CD").slots.get("channel") is None
