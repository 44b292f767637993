"""An appointment told of as confirmed ("la revisione della FK 318 TR venerdì alle 10 è confermata", "MOT for FK 318
TR Friday at 10, confirmed") asks for no message: it had been read as a booking written at once with a WhatsApp
confirmation sent (the "è" heard as "and", "confermata" as the message's word). Told of, it is no booking either, as
"… è fissata" is not. A confirmation asked for in so many words after the booking is still sent."""

from __future__ import annotations

import pytest

from engine.fastpath.composite import tail_start
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La revisione della FK 318 TR venerdì alle 10 è confermata",
        "La revisione della FK 318 TR venerdì alle 10 è confermata, grazie.",
        "Il tagliando della Clio, EB 512 CR, domani alle 9 è confermato.",
        "Revisione per la FK 318 TR venerdì alle 10, confermata.",
        "Le gomme della Panda HA 274 WR giovedì alle 3 sono confermate.",
    ],
)
def test_italian_appointment_told_confirmed_is_no_booking_and_no_message(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None, (p.intent, p.slots, [q.intent for q in p.parts])
    assert not any(q.intent == "send_confirmation" for q in p.parts)


@pytest.mark.parametrize(
    "text",
    [
        "MOT for FK 318 TR Friday at 10, confirmed.",
        "The service on the Clio, EB 512 CR, tomorrow at 9 is confirmed.",
    ],
)
def test_english_appointment_told_confirmed_is_no_booking_and_no_message(text: str) -> None:
    p = parse_en(text)
    assert p.intent is None, (p.intent, p.slots, [q.intent for q in p.parts])


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Prenota la revisione per la FK 318 TR venerdì alle 10 e mandagli la conferma su WhatsApp.", "whatsapp"),
        ("Revisione per la FK 318 TR venerdì alle 10 e confermagli per SMS.", "sms"),
        ("Prenota un tagliando per la Clio EB 512 CR domani alle 9 con conferma via mail.", "email"),
    ],
)
def test_confirmation_asked_after_a_booking_is_still_sent(text: str, channel: str) -> None:
    p = parse_it(text)
    assert p.intent == "book", (p.intent, p.reason)
    sends = [q for q in p.parts if q.intent == "send_confirmation"]
    assert len(sends) == 1 and sends[0].slots.get("channel") == channel, [(q.intent, q.slots) for q in p.parts]


def test_english_confirmation_asked_after_a_booking_is_still_sent() -> None:
    p = parse_en("Book an MOT for FK 318 TR Friday at 10 and confirm it by text.")
    assert p.intent == "book"
    assert [q.intent for q in p.parts][-1:] == ["send_confirmation"]


def test_told_confirmed_opens_no_follow_up_but_the_message_word_does() -> None:
    told = tokenize("la revisione della FK 318 TR venerdì alle 10 è confermata")
    assert tail_start(told, -1, "book") == len(told)
    asked = tokenize("la revisione della FK 318 TR venerdì alle 10 e conferma su whatsapp")
    assert tail_start(asked, -1, "book") < len(asked)


def test_a_confirmation_message_asked_alone_is_unchanged() -> None:
    assert_parsed(
        parse_it("Manda la conferma su WhatsApp alla signora Rota per la Clio, EB 512 CR."),
        "send_confirmation",
        {"channel": "whatsapp"},
    )
