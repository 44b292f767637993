"""English heard off in noise (the main set and held-out sets 17-22, kinds tested on new sentences): the British
"half" written "huff" or "app" before an hour ("App 9 Friday, …": half 9), "half four" written "half-full"; in a move
"to" heard "the" before the day and "reschedule" heard "with schedule"; "brought forward" heard "rock forward";
"battery" heard "body" after "a new"; "scratch" heard "watch" opening a cancellation; a plate's N written "&". Each
is a guess of what a write rests on, so the write is said back whole (`careful == "words"`; a cancellation always
waits for a yes); the same words anywhere else stay as said."""

from __future__ import annotations

from engine.fastpath.heard_en import (
    battery_heard_body,
    brought_forward_heard,
    half_heard_off,
    in_for_its_mot_heard,
    night_heard_nine,
    reschedule_heard_with,
    to_day_heard_the,
)
from tests.engine.fastpath.italian import parse_en


def test_half_heard_huff_after_at() -> None:
    p = parse_en("Could you book the blue Clio FK812TR in for a service on Tuesday the 8th at Huff 11")
    assert (p.intent, p.slots.get("time"), p.careful) == ("book", "11:30", "words")


def test_half_heard_app_opening_the_request() -> None:
    p = parse_en("App 9 on Friday, can you fit a new battery on the Panda DZ431KS?")
    assert (p.intent, p.slots.get("time"), p.careful) == ("book", "09:30", "words")


def test_half_four_heard_half_full() -> None:
    p = parse_en("Would you ever book the Golf HA118TL for a service tomorrow at half-full?")
    assert (p.slots.get("time"), p.careful) == ("16:30", "words")


def test_half_words_elsewhere_stay() -> None:
    said = ["the", "app", "10", "times", "on", "monday"]
    assert half_heard_off(said) == said
    said = ["at", "huff", "on", "monday"]
    assert half_heard_off(said) == said
    said = ["the", "tank", "is", "half-full", "tomorrow"]
    assert half_heard_off(said) == said
    said = ["at", "huff", "10"]  # no day named: left as heard
    assert half_heard_off(said) == said


def test_nine_heard_night_after_the_day() -> None:
    """Set 45: "… Thursday the 17th of December at nine" heard "at night": the 9, said back for a yes."""
    p = parse_en("Would you ever put the Panda DZ431KS down for a service on Thursday the 17th of December at night.")
    assert (p.intent, p.slots.get("date"), p.slots.get("time"), p.careful) == ("book", "2026-12-17", "09:00", "words")
    p = parse_en("Book the Clio FK812TR in for a service on Friday at night")
    assert (p.intent, p.slots.get("time"), p.careful) == ("book", "09:00", "words")


def test_night_elsewhere_stays() -> None:
    for said in (
        ["book", "the", "panda", "in", "tonight"],
        ["he", "drives", "it", "at", "night"],  # no day before it
        ["friday", "at", "10", "he", "works", "friday", "at", "night"],  # an hour said
        ["it", "rattled", "last", "night", "on", "monday"],
    ):
        assert night_heard_nine(said) == said


# --- a move's words heard off ----------------------------------------------------------------------------------------


def test_to_heard_the_before_the_day_moved_to() -> None:
    p = parse_en("Could you push the service for the red Golf FK843EV, the Friday at 10.")
    assert (p.intent, p.slots.get("time"), p.careful) == ("move", "10:00", "words")


def test_the_day_after_on_or_with_to_stays() -> None:
    said = ["push", "the", "service", "on", "the", "friday"]
    assert to_day_heard_the(said) == said
    said = ["push", "the", "service", "from", "the", "monday", "to", "friday"]
    assert to_day_heard_the(said) == said
    said = ["book", "the", "panda", "the", "friday", "at", "10"]  # no move's verb
    assert to_day_heard_the(said) == said


def test_reschedule_heard_with_schedule() -> None:
    p = parse_en("With schedule FK843EV to Friday the 4th at 10.")
    assert (p.intent, p.slots.get("date"), p.careful) == ("move", "2026-12-04", "words")


def test_with_schedule_naming_no_day_stays() -> None:
    said = ["with", "schedule", "changes", "we", "need", "more", "staff"]
    assert reschedule_heard_with(said) == said


def test_the_day_after_a_day_named_stays() -> None:
    p = parse_en("Move tomorrow's appointment for HJ215KW the Friday at 2.")
    assert (p.intent, p.slots.get("time"), p.careful) == ("move", "14:00", None)


# --- a job heard off -------------------------------------------------------------------------------------------------


def test_battery_heard_body_after_a_new() -> None:
    p = parse_en("Put the Panda down for a new body on Friday the 4th at 9, reg DZ431KS")
    assert (p.intent, (p.slots.get("service") or {}).get("key"), p.careful) == ("book", "battery", "words")


def test_a_new_body_elsewhere_stays() -> None:
    said = ["fit", "a", "new", "body", "kit", "on", "friday"]
    assert battery_heard_body(said) == said
    said = ["the", "body", "is", "new", "on", "friday"]
    assert battery_heard_body(said) == said


def test_scratch_heard_watch_opening_a_cancellation() -> None:
    p = parse_en("Watch the oil change on the 4th for the Panda, DZ431KS.")
    assert (p.intent, p.slots.get("plate")) == ("cancel", "DZ431KS")


def test_watch_elsewhere_stays() -> None:
    assert parse_en("Watch the service light on Friday").intent != "cancel"
    assert parse_en("Watch the car for me").intent != "cancel"


def test_brought_forward_heard_rock_forward_is_a_move() -> None:
    p = parse_en("He wants the service on his Golf, FK812TR, rock forward to Tuesday the 8th at 10.")
    assert (p.intent, p.slots.get("date"), p.careful) == ("move", "2026-12-08", "words")


def test_rock_forward_elsewhere_stays() -> None:
    said = ["rock", "forward", "and", "back", "on", "monday"]
    assert brought_forward_heard(said) == said
    said = ["the", "clock", "forward", "to", "summer", "time"]
    assert brought_forward_heard(said) == said


def test_in_for_its_mot_heard_info_is_emotion() -> None:
    p = parse_en("Could you book the blue Clio FK812TR info is emotion on Tuesday the 8th at 11.")
    assert (p.intent, (p.slots.get("service") or {}).get("key"), p.careful) == ("book", "inspection", "words")


def test_info_is_elsewhere_stays() -> None:
    said = ["the", "info", "is", "on", "the", "screen", "monday"]
    assert in_for_its_mot_heard(said) == said
    said = ["look", "into", "its", "mot", "history"]
    assert in_for_its_mot_heard(said) == said


# --- a plate's letter written as a sign ------------------------------------------------------------------------------


def test_plates_n_written_ampersand_read_and_said_back() -> None:
    p = parse_en("Book a service for D&431KS on Friday the 4th at 10.")
    assert (p.slots.get("plate"), p.careful) == ("DN431KS", "words")


def test_other_ampersands_stay() -> None:
    from engine.fastpath.normalize import tokenize

    assert tokenize("R&D on the Panda") == ["r", "d", "on", "the", "panda"]
    assert tokenize("P&O 3 ferries") == ["p", "o", "3", "ferries"]
