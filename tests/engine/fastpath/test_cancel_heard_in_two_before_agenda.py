"""A cancel's verb heard in two pieces right before "dall'agenda" ("le valo dalla cenda" for "levalo
dall'agenda", set 27), and "dall'agenda" with its g heard c: the one verb put back only when the pieces spell it
exactly and "dall'agenda" follows; a cancel is said back for a yes, and one with no vehicle asks which."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_pieces_before_the_agenda_are_the_cancel() -> None:
    assert heard_tokens("non viene più, le valo dalla cenda")[-3:] == ["levalo", "dall", "agenda"]


def test_one_named_by_its_day_asks_the_vehicle() -> None:
    p = parse_it("Quella che veniva lunedì 30 alle 4 non viene più, le vala dalla cenda")
    assert p.intent == "cancel" and not p.handled, (p.reason, p.slots)


def test_pieces_elsewhere_stay_as_heard() -> None:
    assert parse_it("le valo da vedere").intent is None
