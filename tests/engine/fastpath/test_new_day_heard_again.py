"""An appointment's day that no longer suits, with the new day left to a call to come ("venerdì 11 non può: per il
giorno nuovo lo risentiamo", "per la nuova data ci sentiamo", "il nuovo giorno lo richiamo io"): a move whose new
day is asked, never a negation refused and never a day guessed. Without the new day named as what is to come ("…
martedì non può, lo risentiamo") it may be a cancel as well as a move, so it stays unhandled. Parses on the bench's
Wednesday 25 November 2026; the write side through the fast path on the contract workshop."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it as _parse
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "old_date"),
    [
        ("Ha chiamato Brambati, la revisione della Clio, GA 415 TK, giovedì 3 non può: per il giorno nuovo lo "
         "risentiamo.", "2026-12-03"),
        ("La signora della Micra ha telefonato: martedì primo non ce la fa, per la nuova data ci sentiamo.",
         "2026-12-01"),
        ("Il tagliando della Tipo di Ferrandi, lunedì 30 non può, il nuovo giorno lo richiamo io.", "2026-11-30"),
        ("Per la Fiesta, FK 208 LM, venerdì 27 non gli va bene: per un altro giorno lo ricontattiamo noi.",
         "2026-11-27"),
    ],
)
def test_the_day_off_with_the_new_one_to_come_is_a_move_that_asks_the_day(text: str, old_date: str) -> None:
    p = _parse(text)
    assert p.intent == "move" and not p.handled and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert p.slots.get("old_date") == old_date and "date" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        # no new day said to come: a cancel as much as a move
        "La Clio di Brambati, giovedì 3 non può, lo risentiamo.",
        # the customer heard again about something else than the day
        "Brambati non può giovedì 3 e per il preventivo lo risentiamo.",
    ],
)
def test_without_the_new_day_to_come_nothing_is_moved(text: str) -> None:
    p = _parse(text)
    assert p.intent is None and p.reason.startswith("out_of_scope"), (p.intent, p.reason, p.slots)


async def test_the_fast_path_asks_the_new_day_and_writes_nothing(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Ha chiamato il cliente della AB 123 CD: il tagliando di lunedì non può, per la nuova data lo risentiamo.",
        context,
    )
    assert wrote_nothing(out) and out.clarification, out
