"""A day's appointments asked as its summary or as whether anyone is booked: "fammi il riepilogo di giovedì",
"quante macchine abbiamo prenotate venerdì?" (the participle, no order to book), "per domani ho già gente
fissata?". A "riepilogo" of anything but a day ("il riepilogo delle vendite") stays refused, and "prenotate" said
as an order still books. New sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    [
        "Mi fai il riepilogo di giovedì? Quante macchine abbiamo prenotate?",
        "fammi il riepilogo di domani",
        "Il riepilogo per il 12, per favore.",
        "Venerdì quante auto abbiamo già prenotate e a che ora?",
        "Per sabato ho già gente fissata?",
        "Domani abbiamo qualcuno prenotato? Leggimelo.",
        "Per dopo domani c'è già gente segnata",
    ],
)
def test_the_day_asked(text: str) -> None:
    p = _p(text)
    assert p.intent == "day_appointments" and p.handled, p


@pytest.mark.parametrize(
    "text",
    ["Fammi il riepilogo delle vendite di oggi.", "Mandami il riepilogo del fatturato di marzo."],
)
def test_a_summary_of_anything_else_stays_refused(text: str) -> None:
    assert _p(text).intent is None


def test_prenotate_said_as_an_order_still_books() -> None:
    p = _p("Prenotate il tagliando per la AB 123 CD domani alle 9")
    assert p.intent == "book" and p.slots.get("plate") == "AB123CD", p


def test_gente_with_no_day_is_no_agenda() -> None:
    assert _p("ho gente che aspetta fuori").intent is None
