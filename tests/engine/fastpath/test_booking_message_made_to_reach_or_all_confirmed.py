"""Set 45's bookings with their message: the reminder "made to reach" the customer with the pronoun apart from "fai"
("…, e la vigilia le fai arrivare un SMS di promemoria", it-ee13), and the whole booking confirmed ("…, e gli confermi
tutto per mail", it-ee14). "Gli fai arrivare i pezzi" sends no message; a reminder said alone stays a reminder."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Per la Panda della Rossi, AB 123 CD, cambio olio giovedì 14 gennaio alle 11, e la vigilia le fai arrivare un "
         "SMS di promemoria.", ["book", "send_reminder"]),
        ("Per la Panda della Rossi, AB 123 CD, cambio olio giovedì 14 gennaio alle 11, e gli facciamo avere la "
         "conferma per mail.", ["book", "send_confirmation"]),
        ("Prenota un tagliando per la AB 123 CD venerdì alle 10 e confermagli tutto via SMS", ["book",
                                                                                             "send_confirmation"]),
        ("Prenota un tagliando per la AB 123 CD venerdì alle 10 e gli confermi il tutto per mail",
         ["book", "send_confirmation"]),
    ],
)  # fmt: skip
def test_booking_with_its_message_made_to_reach_or_all_confirmed(text: str, parts: list[str]) -> None:
    p = parse_it(text)
    assert p.handled and [part.intent for part in p.parts] == parts, (p.intent, p.reason, p.parts)


def test_parts_made_to_reach_send_nothing() -> None:
    p = parse_it("Prenota un cambio olio per la AB 123 CD giovedì alle 11 e gli fai arrivare i pezzi")
    assert not p.handled, (p.intent, p.reason)


def test_reminder_made_to_reach_alone_stays_a_reminder() -> None:
    p = parse_it("La AB 123 CD: la vigilia le fai arrivare un SMS di promemoria.")
    assert p.intent == "send_reminder" and p.slots.get("channel") == "sms", p
