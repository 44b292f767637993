"""A part said first with the job to do on it ("la batteria da sostituire venerdì 4 alle 10", held-out set 19): the
part's replacement as its service, the vehicle and plate said before it making a booking said without a verb; the
verb inside the service is no command of its own (new sentences; the bench's Wednesday 25 November 2026)."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_battery_to_replace_after_the_vehicle() -> None:
    p = parse_it("Senti, la Clio di Sanna, FC 118 PA, batteria da sostituire lunedì 30 alle 11.")
    assert_parsed(
        p, "book", {"plate": "FC118PA", "service": "battery", "date": "2026-11-30", "time": "11:00"}
    )


def test_pads_to_change_after_the_vehicle() -> None:
    p = parse_it("la Yaris di Melis, FD 227 KA, pastiglie da cambiare giovedì 26 alle 3")
    assert_parsed(p, "book", {"service": "brakes", "time": "15:00"})


def test_a_command_said_besides_is_still_one() -> None:
    p = parse_it("la Clio di Sanna, FC 118 PA, batteria da sostituire: annulla quella di lunedì")
    assert p.intent != "book"
