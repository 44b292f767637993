"""A customer's move relayed ("X chiede se …") with a pronoun before our verb (set 32: "Pettinicchio chiede se gli
anticipiamo la revisione della Murano, EB 472 GM, a domani alle 2") or the job named first and its pronoun said again
(set 33: "Trombetti chiede se la revisione di sabato 12 la facciamo slittare a sabato 19 dicembre, alle 10 e mezza")
were refused for their "se". Read as the move, asked: said back whole for a yes (`Parse.careful` "asked"), never
written as heard; a relayed question of anything else stays refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Rossi chiede se gli anticipiamo la revisione della Punto, AB 123 CD, a domani alle 2.", "2026-11-26", "14:00"),
        ("Rossi chiede se la revisione di sabato 12 la facciamo slittare a sabato 19 dicembre, alle 10 e mezza. È la "
         "Punto, AB 123 CD.", "2026-12-19", "10:30"),
        ("Rossi chiede se il tagliando di lunedì lo spostiamo a giovedì 3 dicembre alle 9, la Punto AB 123 CD.",
         "2026-12-03", "09:00"),
    ],
)
def test_the_relayed_move_is_read_and_asked(text: str, date: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.careful == "asked", (p.intent, p.reason, p.careful)
    assert (p.slots.get("date"), p.slots.get("time")) == (date, time), p.slots


@pytest.mark.parametrize(
    "text",
    [
        # no job named before the pronoun: what is moved is not said
        "Rossi chiede se la spostiamo a sabato 19 dicembre alle 10, la Punto AB 123 CD.",
        # whether we can do it, not a move
        "Rossi chiede se la revisione di sabato 12 la facciamo noi o la fa lui, la Punto AB 123 CD.",
        # a relayed question with a pronoun and no verb of ours after it
        "Rossi chiede se gli conviene la revisione di sabato, la Punto AB 123 CD.",
    ],
)
def test_other_relayed_questions_stay_refused(text: str) -> None:
    p = parse_it(text)
    assert not p.handled, (p.intent, p.reason, p.slots)
