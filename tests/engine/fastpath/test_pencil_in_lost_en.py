"""English "pencil … in for …" with its "in" lost before "for" ("Pencil the Golf for brake pads tomorrow at 5":
whisper ran a model and its "in" into another word): still a booking, "pencil" only ever puts a job in the diary.
The other verbs of room ("get", "fit") need their "in"; "pencil for" with no vehicle before it stays as said."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_en


def test_pencil_the_vehicle_for_a_job_is_a_booking() -> None:
    p = parse_en("Pencil the Polo, GH 417 KL, for brake pads tomorrow at 5 and text the owner to confirm.")
    assert_parsed(p, "book", {"plate": "GH417KL", "service": "brakes", "date": "2026-11-26", "time": "17:00"})


def test_other_verbs_of_room_need_their_in() -> None:
    assert parse_en("Get the Polo, GH 417 KL, for brake pads tomorrow at 5.").intent != "book"
    assert parse_en("Fit the Polo, GH 417 KL, for brake pads tomorrow at 5.").intent != "book"


def test_pencil_for_with_no_vehicle_before_it_is_no_booking() -> None:
    assert parse_en("Pencil for the Polo.").intent is None
