"""Reads asked in set 22's shapes (new sentences; the bench's Wednesday 25 November 2026): the owner's name asked
with "non me lo ricordo" said last, whose car asked as "chi ha la …", room asked as the car "messo dentro", a
customer to come as the frame of a question of room ("se arriva uno con …"), a vehicle's history asked with no
"gli" ("quando abbiamo montato …"), and W's "vu" heard as a one ("e doppia 1,947")."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_name_not_remembered_said_last_is_a_look_up() -> None:
    p = parse_it("Mi sai dire il nome del proprietario della Panda, AB 123 CD? Non me lo ricordo.")
    assert_parsed(p, "lookup_plate", {"plate": "AB123CD"})


def test_not_remembered_after_a_write_stays_refused() -> None:
    p = parse_it("Cancella il tagliando del proprietario della AB 123 CD, non me lo ricordo")
    assert not p.handled and p.reason == "out_of_scope:negation"


def test_not_remembered_whether_stays_a_negation() -> None:
    p = parse_it("Di chi è la AB 123 CD? Non mi ricordo se è già venuto")
    assert not p.handled and p.reason == "out_of_scope:negation"


def test_who_has_the_plate_is_a_look_up() -> None:
    p = parse_it("Guardami chi ha la Bologna Ancona 5 1 2 Como Domodossola")
    assert_parsed(p, "lookup_plate", {"plate": "BA512CD"})


def test_who_has_with_no_plate_is_no_look_up() -> None:
    assert parse_it("chi ha la revisione domani?").intent != "lookup_plate"


def test_put_in_asked_is_the_first_free_slot() -> None:
    p = parse_it("venerdì mattina ce la facciamo a metterla dentro per un tagliando?")
    assert_parsed(
        p, "first_free_slot", {"service": "service", "date": "2026-11-27", "part_of_day": "morning"}
    )


def test_put_in_asked_at_an_hour_is_a_booking_said_back() -> None:
    p = parse_it("domani alle 11 riusciamo a metterla dentro per il tagliando la AB 123 CD?")
    assert p.intent == "book" and p.careful == "asked"


def test_someone_coming_frames_a_question_of_room() -> None:
    p = parse_it("Se mi arriva uno con le pastiglie da cambiare, giovedì c'è posto?")
    assert_parsed(p, "first_free_slot", {"service": "brakes", "date": "2026-11-26"})


def test_someone_coming_before_a_write_stays_a_condition() -> None:
    p = parse_it("se arriva uno con le gomme, prenotalo venerdì alle 10")
    assert not p.handled and p.reason == "out_of_scope:hypothetical"


def test_an_if_said_later_stays_a_condition() -> None:
    assert not parse_it("prenota il tagliando della AB 123 CD venerdì se arriva uno").handled


def test_history_asked_without_its_gli() -> None:
    p = parse_it("Quando già abbiamo cambiato le pastiglie alla AB 123 CD?")
    assert_parsed(p, "vehicle_history", {"plate": "AB123CD", "service": "brakes"})


def test_w_vu_heard_as_one() -> None:
    assert heard_tokens("ed oppia 1,512 ti erre")[:3] == ["e", "doppia", "vu"]
    p = parse_it("di chi è la e doppia 1,512 ti erre?")
    assert_parsed(p, "lookup_plate", {"plate": "EW512TR"})


def test_a_one_after_doppia_fila_stays() -> None:
    assert heard_tokens("in doppia fila 1 ora")[:3] == ["in", "doppia", "fila"]


def test_who_has_heard_pochi_alla() -> None:
    p = parse_it("Guarda mi un pochi alla AB 123 CD")
    assert_parsed(p, "lookup_plate", {"plate": "AB123CD"})


def test_chi_alla_fine_stays() -> None:
    assert parse_it("chi alla fine ha pagato?").intent is None
