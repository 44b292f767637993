"""Request words whisper base ran together or cut in set 22 (new sentences; the bench's Wednesday 25 November 2026):
"annullalo pure" said last heard "hanno la l'oppure", "mi apri" heard "mi ha apri", a model opening on a vowel with
the elided article's l run on ("del Linux" for dell'Hilux), "la scheda del <name>, <plate>", "punto di domani" as
one word, "chi arriva" as one word, "leggimi la lista" heard "leggi-mila lista", "ce l'ho" heard "c'è lo", "sull'"
before a model after a weekday."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_cancel_it_said_last_heard_hanno_la() -> None:
    words = heard_tokens("la revisione di venerdì della AB 123 CD, hanno la l'oppure")
    assert words[-2:] == ["annullalo", "pure"]
    p = parse_it("la revisione di venerdì della AB 123 CD, hanno la l'oppure")
    assert p.intent == "cancel"


def test_hanno_la_with_nothing_named_stays() -> None:
    assert heard_tokens("hanno la l'oppure")[:2] == ["hanno", "la"]


def test_mi_ha_apri_is_mi_apri() -> None:
    assert_parsed(parse_it("Mi ha apri la scheda della AB 123 CD?"), "lookup_plate", {"plate": "AB123CD"})


def test_mi_ha_with_a_participle_stays() -> None:
    assert "ha" in heard_tokens("mi ha annullato il tagliando")


def test_model_with_the_elided_l_run_on() -> None:
    p = parse_it("Mi apri la scheda del Linux, AB 123 CD?")
    assert_parsed(p, "lookup_plate", {"plate": "AB123CD", "model": "Hilux"})


def test_a_surname_after_del_stays() -> None:
    assert parse_it("la revisione del Lago, AB 123 CD").slots.get("vehicle_description") is None


def test_card_of_a_name_then_its_plate() -> None:
    assert_parsed(parse_it("apri la scheda del Bertoldi, AB 123 CD"), "lookup_plate", {"plate": "AB123CD"})


def test_day_run_onto_punto() -> None:
    assert heard_tokens("fammi il puntoidomani")[-3:] == ["punto", "di", "domani"]
    assert_parsed(
        parse_it("fammi il puntoidopodomani, chiariva?"), "day_appointments", {"date": "2026-11-27"}
    )


def test_list_read_of_a_day() -> None:
    assert_parsed(parse_it("venerdì leggi-mila lista"), "day_appointments", {"date": "2026-11-27"})


def test_list_of_a_vehicle_is_no_agenda() -> None:
    assert parse_it("leggimi la lista dei lavori della AB 123 CD").intent != "day_appointments"


def test_plate_not_to_hand_heard_c_e_lo() -> None:
    p = parse_it("Mi cerchi un proprietario? La targa non c'è lo sotto mano")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate"


def test_not_done_heard_ce_lo_stays_a_negation() -> None:
    assert parse_it("il tagliando non ce lo facciamo").reason == "out_of_scope:negation"


def test_weekday_before_sull_is_heard() -> None:
    p = parse_it("manda la conferma della revisione di venerdì sull'Espace, AB 123 CD, su WhatsApp")
    assert_parsed(p, "send_confirmation", {"old_date": "2026-11-27", "channel": "whatsapp"})


def test_punto_with_its_di_run_on_before_the_day() -> None:
    assert heard_tokens("fammi il puntoi dopodomani")[-3:] == ["punto", "di", "dopodomani"]


def test_works_shown_of_a_vehicle_are_its_history() -> None:
    assert_parsed(parse_it("tirami fuori i lavori della AB 123 CD"), "vehicle_history", {"plate": "AB123CD"})


def test_works_of_a_day_are_no_history() -> None:
    assert parse_it("tirami fuori i lavori di domani").intent != "vehicle_history"


def test_model_vowel_run_onto_the_elided_article() -> None:
    assert heard_tokens("Alli Lux di Rossi, AB 123 CD")[:2] == ["al", "hilux"]
    p = parse_it("Alli Lux di Rossi, AB 123 CD, manda un SMS di promemoria due giorni prima")
    assert p.intent == "send_reminder" and p.handled and p.slots["vehicle_description"]["model"] == "Hilux"


def test_article_and_a_word_that_is_no_model_stay() -> None:
    assert heard_tokens("alla pista della sera")[:2] == ["alla", "pista"]
