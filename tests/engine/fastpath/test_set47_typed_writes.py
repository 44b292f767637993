"""Set 47's typed writes said whole that were refused or misread: "aggiungi in agenda" and "apri un appuntamento"
book (with "e avvisalo con un SMS di conferma" the confirmation after it); "non alle 10 ma alle 4" corrects the
hour; "che era martedì 30 marzo" names the day the job had; "ci sarebbe da fare" is the job due; "il primo momento
che si libera" the first free slot; room asked with "vedi se ci sta" or for a supposed customer is a read; "'s
after a service" a booking told of the customer; "c'è da togliere un appuntamento" a cancellation. And what must
stay none of these."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it, slot


@pytest.mark.parametrize(
    "text",
    [
        "Aggiungi in agenda la Roadaplane rossa della Marzocchi, FH 306 VN, per la revisione lunedì 8 febbraio alle 4 "
        "e mezza del pomeriggio.",
        "Aggiungimi in agenda la Panda AB 123 CD per il tagliando lunedì alle 4.",
        "Apri un appuntamento per il cambio gomme della Panda AB 123 CD, sabato 12 dicembre alle 8 e mezza.",
        "Apri un appuntamento per il cambio gomme della Panda AB 123 CD, sabato 12 dicembre alle 8 e mezza, e "
        "avvisalo con un SMS di conferma.",
        "Prenota il tagliando della Panda AB 123 CD, sabato 12 dicembre alle 9, e avvisala via WhatsApp con la "
        "conferma.",
    ],
)
def test_added_or_opened_books(text: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "AB123CD"} if "AB 123 CD" in text else {})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Apri l'agenda di lunedì.", "day_appointments"),
        ("Prenota il tagliando della Panda AB 123 CD, sabato 12 dicembre alle 9, e avvisalo che è pronta.", None),
        ("Avvisalo della conferma del ricambio per la Panda AB 123 CD.", None),
    ],
)
def test_agenda_opened_or_notice_alone_books_nothing(text: str, intent: str | None) -> None:
    assert parse_it(text).intent == intent


@pytest.mark.parametrize(
    ("text", "intent", "time"),
    [
        ("Cambia l'ora al Devrim di Pappalepore, DZ 647 VN: le pastiglie di mercoledì 31 marzo non alle 10 ma alle "
         "4 del pomeriggio.", "move", "16:00"),
        ("Sposta il tagliando della Panda AB 123 CD di venerdì: non alle 10 ma alle 4.", "move", "16:00"),
        ("Prenota il tagliando della Panda AB 123 CD venerdì non alle 9 ma alle 11.", "book", "11:00"),
    ],
)
def test_hour_set_aside_by_non_ma(text: str, intent: str, time: str) -> None:
    p = parse_it(text)
    assert_parsed(p, intent, {"time": time})
    if intent == "move":
        assert p.slots.get("old_time") in ("10:00",), p.slots


def test_non_ma_before_anything_else_stays_refused() -> None:
    assert parse_it("Prenota il tagliando della Panda AB 123 CD venerdì, non alle 10 ma più tardi.").intent is None


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("La Sgherri vorrebbe venire prima: il cambio gomme della Uirapuru, EK 2 2 9 HX, che era martedì 30 marzo, "
         "mettilo a venerdì 19 marzo alle 3 e mezza del pomeriggio.", "2027-03-30", "2027-03-19"),
        ("Il tagliando della Panda AB 123 CD che era per lunedì 30 novembre mettilo a mercoledì 2 dicembre alle 9.",
         "2026-11-30", "2026-12-02"),
    ],
)
def test_day_it_was_names_the_old_one(text: str, old: str, new: str) -> None:
    p = parse_it(text)
    assert p.intent == "move", (p.reason, p.slots)
    assert (p.slots.get("old_date"), p.slots.get("date")) == (old, new)


def test_was_with_no_day_is_no_move() -> None:
    assert parse_it("La Panda AB 123 CD, che era rossa, mettila venerdì alle 9 per il tagliando.").intent == "book"


@pytest.mark.parametrize(
    "text",
    [
        "Ci sarebbe da fare il tagliando alla Uirapuru beige della Sgherri, EK 229 HX, giovedì 17 dicembre nel "
        "pomeriggio.",
        "Ci sarebbe da fare la revisione alla Panda AB 123 CD venerdì alle 9.",
    ],
)
def test_would_be_to_do_books(text: str) -> None:
    assert_parsed(parse_it(text), "book", {})


def test_would_be_to_do_without_a_job_books_nothing() -> None:
    assert parse_it("Ci sarebbe da fare un giro di telefonate domani.").intent != "book"


@pytest.mark.parametrize(
    "text",
    [
        "Al Greif nero di Cavicchioli, GY 193 GG, serve il cambio olio: il primo momento che si libera, prenotalo.",
        "Tagliando per la Panda AB 123 CD, il primo posto che si libera mettilo lì.",
    ],
)
def test_first_that_frees_up_booked(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {})
    assert p.slots.get("first_free") is True


@pytest.mark.parametrize(
    "text",
    [
        "Qual è il primo giorno che si libera per una revisione?",
        "Un tagliando lunedì 14 dicembre dopo pranzo: vedi se ci sta da qualche parte.",
        "Guarda se c'è posto giovedì mattina per una revisione.",
        "Se uno volesse fare la revisione giovedì 10 dicembre, di mattina, ce la facciamo a trovargli posto?",
        "Se un cliente volesse le pastiglie domani pomeriggio, riusciamo a trovargli un posto?",
    ],
)
def test_room_asked_is_the_first_free_slot(text: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {})


@pytest.mark.parametrize(
    "text",
    [
        "Un tagliando per la Panda AB 123 CD lunedì alle 9: vedi se ci sta e prenotalo.",
        "Se uno volesse fare la revisione giovedì alle 9, prenotala.",
    ],
)
def test_room_asked_with_a_write_stays_a_condition(text: str) -> None:
    assert parse_it(text).intent is None


@pytest.mark.parametrize(
    "text",
    [
        "Mr Buzzichelli's after a service for the Emzoom, Golf Bravo 4 1 9 Victor Hotel, Tuesday the 9th of February, "
        "half 10 if you can.",
        "Mrs Rossi is looking for an MOT on the Panda, AB 123 CD, Friday at 9.",
    ],
)
def test_customer_after_a_job_is_a_booking_said_back(text: str) -> None:
    p = parse_en(text)
    assert_parsed(p, "book", {})
    assert p.careful, p


def test_after_a_crash_books_no_job() -> None:
    p = parse_en("The Panda AB 123 CD is after a crash, can you look at it Friday at 9?")
    assert not (p.intent == "book" and p.handled), (p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("C'è da togliere il tagliando di venerdì della Panda AB 123 CD.", "cancel"),
        ("C'è da cancellare l'appuntamento di giovedì 1 aprile della macchina marrone.", "cancel"),
        ("C'è da togliere le gomme alla Panda AB 123 CD venerdì alle 9.", "book"),  # the tyres' job
    ],
)
def test_to_be_taken_off(text: str, intent: str) -> None:
    assert parse_it(text).intent == intent


def test_service_slot_kept() -> None:
    assert slot(parse_it("C'è da togliere il tagliando di venerdì della Panda AB 123 CD."), "service") == "service"


def test_seeing_in_the_plural_stays_an_unknown_word() -> None:
    # set 36 replay: "…, FK 177ZB, vedete quando è segnato" must keep its unknown word, so the booking is said back
    from engine.fastpath.vocabulary import known_words

    assert "vedete" not in known_words()
