"""A move said by the day its job is no longer done on, then a verb that puts it on another ("la diagnosi della
Dolphin non la facciamo più mercoledì 23: mettila lunedì 28 giugno", set 53; "non viene più giovedì 3, spostalo a
venerdì 4"), and a move said as letting the job run on ("la facciamo scorrere: da lunedì 21 a martedì 29 giugno").
The "non" is no negation of the move; with no new day put, or another "non" before it, it still is one. "Scorre" said
of a part stays no move. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("La diagnosi della Dolphin, GM 523 VC, non la facciamo più mercoledì 2: mettila lunedì 7 dicembre alle 11 "
         "e mezza.", "2026-12-02", "2026-12-07"),
        ("Il tagliando della Panda, AB 123 CD, non viene più giovedì 3 dicembre, spostalo a venerdì 4 dicembre alle 9.",
         "2026-12-03", "2026-12-04"),
        ("La revisione della AB 123 CD non si può più fare lunedì 30: la mettiamo a martedì 1 dicembre alle 3.",
         "2026-11-30", "2026-12-01"),
        ("Il cambio olio della EF 456 GH non lo facciamo più giovedì 26, fallo venerdì 27 alle 9.",
         "2026-11-26", "2026-11-27"),
        ("La Golf, EF 456 GH, le gomme non le facciamo più venerdì 27, rimettile lunedì 30 alle 10.",
         "2026-11-27", "2026-11-30"),
    ],
)  # fmt: skip
def test_day_no_longer_kept_then_put_on_another_is_a_move(text: str, old: str, new: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.handled, (p.intent, p.reason)
    assert (p.slots.get("old_date"), p.slots.get("date")) == (old, new), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando della Panda, AB 123 CD, non lo facciamo più giovedì 26.",
        "Il tagliando della Panda, AB 123 CD, non lo facciamo più giovedì 26, non mettilo venerdì 27 alle 9.",
    ],
)
def test_with_no_day_put_or_another_no_it_is_no_move(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason)


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("La revisione della Patrician, FJ 759 DM, la facciamo scorrere: da lunedì 30 novembre a martedì 8 dicembre, "
         "alle 10.", "2026-11-30", "2026-12-08"),
        ("Il tagliando della AB 123 CD fallo scorrere da venerdì 27 a lunedì 30 novembre alle 9.",
         "2026-11-27", "2026-11-30"),
        ("Il cambio olio della EF 456 GH di venerdì 27 facciamolo scorrere a martedì 1 dicembre alle 3.",
         "2026-11-27", "2026-12-01"),
    ],
)  # fmt: skip
def test_let_run_on_is_a_move(text: str, old: str, new: str) -> None:
    p = parse_it(text)
    assert p.intent == "move", (p.intent, p.reason)
    assert (p.slots.get("old_date"), p.slots.get("date")) == (old, new), p.slots


def test_a_part_that_runs_is_no_move() -> None:
    p = parse_it("La cinghia della AB 123 CD non scorre bene, fissami un controllo venerdì 27 alle 9.")
    assert p.intent != "move", (p.intent, p.reason)
