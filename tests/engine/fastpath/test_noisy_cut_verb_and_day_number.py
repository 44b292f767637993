"""Over a workshop's noise (sets 25 and 26): a booking command with only its last two syllables left ("Sami la
sostituzione …": fissami), a day of the month in words one sound off after its weekday ("lunedì tronta"), and
"pranzo" with its p heard f ("dopo franzo"). The command is put back only when one booking command ends so and a
service follows its article, and the request is then said back whole; the day number only where `dates` can check
it against its weekday. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

from engine.fastpath.misheard import verb_cut
from engine.fastpath.normalize import normalise_text, tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_booking_tail_before_a_service_is_the_command() -> None:
    p = parse_it("Sami il cambio olio per la Punto, AB 123 CD, giovedì 3 dicembre alle 10")
    assert_parsed(
        p, "book", {"plate": "AB123CD", "service": "oil_change", "date": "2026-12-03", "time": "10:00"}
    )


def test_booking_tail_put_back_is_said_back() -> None:
    assert verb_cut(tokenize(normalise_text("sami il cambio olio per la punto")))


def test_a_tail_two_commands_share_or_no_service_stays() -> None:
    # "tami" is no one command's tail, never put back; a whole booking said with it is said back (engine.fastpath.
    # unread_verb), never written at once
    cut = parse_it("Tami il cambio olio per la Punto, AB 123 CD, giovedì alle 10")
    assert cut.intent is None or cut.careful == "verbless", cut
    assert parse_it("Sami la Punto per giovedì").intent is None


def test_day_number_one_sound_off_after_its_weekday() -> None:
    assert_parsed(
        parse_it("Chi abbiamo in agenda lunedì tronta?"), "day_appointments", {"date": "2026-11-30"}
    )


def test_day_number_off_on_another_weekday_is_asked() -> None:
    p = parse_it("Chi abbiamo in agenda martedì tronta?")
    assert not p.handled, (p.reason, p.slots)


def test_lunch_heard_franzo() -> None:
    assert_parsed(parse_it("Giovedì 3 dicembre dopo franzo c'è spazio per le gomme?"), "first_free_slot",
                  {"date": "2026-12-03", "part_of_day": "afternoon"})  # fmt: skip
