"""A move said by carrying the job named before it to another day (set 37): "il cambio gomme del Lynk di mercoledì
23 lo vorrebbe portare a venerdì 18" (the customer's wish, relayed: a move only with the day it had said before),
"il clima della Volga, EZ 950 CM, me lo porti a giovedì 17?" (asked of the listener), "il cambio olio della Xpeng,
DL 350 TH, rimettilo a sabato 19" (put again). The customer bringing the car ("lo vorrebbe portare a venerdì"
with no day it had, "me lo porta a venerdì") or a car named with no job stays as it was."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "old", "new", "time"),
    [
        ("Ha telefonato la Quagliotti: il cambio gomme del Lynk di mercoledì 23 lo vorrebbe portare a venerdì 18 "
         "alle 10 e mezza. Targa DV 4 6 0 BS.", "2026-12-23", "2026-12-18", "10:30"),
        ("Ha chiamato la Rossi: il tagliando della Panda di giovedì 26 lo vorrebbe portare a lunedì 30 alle 9. "
         "Targa AB 123 CD.", "2026-11-26", "2026-11-30", "09:00"),
        ("La revisione della Golf, AB 123 CD, di venerdì 27 la vuole portare a martedì 1 alle 10.",
         "2026-11-27", "2026-12-01", "10:00"),
        ("Il cambio olio di venerdì 27, AB 123 CD, vorrebbe portarlo a lunedì 30 alle 11.",
         "2026-11-27", "2026-11-30", "11:00"),
    ],
)
def test_the_job_of_a_day_the_customer_would_carry_to_another_is_a_move(
    text: str, old: str, new: str, time: str
) -> None:
    assert_parsed(parse_it(text), "move", {"old_date": old, "date": new, "time": time})


@pytest.mark.parametrize(
    ("text", "new", "time"),
    [
        ("Il clima della Volga marrone, EZ 9 5 0 CM, me lo porti a giovedì 17 alle 3 e mezza?", "2026-12-17", "15:30"),
        ("La revisione della Golf, AB 123 CD, me la porti a venerdì 27 alle 10?", "2026-11-27", "10:00"),
        ("Le gomme della Panda, AB 123 CD, le portiamo a lunedì 30 alle 9.", "2026-11-30", "09:00"),
        ("La Bortolameotti ha un impegno: il cambio olio della Xpeng, DL 3 5 0 TH, rimettilo a sabato 19 alle 11.",
         "2026-12-19", "11:00"),
        ("Rossi ha un contrattempo: la revisione della Golf, AB 123 CD, rimettila a lunedì 30 alle 9.",
         "2026-11-30", "09:00"),
        ("Il cambio gomme della Panda, AB 123 CD, rimettilo a martedì 1 alle 15.", "2026-12-01", "15:00"),
    ],
)
def test_the_job_named_then_carried_or_put_again_to_a_day_is_a_move(text: str, new: str, time: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "move", {"date": new, "time": time})
    assert "old_date" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        # no day it had: the car brought on that day, a booking
        "Il tagliando della Panda, AB 123 CD, lo vorrebbe portare a venerdì 27 alle 9.",
        "La Rossi la vorrebbe portare a venerdì 27 alle 9 per il tagliando, AB 123 CD.",
        # the customer bringing it ("porta"), and a booking asked before the carrying
        "Il tagliando della Panda, AB 123 CD, me lo porta a venerdì 27 alle 10.",
        "Prenota il tagliando della Panda, AB 123 CD, e me lo porti a venerdì 27 alle 10?",
    ],
)
def test_the_car_brought_on_a_day_is_no_move(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    ["La Panda, AB 123 CD, me la porti a venerdì 27 alle 10?", "Rimettila a posto la Panda, AB 123 CD."],
)
def test_no_job_named_is_no_move(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "move", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        (["me", "la", "portia", "a", "martedi"], ["me", "la", "porti", "a", "martedi"]),
        (["me", "lo", "portia", "giovedi"], ["me", "lo", "porti", "a", "giovedi"]),
        (["la", "portia", "di", "rossi"], ["la", "portia", "di", "rossi"]),
        (["me", "la", "porta", "a", "casa"], ["me", "la", "porta", "a", "casa"]),
    ],
)
def test_the_a_written_onto_the_carrying_verb_is_put_back(heard: list[str], want: list[str]) -> None:
    """ "me la portia a Marte di primo" (set 21, noisy): "me la porti a martedì", its "a" written onto the verb;
    only before "a" or a weekday."""
    assert put_back(heard) == want
