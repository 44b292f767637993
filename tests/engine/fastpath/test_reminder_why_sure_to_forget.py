"""Why a reminder is sent, said last as the customer sure to forget ("Cambio olio per la Gamine …, venerdì 8 gennaio
alle 9 e mezza. Poi un promemoria, che se lo dimentica di sicuro", set 50, refused as a condition: its "se" no "if",
"dimentica" heard "domenica"): no words of the request, the booking and its reminder read. Said anywhere else, the
"se" stays what it is."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Cambio olio per la FZ 681 YK, venerdì 8 gennaio alle 9 e mezza. Poi un promemoria, che se lo dimentica di "
        "sicuro.",
        "Cambio olio per la FZ 681 YK, venerdì 8 gennaio alle 9 e mezza. Mandagli un SMS il giorno prima, tanto se lo "
        "scorda.",
    ],
)
def test_sure_to_forget_said_last_is_why_the_reminder(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"date": "2027-01-08", "time": "09:30"})
    assert [part.intent for part in p.parts] == ["book", "send_reminder"], p.parts


def test_said_before_the_booking_it_stays_refused() -> None:
    p = parse_it("Cambio olio per la FZ 681 YK, che se lo dimentica di sicuro, venerdì 8 gennaio alle 9 e mezza.")
    assert not p.handled, p
