"""'dall'agenda' heard as the words "dalla gente" (its g softened before the e) right after a cancel's verb, whole or in
two pieces ("il cambio gomme della Duster di lunedì le valo dalla gente", seen speaking to the app): the agenda put
back only there, where people make no sense; "dalla gente" anywhere else stays as heard. A cancel is said back."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_after_the_whole_verb_it_is_the_agenda() -> None:
    assert heard_tokens("la revisione della Clio di venerdì toglila dalla gente")[-3:] == [
        "toglila",
        "dall",
        "agenda",
    ]


def test_after_the_verb_in_pieces_it_is_the_agenda() -> None:
    p = parse_it("la revisione della Clio di venerdì le vala dalla gente")
    assert p.intent == "cancel", (p.reason, p.slots)
    assert p.slots["service"]["key"] == "inspection"


def test_people_elsewhere_stay_people() -> None:
    assert heard_tokens("l'ha sentito dalla gente")[-2:] == ["dalla", "gente"]
