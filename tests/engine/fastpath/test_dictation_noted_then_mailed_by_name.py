"""A dictation announced ("Prendi nota: …") and its confirmation sent after it to the owner named alone ("…; poi a
Pezzolato spedisci la conferma per posta elettronica", set 39, refused as a note): the booking, said back whole with
its confirmation. "Prendi nota che …" stays a note; a name no surname ("poi a Milano …") is no addressee."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Prendi nota: Clio della Rossi, EW 275 HS, cambio gomme giovedì 17 dicembre alle 14 e 30; poi a Rossi spedisci "
         "la conferma per posta elettronica.", "email"),
        ("Prendi nota. La Punto di Conti, AB 123 CD: tagliando lunedì 30 alle 9, e a Conti manda la conferma per SMS.",
         "sms"),
        ("La Punto di Conti, AB 123 CD, revisione venerdì 4 dicembre alle 10; poi alla Conti manda la conferma su "
         "WhatsApp.", "whatsapp"),
        # its "a" written "ha" by whisper
        ("La Punto di Conti, AB 123 CD: tagliando lunedì 30 alle 9. Poi ha Conti spedisci la conferma per SMS.", "sms"),
    ],
)  # fmt: skip
def test_the_booking_and_its_confirmation_are_read(text: str, channel: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason is None, (p.intent, p.reason, p.slots)
    assert [(part.intent, part.slots.get("channel")) for part in p.parts][-1:] == [("send_confirmation", channel)], p.parts


@pytest.mark.parametrize(
    "text",
    [
        "Prendi nota che la Rossi ha chiamato per la Clio, EW 275 HS.",
        "Prendi nota: la Clio, EW 275 HS, ha le gomme lisce.",
    ],
)
def test_a_note_stays_unread(text: str) -> None:
    p = parse_it(text)
    assert not (p.handled and p.intent == "book"), (p.intent, p.reason)
